/**
 * Writing one binary export file (the report PDF) into a folder atomically: the bytes go to a hidden
 * temporary file in the same folder, are flushed to disk (fsync), and the temporary file is renamed
 * over the final name, so nobody ever sees a half-written PDF. On failure the temporary file is
 * removed and an earlier file of that name is left as it was. The sibling, for text, of
 * `writeExportFiles` in src/main/core/export/write.ts, which writes strings only.
 */
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { ApiError } from '../shared/result';

/** The file-system calls the writer makes; replaceable in tests to simulate failures. */
export type AtomicFs = Pick<typeof fs, 'closeSync' | 'fsyncSync' | 'lstatSync' | 'mkdirSync' | 'openSync' | 'renameSync' | 'rmSync' | 'writeSync'>;

/** Why a file operation failed, in words (the Node error codes an export meets in practice). */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'a folder of that name is in the way',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'a file is in the way of the folder',
  ENOENT: 'the folder does not exist',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'a disk input/output error occurred',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** A plain file name: no folders, no leading dot, no trailing dot or space, at most 255 bytes. */
function isPlainName(name: string): boolean {
  return (
    name.length > 0 &&
    Buffer.byteLength(name, 'utf8') <= 255 &&
    !/[/\\\u0000]/.test(name) &&
    basename(name) === name &&
    !name.startsWith('.') &&
    !/[. ]$/.test(name)
  );
}

/** Flushes the folder entry after the rename (POSIX); Windows cannot open folders, so best effort. */
function syncFolder(io: AtomicFs, dir: string): void {
  try {
    const fd = io.openSync(dir, 'r');
    try {
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
  } catch {
    // the rename is complete either way
  }
}

/**
 * Writes `data` to `dir/name` (creating `dir` if missing) atomically and answers the path written.
 * An existing file of that name is replaced; a folder of that name is refused. Failures throw
 * ApiError('internal', 'Could not write “name” to /dir: reason') and leave no temporary file behind.
 */
export function writeFileAtomic(dir: string, name: string, data: Uint8Array, io: AtomicFs = fs): string {
  if (!isPlainName(name)) throw new ApiError('invalid_input', `“${name}” is not a plain file name.`);
  const folder = resolve(dir);
  const fail = (error: unknown): ApiError => new ApiError('internal', `Could not write “${name}” to ${folder}: ${reason(error)}`);
  try {
    io.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new ApiError('internal', `Could not create the folder ${folder}: ${reason(error)}`);
  }
  const target = join(folder, name);
  let inTheWay = false;
  try {
    inTheWay = io.lstatSync(target).isDirectory();
  } catch {
    // nothing there yet
  }
  if (inTheWay) throw fail(Object.assign(new Error('folder in the way'), { code: 'EISDIR' }));

  const temp = join(folder, `.copydesk-export-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = io.openSync(temp, 'wx', 0o644);
    for (let written = 0; written < data.length; ) written += io.writeSync(fd, data, written, data.length - written);
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = undefined;
    io.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        io.closeSync(fd);
      } catch {
        // closing is what failed, or it is already closed
      }
    }
    try {
      io.rmSync(temp, { force: true });
    } catch {
      // best effort: the original error is what the editor needs to see
    }
    throw fail(error);
  }
  syncFolder(io, folder);
  return target;
}
