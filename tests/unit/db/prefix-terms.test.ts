/**
 * The last word's prefix as the indexed words it covers (repos/prefix-terms.ts): the same documents
 * as the prefix, whatever else the query holds; prefixes it cannot expand stay prefixes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrations';
import { expandLastPrefix } from '../../../src/main/core/repos/prefix-terms';
import { buildMatchQuery } from '../../../src/main/core/repos/search';

const TEXTS = [
  'The whale breached beside the whaleboat.',
  'Whalers and WHALES off Nantucket.',
  'A white whalebone corset.',
  'Wharves and warehouses.',
  'Café society in Zürich: whale-watching tours.',
  'Nothing to see.',
];

function library(texts: string[]): Database.Database {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'copydesk-prefix-terms-')), 'library.sqlite'));
  migrate(db);
  const insert = db.prepare(
    `INSERT INTO documents (id, title, format, text, text_length, imported_text, created_at, updated_at)
     VALUES (?, ?, 'txt', ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  texts.forEach((text, i) => insert.run(`d${i}`, `Piece ${i}`, text, text.length, text));
  return db;
}

const rowids = (db: Database.Database, match: string) =>
  (db.prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid').all(match) as Array<{ rowid: number }>).map((r) => r.rowid);

describe('a prefix as its words', () => {
  it('finds exactly the documents the prefix finds, alone, after other words, and within the title', () => {
    const db = library(TEXTS);
    for (const query of ['whale', 'WHAL', 'white whale', '"the whale" whal', 'wharves war', 'cafe whale', 'zzz whal', 'whalez']) {
      const match = buildMatchQuery(query)!;
      const expanded = expandLastPrefix(db, match);
      expect(rowids(db, expanded), query).toEqual(rowids(db, match));
      expect(rowids(db, `{title} : (${expanded})`), query).toEqual(rowids(db, `{title} : (${match})`));
    }
    expect(expandLastPrefix(db, '"whal"*')).toBe('("whale" OR "whaleboat" OR "whalebone" OR "whalers" OR "whales")');
    expect(rowids(db, expandLastPrefix(db, '"white" "whale"*'))).toEqual([3]);
  });

  it('keeps one- and two-letter prefixes, words outside ASCII, unknown prefixes and very wide ones as prefixes', () => {
    const many = Array.from({ length: 70 }, (_, i) => `wordy${String(i).padStart(2, '0')}`).join(' ');
    const db = library([...TEXTS, many]);
    for (const match of ['"wh"*', '"w"*', '"zür"*', '"whalez"*', '"wordy"*', '"whale"']) expect(expandLastPrefix(db, match)).toBe(match);
    expect(rowids(db, '"wordy"*')).toEqual([7]);
  });

  it('sees words indexed after its first use', () => {
    const db = library(TEXTS);
    expect(expandLastPrefix(db, '"narwh"*')).toBe('"narwh"*');
    db.prepare(
      `INSERT INTO documents (id, title, format, text, text_length, imported_text, created_at, updated_at)
       VALUES ('n', 'Narwhals', 'txt', 'A narwhal.', 10, 'A narwhal.', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    ).run();
    expect(expandLastPrefix(db, '"narwh"*')).toBe('("narwhal" OR "narwhals")');
  });

  it('sees words another connection indexed after its first use (the CLI importing beside the window)', () => {
    const db = library(TEXTS);
    expect(expandLastPrefix(db, '"whal"*')).toBe('("whale" OR "whaleboat" OR "whalebone" OR "whalers" OR "whales")');
    const other = new Database(db.name);
    other
      .prepare(
        `INSERT INTO documents (id, title, format, text, text_length, imported_text, created_at, updated_at)
         VALUES ('w', 'Whalemen', 'txt', 'Whaling.', 8, 'Whaling.', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      )
      .run();
    other.close();
    const expanded = expandLastPrefix(db, '"whal"*');
    expect(expanded).toBe('("whale" OR "whaleboat" OR "whalebone" OR "whalemen" OR "whalers" OR "whales" OR "whaling")');
    expect(rowids(db, expanded)).toEqual(rowids(db, '"whal"*'));
  });
});
