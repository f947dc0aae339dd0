/**
 * Opening the library file. An existing file is first inspected on a read-only connection — is it
 * SQLite at all, is it intact (`PRAGMA quick_check`), is it a Copydesk library, is its schema one
 * this app knows — so that a foreign, damaged or newer file is refused with a clear message and left
 * as it was, with no `-wal`/`-shm` files created beside it. Then a library Copydesk could not save to
 * (read-only file, folder or disk) is refused too, with a sentence saying so: opening it would let the
 * editor work and then lose every change at the first save. Only then is it opened for writing,
 * switched to WAL and migrated.
 */
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';
import { BUSY_TIMEOUT_MS, readOnlySentence } from './library-errors';
import { assertKnownSchemaVersion, migrate, recordedSchemaVersion } from './migrations';

// The inspection connection opens `file:…?immutable=1` URIs, which better-sqlite3's SQLite reads only
// when this is set before its native addon first loads (the addon loads at the first `new Database`).
process.env.SQLITE_USE_URI ??= '1';

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  /** Path to a better-sqlite3 native addon built for this runtime (Electron ships its own). */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the Copydesk library at `path` and migrates it to the newest schema.
 * Throws `ApiError('database', …)` for a file that is not a Copydesk library, is damaged, or was
 * written by a newer Copydesk — such a file is never modified — and for one it could not save to.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const file = resolve(path);
  ensureFolder(dirname(file));
  if (existsSync(file)) inspectExisting(file, options);
  const readOnly = writeProblem(file);
  if (readOnly) throw new ApiError('database', readOnlySentence(file, readOnly));

  let db: Database.Database;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new ApiError('database', `Copydesk cannot open its library ${file}: ${describe(error)}.`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    throw new ApiError('database', `Copydesk cannot prepare its library ${file}: ${describe(error)}.`);
  }
}

/** Why a folder could not be made, in words (Node error codes); SQLite's or Node's text otherwise. */
const FOLDER_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'a file is in the way of the folder',
};

function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const why = FOLDER_REASONS[(error as NodeJS.ErrnoException).code ?? ''] ?? describe(error);
    throw new ApiError('database', `Copydesk cannot create the folder for its library (${dir}): ${why}.`);
  }
}

/**
 * Why Copydesk could not save to the library `file` (which may not exist yet), or null when it can:
 * SQLite writes the file and creates its `-wal` and `-shm` journal files beside it, so both the file
 * and its folder must be writable.
 */
function writeProblem(file: string): 'file' | 'folder' | 'disk' | null {
  const check = (path: string): 'denied' | 'disk' | null => {
    try {
      accessSync(path, constants.W_OK);
      return null;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EROFS') return 'disk';
      return code === 'ENOENT' ? null : 'denied';
    }
  };
  const folder = check(dirname(file));
  if (folder === 'disk') return 'disk';
  const own = existsSync(file) ? check(file) : null;
  if (own === 'disk') return 'disk';
  if (own) return 'file';
  return folder ? 'folder' : null;
}

/**
 * A read-only connection that creates nothing beside the file. A library closed cleanly has no
 * `-wal` file, and is opened `immutable` (no locks, no `-shm`/`-wal` created); one with a `-wal`
 * (open elsewhere, or not closed cleanly) needs the WAL read too, and its journal files already exist.
 */
function openForInspection(file: string, options: OpenOptions): Database.Database {
  const readonly = { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding, timeout: BUSY_TIMEOUT_MS };
  if (existsSync(`${file}-wal`)) return new Database(file, readonly);
  try {
    return new Database(`${pathToFileURL(file).href}?immutable=1`, readonly);
  } catch (error) {
    // URIs off (the SQLite addon was loaded before this module set SQLITE_USE_URI): read it plainly.
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_CANTOPEN') return new Database(file, readonly);
    throw error;
  }
}

/** Refuses an existing file that must not be touched; reads only, on a read-only connection. */
function inspectExisting(file: string, options: OpenOptions): void {
  const stats = statSync(file);
  if (stats.isDirectory()) {
    throw new ApiError('database', `${file} is a folder, not a Copydesk library. It was left untouched.`);
  }
  if (stats.size === 0) return; // an empty file is an empty database: safe to initialise

  const refuse = (detail: string) =>
    new ApiError('database', `${file} is not a Copydesk library or is damaged: ${detail}. It was left untouched.`);

  let db: Database.Database | undefined;
  try {
    db = openForInspection(file, options);
    const check = db.prepare('PRAGMA quick_check').pluck().all() as string[];
    if (check.length !== 1 || check[0] !== 'ok') {
      throw refuse(`the integrity check found problems (${check.slice(0, 3).join('; ').replace(/\s+/g, ' ')})`);
    }
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (tables.length > 0 && !tables.includes('schema_migrations')) {
      throw refuse(`it is a SQLite database of another program (tables: ${tables.slice(0, 5).join(', ')})`);
    }
    assertKnownSchemaVersion(recordedSchemaVersion(db));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // A healthy library SQLite cannot even read here for lack of write access is read-only, not damaged.
    const readOnly = writeProblem(file);
    if (readOnly) throw new ApiError('database', readOnlySentence(file, readOnly));
    throw refuse(describe(error));
  } finally {
    db?.close();
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[.\s]+$/, '');
}
