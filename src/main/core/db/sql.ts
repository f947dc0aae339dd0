/**
 * Small helpers shared by the repositories: a per-connection prepared-statement cache, timestamps
 * and ids. Statements are prepared once per connection and SQL string, so a repository function can
 * be called a hundred thousand times inside one transaction without re-parsing its SQL.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { asLibraryError } from './library-errors';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on `db`, prepared on first use and cached with the connection. */
export function stmt<P extends unknown[] | object = unknown[], R = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement as unknown as Database.Statement<P, R>;
}

/** The current time as an ISO 8601 string (UTC, milliseconds): how every timestamp is stored. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** A new random UUID (v4). */
export function newId(): string {
  return randomUUID();
}

/** Parses a JSON object column; anything that is not an object becomes `{}`. */
export function parseJsonObject<T extends object = Record<string, unknown>>(value: string | null): T {
  if (!value) return {} as T;
  try {
    const parsed: unknown = JSON.parse(value);
    return (parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {}) as T;
  } catch {
    return {} as T;
  }
}

/**
 * Runs the write `fn` in one transaction on `db` (nested calls become savepoints); rolls back if it
 * throws. Every write of the app goes through here.
 *
 * The transaction starts with `BEGIN IMMEDIATE`, taking the write lock before the first read: a
 * deferred transaction that reads first and then writes cannot wait for another process's write
 * (SQLite answers SQLITE_BUSY_SNAPSHOT at once, busy_timeout never applies), so a second writer —
 * the CLI, another server on the same library — would be refused instead of waiting its turn.
 * SQLite's storage failures (disk full, read-only, busy too long) come out as sentences.
 */
export function inTransaction<T>(db: Database.Database, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    throw asLibraryError(error, db.name);
  }
}

/**
 * Runs the read `fn` in one (deferred) transaction, so that everything it reads is one consistent
 * snapshot; it takes no write lock and never waits for a writer (WAL readers do not block).
 */
export function readTransaction<T>(db: Database.Database, fn: () => T): T {
  return db.transaction(fn).deferred();
}
