/**
 * One case of the hostile-input corpus (issue 13): files generated in the test itself, never checked
 * in. The runner (hostile.test.ts) imports every `cases-*.ts` in this folder, imports each case's
 * files through the core and checks: imported, or refused with one sentence, within the time limit;
 * the library unchanged on refusal; `PRAGMA integrity_check` ok at the end.
 */
export interface HostileFile {
  /** The file name as the user gave it (may itself be hostile: control characters, very long, …). */
  name: string;
  /** The bytes, or a function that makes them (so large cases are built only when run). */
  bytes: Uint8Array | (() => Uint8Array);
}

export interface HostileCase {
  /** Short, unique: "html: 100,000 nested divs". */
  name: string;
  /** Imported together, as one import call (a brat pair is two files). */
  files: HostileFile[];
  /** What must happen: a document in the library, a refusal with a sentence, or either of the two. */
  expect: 'imported' | 'refused' | 'either';
  /** For refusals: a word or phrase the sentence must contain ("nested", "damaged", "UTF-32"…). */
  mentions?: string | RegExp;
}
