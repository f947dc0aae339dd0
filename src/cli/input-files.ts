/**
 * Reading the files `copydesk import` is given — only regular files. A FIFO or a device
 * (`/dev/zero`) would never end, a socket cannot be read at all: each is refused at once with a
 * sentence. Symbolic links are followed, but only to regular files (and folders given by name). A
 * file is read through one descriptor checked with fstat, and at most `maxBytes + 1` bytes are read,
 * so a file swapped for a pipe after the check, or one that keeps growing, cannot hang the import.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { formatSize } from '../main/core/import/guards';

/** What a path is, in the words the CLI prints. */
export type PathKind = { kind: 'file' } | { kind: 'folder' } | { kind: 'refused'; reason: string };

/** A refusal for something that is not a regular file or folder, by what it is. */
function notAFile(stats: Stats): string | null {
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a file; Copydesk imports only regular files';
  if (stats.isSocket()) return 'is a socket, not a file; Copydesk imports only regular files';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a file; Copydesk imports only regular files';
  if (!stats.isFile() && !stats.isDirectory()) return 'is not a regular file';
  return null;
}

/** What `path` is: a regular file, a folder, or refused (missing, a dangling or looping link, a pipe, a device …). */
export function inspectPath(path: string): PathKind {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch {
    return { kind: 'refused', reason: 'no such file or folder' };
  }
  let stats = link;
  if (link.isSymbolicLink()) {
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return {
        kind: 'refused',
        reason: code === 'ELOOP' ? 'is a symbolic link that loops back on itself' : 'is a symbolic link to something that does not exist',
      };
    }
  }
  const refused = notAFile(stats);
  if (refused) return { kind: 'refused', reason: refused };
  return stats.isDirectory() ? { kind: 'folder' } : { kind: 'file' };
}

/** A file's bytes, or why it cannot be imported. */
export type ReadResult = { bytes: Buffer } | { refused: string; tooLarge?: boolean };

/**
 * Reads the regular file at `path`, at most `maxBytes` of it. Opened without blocking (a FIFO put in
 * its place after inspectPath would otherwise wait for a writer forever) and checked again on the
 * open descriptor.
 */
export function readRegularFile(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { refused: code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)' : code === 'ENOENT' ? 'no such file or folder' : 'cannot be opened' };
  }
  try {
    const stats = fstatSync(fd);
    const refused = notAFile(stats) ?? (stats.isDirectory() ? 'is a folder' : null);
    if (refused) return { refused };
    if (stats.size > maxBytes) return tooLarge(maxBytes);
    // Read up to one byte past the limit: a file that grew since fstat is caught, never read whole.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stats.size, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return tooLarge(maxBytes);
        return readMore(fd, buffer, maxBytes);
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return tooLarge(maxBytes);
    return { bytes: buffer.subarray(0, length) };
  } catch {
    return { refused: 'could not be read' };
  } finally {
    closeSync(fd);
  }
}

/** Goes on reading a file that was larger than fstat said (it is growing), still stopping at maxBytes + 1. */
function readMore(fd: number, start: Buffer, maxBytes: number): ReadResult {
  const grown = Buffer.allocUnsafe(maxBytes + 1);
  start.copy(grown);
  let length = start.length;
  while (length < grown.length) {
    const n = readSync(fd, grown, length, grown.length - length, null);
    if (n === 0) return { bytes: grown.subarray(0, length) };
    length += n;
  }
  return tooLarge(maxBytes);
}

function tooLarge(maxBytes: number): ReadResult {
  return { refused: `larger than the ${formatSize(maxBytes)} Copydesk imports`, tooLarge: true };
}
