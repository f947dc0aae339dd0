/** The `settings` table: a small key → value store (the reviewer's name, …). */
import type Database from 'better-sqlite3';
import { stmt } from '../db/sql';

/** The value stored under `key`, or undefined. */
export function getSetting(db: Database.Database, key: string): string | undefined {
  const row = stmt<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key);
  return row?.value;
}

/** Stores `value` under `key`, replacing what was there. */
export function setSetting(db: Database.Database, key: string, value: string): void {
  stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** The reviewer's name as set by the editor; '' when unset. */
export function getReviewerName(db: Database.Database): string {
  return getSetting(db, 'reviewerName') ?? '';
}
