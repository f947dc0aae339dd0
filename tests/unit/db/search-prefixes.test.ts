/**
 * Migration 11: a library made before it gets the one- and two-character prefix indexes, and its
 * searches find the same documents as before, including documents added and removed afterwards.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/main/core/db/migrations';
import { countDocuments } from '../../../src/main/core/repos/library';
import { libraryFilter } from '../../../src/shared/library-query';

const TEXTS = ['The whale breached beside the boat.', 'A whaleboat, lowered at dawn.', 'Wharves and warehouses of Nantucket.', 'Ahab on the quarter-deck.'];

function add(db: Database.Database, seq: number, text: string): void {
  db.prepare(
    `INSERT INTO documents (seq, id, title, format, text, text_length, imported_text, created_at, updated_at)
     VALUES (?, ?, ?, 'txt', ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  ).run(seq, `d${seq}`, `Piece ${seq}`, text, text.length, text);
}

function libraryBeforePrefixes(): Database.Database {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'copydesk-prefixes-')), 'library.sqlite'));
  migrate(db, MIGRATIONS.filter((m) => m.version < 11));
  TEXTS.forEach((text, i) => add(db, i + 1, text));
  return db;
}

const count = (db: Database.Database, query: string) => countDocuments(db, libraryFilter.parse({ query }));
const QUERIES = ['w', 'wh', 'wha', 'whale', 'a', 'ah', 'Nantucket', '"quarter deck"'];
const ftsSql = (db: Database.Database) => (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").get() as { sql: string }).sql;

describe('migration 11: search prefix indexes', () => {
  it('adds the prefix indexes and answers every search as before', () => {
    const db = libraryBeforePrefixes();
    const before = QUERIES.map((q) => count(db, q));
    expect(before).toEqual([3, 3, 3, 2, 3, 1, 1, 1]);
    migrate(db);
    expect(ftsSql(db)).toMatch(/prefix='1 2'/);
    expect(QUERIES.map((q) => count(db, q))).toEqual(before);
  });

  it('keeps the index up to date afterwards through the triggers', () => {
    const db = libraryBeforePrefixes();
    migrate(db);
    add(db, 5, 'Wh... whispered the whalers.');
    expect(count(db, 'wh')).toBe(4);
    db.prepare('DELETE FROM documents WHERE seq = 3').run();
    expect(count(db, 'wh')).toBe(3);
    db.prepare("UPDATE documents SET text = 'Nothing here.' WHERE seq = 5").run();
    expect(count(db, 'wh')).toBe(2);
  });

  it('leaves a library that has them alone when run again', () => {
    const db = libraryBeforePrefixes();
    migrate(db);
    const sql = ftsSql(db);
    db.prepare('DELETE FROM schema_migrations WHERE version = 11').run();
    expect(migrate(db)).toEqual([11]);
    expect(ftsSql(db)).toBe(sql);
    expect(count(db, 'w')).toBe(3);
  });
});
