/**
 * PostgreSQL migration 4: double review, as SQLite's migration 9 — each annotation's layer ('' the
 * main layer, else the reviewer whose private layer it is), the two reviewers of a document and the
 * chief editor's decision on each difference.
 */
import type { Queryable } from '../types';

const T = 'text COLLATE "C"';

export async function up(q: Queryable): Promise<void> {
  await q.query(`
    ALTER TABLE annotations ADD COLUMN layer ${T} NOT NULL DEFAULT '';
    CREATE INDEX annotations_by_layer ON annotations(document_id, layer) WHERE layer <> '';

    CREATE TABLE double_reviews (
      document_id ${T} PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      reviewer_a ${T} NOT NULL,
      reviewer_b ${T} NOT NULL CHECK (reviewer_b <> reviewer_a),
      started_by ${T} NOT NULL,
      started_at ${T} NOT NULL,
      finished_by ${T},
      finished_at ${T}
    );

    CREATE TABLE adjudications (
      document_id ${T} NOT NULL REFERENCES double_reviews(document_id) ON DELETE CASCADE,
      difference ${T} NOT NULL,
      choice ${T} NOT NULL CHECK (choice IN ('a', 'b', 'none')),
      annotation_id ${T},
      decided_by ${T} NOT NULL,
      decided_at ${T} NOT NULL,
      PRIMARY KEY (document_id, difference)
    );
  `);
}
