/**
 * Files the operating system hands the app (double-click, "Open with", the dock icon, a second
 * launch): read in the main process and passed to the renderer's import queue, which imports them
 * and shows their results like files dropped on the window. A file that cannot be passed on gets one
 * sentence saying why, never Node's own error text.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile } from '../preload/bridge-types';

/** At most this many files are taken from one launch (the import queue's batch size). */
export const MAX_OPENED_FILES = 200;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** Why `path` could not be read, in words, from a Node error code. */
function readProblem(name: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `“${name}” was not imported: it no longer exists.`;
  if (code === 'EACCES' || code === 'EPERM') return `“${name}” was not imported: Copydesk is not allowed to read it.`;
  return `“${name}” was not imported: it could not be read.`;
}

/**
 * Reads the files at `paths` (absolute) for import. Folders, missing or unreadable files and files
 * over `maxBytes` are answered with a `problem` instead of their bytes (a file over the limit is never
 * read into memory).
 */
export async function readOpenedFiles(
  paths: readonly string[],
  maxBytes: number,
  fs: { stat: typeof stat; readFile: typeof readFile } = { stat, readFile },
): Promise<OpenedFile[]> {
  const out: OpenedFile[] = [];
  for (const path of paths.slice(0, MAX_OPENED_FILES)) {
    const name = basename(path);
    try {
      const info = await fs.stat(path);
      if (info.isDirectory()) {
        out.push({ name, problem: `“${name}” is a folder: open the files inside it instead.` });
      } else if (info.size > maxBytes) {
        out.push({ name, problem: `“${name}” was not imported: it is ${megabytes(info.size)}; Copydesk imports files up to ${megabytes(maxBytes)}.` });
      } else {
        out.push({ name, data: new Uint8Array(await fs.readFile(path)) });
      }
    } catch (error) {
      out.push({ name, problem: readProblem(name, error) });
    }
  }
  if (paths.length > MAX_OPENED_FILES) {
    out.push({ name: '', problem: `Only the first ${MAX_OPENED_FILES} of ${paths.length} files were taken; import the others in another batch.` });
  }
  return out;
}
