/**
 * Opening the library file. An existing file is first inspected on a read-only connection — is it
 * SQLite at all, is it intact (`PRAGMA quick_check`), is it a Copydesk library, is its schema one
 * this app knows — so that a foreign, damaged or newer file is refused with a clear message and left
 * byte for byte as it was. Only then is it opened for writing, switched to WAL and migrated.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';
import { assertKnownSchemaVersion, migrate, recordedSchemaVersion } from './migrations';

/** How long a write waits for another connection (the CLI, a second window) before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  /** Path to a better-sqlite3 native addon built for this runtime (Electron ships its own). */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the Copydesk library at `path` and migrates it to the newest schema.
 * Throws `ApiError('database', …)` for a file that is not a Copydesk library, is damaged, or was
 * written by a newer Copydesk; such a file is never modified.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const file = resolve(path);
  ensureFolder(dirname(file));
  if (existsSync(file)) inspectExisting(file, options);

  let db: Database.Database;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding });
  } catch (error) {
    throw new ApiError('database', `Copydesk cannot open its library ${file}: ${describe(error)}.`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    throw new ApiError('database', `Copydesk cannot prepare its library ${file}: ${describe(error)}.`);
  }
}

function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new ApiError('database', `Copydesk cannot create the folder for its library (${dir}): ${describe(error)}.`);
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
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    const check = db.prepare('PRAGMA quick_check').pluck().all() as string[];
    if (check.length !== 1 || check[0] !== 'ok') {
      throw refuse(`the integrity check found problems (${check.slice(0, 3).join('; ')})`);
    }
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (tables.length > 0 && !tables.includes('schema_migrations')) {
      throw refuse(`it is a SQLite database of another program (tables: ${tables.slice(0, 5).join(', ')})`);
    }
    assertKnownSchemaVersion(recordedSchemaVersion(db));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw refuse(describe(error));
  } finally {
    db?.close();
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[.\s]+$/, '');
}
