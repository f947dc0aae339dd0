/**
 * Turning a pile of picked/dropped files into import jobs: one job per document, with a brat `.ann`
 * riding along as the companion of its `.txt` — paired by the rule the CLI and the core use
 * (`pairCompanions` in shared/import-files.ts: same name, any case). Files that cannot be imported
 * on their own (an `.ann` without its text, an unsupported type) become local skips with a reason,
 * so the per-file result list accounts for every file the user gave us.
 */
import { ANN_ENDING, hasSupportedEnding, pairCompanions, SUPPORTED_ENDINGS } from '../../shared/import-files';

/**
 * Extensions for the file picker's `accept` list: the last extension of every supported ending
 * (pickers match only that, so `.copydesk.json` is offered as `.json` and checked here) and `.ann`.
 */
export const IMPORT_EXTENSIONS: readonly string[] = [
  ...new Set([...SUPPORTED_ENDINGS.map((ending) => ending.slice(ending.lastIndexOf('.'))), ANN_ENDING]),
];

/** The `accept` attribute for the file picker. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** One unit of work: a document file plus its companions, or a file skipped before sending. */
export type ImportJob =
  | { kind: 'send'; file: File; companions: File[] }
  | { kind: 'skip'; name: string; reason: string };

/** The name's last extension, lower-cased ("" without one). */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** Why Copydesk cannot import a file of this name. */
function unsupportedReason(name: string): string {
  const ext = extensionOf(name);
  const reads = 'it reads .txt, .md/.markdown, .html, .docx, Copydesk .copydesk.json and brat .txt + .ann';
  if (ext === '.json') return `Copydesk reads only its own JSON, named *.copydesk.json (${reads}).`;
  return `Copydesk cannot import ${ext ? `${ext} files` : 'files without an extension'} (${reads}).`;
}

/** Group files into jobs, keeping the user's order (by the document file). */
export function planImport(files: readonly File[]): ImportJob[] {
  const { documents, unpaired } = pairCompanions(files, (file) => file.name);
  const companionsOf = new Map(documents.map((d) => [d.file, d.companions]));
  const lonely = new Set(unpaired);
  const jobs: ImportJob[] = [];
  for (const file of files) {
    if (lonely.has(file)) {
      const base = file.name.slice(0, -ANN_ENDING.length);
      jobs.push({ kind: 'skip', name: file.name, reason: `brat annotations need their text: add ${base}.txt to the same import.` });
      continue;
    }
    const companions = companionsOf.get(file);
    if (!companions) continue; // an .ann travelling with its .txt
    if (!hasSupportedEnding(file.name)) jobs.push({ kind: 'skip', name: file.name, reason: unsupportedReason(file.name) });
    else jobs.push({ kind: 'send', file, companions });
  }
  return jobs;
}

/** "3.4 MB" for file sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
