/**
 * Which files Copydesk imports, and how a brat `.ann` finds its `.txt` — one rule for the CLI, the
 * core and the renderer's import plan. A `.ann` belongs to the `.txt` with the same name before the
 * extension, compared without regard to case ("Harbin.TXT" + "harbin.ann"), in the same folder when
 * the names carry folders. An `.ann` without its `.txt` cannot be imported on its own.
 */

/** File endings Copydesk imports, as shown to people (case does not matter). */
export const SUPPORTED_ENDINGS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.copydesk.json'] as const;

/** The ending of a brat annotation file, the companion of a `.txt`. */
export const ANN_ENDING = '.ann';

/** True when the file name ends with one of {@link SUPPORTED_ENDINGS} (case-insensitive). */
export function hasSupportedEnding(name: string): boolean {
  const lower = name.toLowerCase();
  return SUPPORTED_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** The key a `.txt` and its `.ann` share (folder and name without the extension, lower-cased), or null for other files. */
function pairKey(name: string, ending: string): string | null {
  const lower = name.toLowerCase();
  return lower.endsWith(ending) && lower.length > ending.length ? lower.slice(0, -ending.length).normalize('NFC') : null;
}

/** True when `name` is a brat `.ann` file. */
export function isAnnFile(name: string): boolean {
  return pairKey(name, ANN_ENDING) !== null;
}

/** The `.ann` among `candidates` that belongs to the text file `textName`, if any. */
export function findAnnFor<T>(textName: string, candidates: readonly T[], nameOf: (file: T) => string): T | undefined {
  const key = pairKey(textName, '.txt');
  if (key === null) return undefined;
  return candidates.find((file) => pairKey(nameOf(file), ANN_ENDING) === key);
}

/** The outcome of {@link pairCompanions}. */
export interface CompanionPairing<T> {
  /** Every file except the paired `.ann`s, in the order given, each with the `.ann` that travels with it. */
  documents: Array<{ file: T; companions: T[] }>;
  /** `.ann` files whose `.txt` is not among the files. */
  unpaired: T[];
}

/**
 * Groups files for import: each `.txt` takes the first `.ann` of the same name along. Files of
 * unsupported kinds stay in `documents` (the caller decides how to say so); `nameOf` reads a file's
 * name (by default the value itself, for plain names and paths).
 */
export function pairCompanions<T>(files: readonly T[], nameOf: (file: T) => string = String): CompanionPairing<T> {
  const anns = files.filter((file) => isAnnFile(nameOf(file)));
  const taken = new Set<T>();
  const documents: CompanionPairing<T>['documents'] = [];
  for (const file of files) {
    if (isAnnFile(nameOf(file))) continue;
    const ann = findAnnFor(nameOf(file), anns.filter((a) => !taken.has(a)), nameOf);
    if (ann !== undefined) taken.add(ann);
    documents.push({ file, companions: ann === undefined ? [] : [ann] });
  }
  return { documents, unpaired: anns.filter((a) => !taken.has(a)) };
}
