/**
 * Migration 11: prefix indexes of one and two characters on `documents_fts` (FTS5 `prefix='1 2'`).
 * The library searches as the editor types, and the last word matches as a prefix: without these
 * indexes a one-letter prefix such as `w*` merges the doclists of every word starting with w (2 s for
 * the count alone at 100,000 documents), which the next letter's search would wait behind. With them
 * it is one doclist (a few milliseconds). Longer prefixes are few words each and need no index. The
 * cost is the index's size: about 80% more for the full-text index (30 MB more at 10,000 news pieces).
 *
 * FTS5 cannot add a prefix index to an existing table, so the table is made again with the same
 * columns and tokenizer and rebuilt from `documents` (it is an external-content index: nothing else
 * lives in it, and the triggers of migration 1 keep feeding it by name).
 */
import type Database from 'better-sqlite3';

/** Idempotent: a table that already has its prefix indexes is left alone. */
export function up(db: Database.Database): void {
  const row = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").get() as { sql: string } | undefined;
  if (row && /prefix\s*=\s*'1 2'/i.test(row.sql)) return;
  db.exec(`
    DROP TABLE IF EXISTS documents_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5(
      title, text,
      content='documents', content_rowid='seq',
      tokenize='unicode61 remove_diacritics 2',
      prefix='1 2'
    );
    INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
  `);
}
