/**
 * Writing export files into a folder, atomically: each file goes to a temporary file in the same
 * folder, is flushed to disk (fsync) and then renamed over its final name, so a reader never sees a
 * half-written export. All temporary files are written before the first rename; if any write fails
 * (disk full, folder not writable) the temporary files are removed and nothing is renamed. A folder
 * standing where a file should go is found before anything is written.
 *
 * Names that another file of the same batch already took get "-2", "-3", … before the first dot
 * ("harbin.ann" → "harbin-2.ann"). Files in a row that share a stem (brat's .txt and .ann, one
 * document's formats) get the same number, so pairs stay pairs. A batch is one call, or several calls
 * sharing the `batch` set. Files from earlier exports, outside the batch, are replaced.
 *
 * Temporary files left by an export that was killed are removed by the next export to the folder
 * (stale-temps.ts).
 *
 * Content is text (written as UTF-8) or bytes (the report PDF); the desktop shell writes through
 * {@link writeFileAtomic}, so there is one atomic writer in the app.
 */
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { ApiError } from '../../../shared/result';
import type { ExportFile } from '../../../shared/types';
import { removeStaleTemps, tempName } from './stale-temps';

/** A file to write: a plain name and its content, text (UTF-8) or bytes. */
export interface FileToWrite {
  name: string;
  content: string | Uint8Array;
}

/** Why a file operation failed, in words (Node error codes). */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'a folder of that name is in the way',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOENT: 'the folder does not exist',
  ENAMETOOLONG: 'the name is too long',
  EEXIST: 'a file of that name already exists',
  EMFILE: 'too many files are open',
  EIO: 'a disk input/output error occurred',
};

/** A failure reason a person understands. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** Throws ApiError('invalid_input') unless `name` is a plain file name (no folders, no dot names). */
function checkName(name: string): void {
  const plain =
    name.length > 0 &&
    Buffer.byteLength(name, 'utf8') <= 255 &&
    !/[/\\\u0000]/.test(name) &&
    basename(name) === name &&
    !name.startsWith('.') &&
    !/[. ]$/.test(name);
  if (!plain) throw new ApiError('invalid_input', `“${name}” is not a plain file name; export files cannot name folders.`);
}

/** Splits "a.copydesk.json" into stem "a" and extension ".copydesk.json". */
function splitName(name: string): { stem: string; ext: string } {
  const dot = name.indexOf('.');
  return dot === -1 ? { stem: name, ext: '' } : { stem: name.slice(0, dot), ext: name.slice(dot) };
}

/** How two names compare on case-insensitive file systems (macOS, Windows). */
function key(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Final names for the files, numbered where the batch already holds a name (see the module note). */
export function assignNames(files: ReadonlyArray<Pick<ExportFile, 'name'>>, taken: Set<string>): string[] {
  const names: string[] = [];
  let i = 0;
  while (i < files.length) {
    const { stem } = splitName(files[i].name);
    const group: string[] = [];
    const inGroup = new Set<string>();
    while (i < files.length && splitName(files[i].name).stem === stem && !inGroup.has(key(files[i].name))) {
      inGroup.add(key(files[i].name));
      group.push(files[i].name);
      i++;
    }
    for (let n = 1; ; n++) {
      const candidate = group.map((name) => (n === 1 ? name : `${stem}-${n}${splitName(name).ext}`));
      if (candidate.every((name) => !taken.has(key(name)))) {
        for (const name of candidate) taken.add(key(name));
        names.push(...candidate);
        break;
      }
    }
  }
  return names;
}

/** Writes `content` to a new, hidden temporary file in `dir` and flushes it to disk; returns its path. */
function writeTemp(dir: string, content: string | Uint8Array): string {
  const temp = join(dir, tempName(randomBytes(6).toString('hex')));
  const fd = openSync(temp, 'wx', 0o644);
  try {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed, or closing is what failed
    }
    removeQuietly(temp);
    throw error;
  }
  return temp;
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // best effort: the original error is what the user needs to see
  }
}

/** Flushes the folder entry of the renamed files (POSIX); not possible everywhere, so best effort. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; the renames are still complete
  }
}

/**
 * Writes the files into `dir` (created if missing) atomically and returns the written paths, in the
 * order of `files`. `batch` holds the names (lower-cased) already written by this batch; it is updated.
 * On failure, throws ApiError('internal', 'Could not write “name” to /dir: reason') and leaves no
 * temporary or half-written file behind.
 */
export function writeExportFiles(dir: string, files: ReadonlyArray<FileToWrite>, batch: Set<string> = new Set()): string[] {
  for (const file of files) checkName(file.name);
  const folder = resolve(dir);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const why = (error as NodeJS.ErrnoException | null)?.code === 'EEXIST' ? 'a file is in the way of the folder' : reason(error);
    throw new ApiError('internal', `Could not create the folder ${folder}: ${why}`);
  }
  removeStaleTemps(folder); // left by an export that was killed half-way
  const names = assignNames(files, new Set(batch));
  for (const name of names) {
    // A folder in the way would make the rename fail half-way through the batch: refuse before writing anything.
    if (isFolder(join(folder, name))) throw new ApiError('internal', `Could not write “${name}” to ${folder}: ${REASONS.EISDIR}`);
  }

  const temps: string[] = [];
  for (let i = 0; i < files.length; i++) {
    try {
      temps.push(writeTemp(folder, files[i].content));
    } catch (error) {
      temps.forEach(removeQuietly);
      throw new ApiError('internal', `Could not write “${names[i]}” to ${folder}: ${reason(error)}`);
    }
  }

  const paths: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const path = join(folder, names[i]);
    try {
      renameSync(temps[i], path);
    } catch (error) {
      temps.slice(i).forEach(removeQuietly);
      syncFolder(folder);
      for (const name of names.slice(0, i)) batch.add(key(name)); // those were written
      throw new ApiError('internal', `Could not write “${names[i]}” to ${folder}: ${reason(error)}`);
    }
    paths.push(path);
  }
  syncFolder(folder);
  for (const name of names) batch.add(key(name));
  return paths;
}

/**
 * Writes one file, `dir/name` (creating `dir`), atomically and answers its path; an earlier file of
 * that name is replaced, a folder of that name refused. Failures are the ApiErrors of {@link writeExportFiles}.
 */
export function writeFileAtomic(dir: string, name: string, content: string | Uint8Array): string {
  return writeExportFiles(dir, [{ name, content }])[0];
}
