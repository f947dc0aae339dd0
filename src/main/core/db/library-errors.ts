/**
 * SQLite's failures in words: a write that fails because the disk is full, the library is read-only,
 * another process held it too long or the disk misbehaved becomes an `ApiError` whose sentence says
 * what happened and that the change was not saved — never SQLite's own text ("database or disk is full").
 */
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';

/** How long a write waits for another connection (the CLI, a second window or server) to finish. */
export const BUSY_TIMEOUT_MS = 10_000;

/** The sentence for a library that cannot be written, at open or at a save. */
export function readOnlySentence(file: string, why: 'file' | 'folder' | 'disk'): string {
  const what = {
    file: `The library ${file} is read-only: Copydesk cannot save to it.`,
    folder: `The folder of the library ${file} is read-only: Copydesk cannot save to it (SQLite keeps its journal beside the file).`,
    disk: `The library ${file} is on a read-only disk: Copydesk cannot save to it.`,
  }[why];
  return `${what} Make it writable, or copy the library to a writable folder and open the copy (--db PATH). Nothing was changed.`;
}

/**
 * `error` as an ApiError a person understands when it is one of SQLite's storage failures on the
 * library `file`; anything else is returned unchanged.
 */
export function asLibraryError(error: unknown, file: string): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const code = error.code;
  if (code === 'SQLITE_FULL') {
    return new ApiError('disk_full', `The disk is full: your change was not saved to ${file}. Free some space and try again.`);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new ApiError('database', `The library ${file} is read-only: Copydesk cannot save to it. Your change was not saved.`);
  }
  if (code === 'SQLITE_BUSY_SNAPSHOT') {
    // A read-then-write transaction overtaken by another writer: it cannot wait, only start again.
    return new ApiError('database', `Another program changed the library ${file} at the same moment: your change was not saved. Try again.`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    // Normally after waiting BUSY_TIMEOUT_MS for the other writer; the sentence does not promise how long.
    return new ApiError('database', `Another program was writing to the library ${file} and did not finish in time: your change was not saved. Try again.`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new ApiError('database', `The disk reported an error while Copydesk saved to ${file}: your change was not saved. Check the disk and try again.`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new ApiError('database', `The library ${file} is damaged: your change was not saved. Restore it from a backup.`);
  }
  return error;
}
