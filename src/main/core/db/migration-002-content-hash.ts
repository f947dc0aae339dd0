/**
 * Migration 2: a content hash of each document's imported text, for duplicate detection on import.
 *
 * Design notes:
 * - `imported_sha256` is the SHA-256 (hex) of `imported_text` — the canonical text as the file
 *   gave it, not the text as corrected since — so a file is recognised however its document was
 *   edited, and the same article as `.txt` or as a re-imported Copydesk JSON export matches.
 * - SQLite can only add a NOT NULL column with a default, and no default is a correct hash, so the
 *   column is nullable: every existing row is backfilled here, and `insertDocument` always sets it.
 * - The backfill reads one document's text at a time (a text can hold a million characters).
 * - Adding the column leaves `documents_fts` alone: its triggers fire only on title and text.
 */
import type Database from 'better-sqlite3';
import { contentHash } from './content-hash';

/** Adds `documents.imported_sha256`, fills it for every document, and indexes it. */
export function up(db: Database.Database): void {
  db.exec('ALTER TABLE documents ADD COLUMN imported_sha256 TEXT');
  const seqs = db.prepare('SELECT seq FROM documents ORDER BY seq').pluck().all() as number[];
  const read = db.prepare('SELECT imported_text FROM documents WHERE seq = ?').pluck();
  const write = db.prepare('UPDATE documents SET imported_sha256 = ? WHERE seq = ?');
  for (const seq of seqs) write.run(contentHash(read.get(seq) as string), seq);
  db.exec('CREATE INDEX documents_by_imported_sha256 ON documents(imported_sha256)');
}
