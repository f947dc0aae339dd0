/**
 * Turning a pile of picked/dropped files into import jobs: one job per document, with a brat `.ann`
 * riding along as the companion of the `.txt` with the same base name. Files that cannot be
 * imported on their own (an `.ann` without its text, an unsupported type) become local skips with a
 * reason, so the per-file result list accounts for every file the user gave us.
 */

/** Extensions `documents:import` understands (the file input's `accept` list). */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.json', '.ann'] as const;

/** The `accept` attribute for the file picker. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** One unit of work: a document file plus its companions, or a file skipped before sending. */
export type ImportJob =
  | { kind: 'send'; file: File; companions: File[] }
  | { kind: 'skip'; name: string; reason: string };

function splitName(name: string): { base: string; ext: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return { base: name, ext: '' };
  return { base: name.slice(0, dot), ext: name.slice(dot).toLowerCase() };
}

/** Group files into jobs, keeping the user's order (by the document file). */
export function planImport(files: readonly File[]): ImportJob[] {
  const textsByBase = new Map<string, File>();
  for (const file of files) {
    const { base, ext } = splitName(file.name);
    if (ext === '.txt') textsByBase.set(base, file);
  }
  const companions = new Map<File, File[]>();
  const jobs: ImportJob[] = [];
  for (const file of files) {
    const { base, ext } = splitName(file.name);
    if (ext === '.ann') {
      const text = textsByBase.get(base);
      if (text) companions.set(text, [...(companions.get(text) ?? []), file]);
      else jobs.push({ kind: 'skip', name: file.name, reason: `brat annotations need their text: add ${base}.txt to the same import.` });
      continue;
    }
    if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
      jobs.push({
        kind: 'skip',
        name: file.name,
        reason: `Copydesk cannot import ${ext ? `${ext} files` : 'files without an extension'} (it reads .txt, .md, .html, .docx, Copydesk .json and brat .txt + .ann).`,
      });
      continue;
    }
    jobs.push({ kind: 'send', file, companions: [] });
  }
  return jobs.map((job) => (job.kind === 'send' ? { ...job, companions: companions.get(job.file) ?? [] } : job));
}

/** "3.4 MB" for file sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
