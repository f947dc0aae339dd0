/**
 * Migration 9: double review. Each annotation belongs to a layer: '' is the document's main layer
 * (what every view, export and suggester reads); a reviewer's name is that reviewer's private layer
 * while the document is in double review (handlers/double-review.ts). `double_reviews` holds the two
 * reviewers of a document, `adjudications` the chief editor's decision on each difference.
 */
import type Database from 'better-sqlite3';

/** Idempotent: a library whose version was set back (the restore-titles repair re-runs 5+) keeps its layers. */
export function up(db: Database.Database): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('annotations')").all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === 'layer')) db.exec("ALTER TABLE annotations ADD COLUMN layer TEXT NOT NULL DEFAULT ''");
  db.exec(`
    CREATE INDEX IF NOT EXISTS annotations_by_layer ON annotations(document_id, layer) WHERE layer <> '';

    CREATE TABLE IF NOT EXISTS double_reviews (
      document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      reviewer_a TEXT NOT NULL,
      reviewer_b TEXT NOT NULL CHECK (reviewer_b <> reviewer_a),
      started_by TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_by TEXT,
      finished_at TEXT
    ) STRICT;

    CREATE TABLE IF NOT EXISTS adjudications (
      document_id TEXT NOT NULL REFERENCES double_reviews(document_id) ON DELETE CASCADE,
      difference TEXT NOT NULL,
      choice TEXT NOT NULL CHECK (choice IN ('a', 'b', 'none')),
      annotation_id TEXT,
      decided_by TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      PRIMARY KEY (document_id, difference)
    ) STRICT;
  `);
}
