/**
 * Migration: suggestions (issue 8). A rejected suggestion is remembered in `suggestion_rejections`
 * (document, kind, label, range, quote) so re-running the suggesters never brings it back to that
 * document; the rows go with their document. HTML teaser candidates stored by older versions
 * (`attrs.candidate`) become the same pending suggestions the suggesters make: `attrs.pending` with
 * a reason, origin "suggested".
 */
import type Database from 'better-sqlite3';

/** The reason shown on a teaser candidate the HTML article extractor left out. */
export const EXTRACTOR_REASON = 'left out by the article extractor';

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS suggestion_rejections (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      label TEXT NOT NULL DEFAULT '',
      start_offset INTEGER NOT NULL,
      end_offset INTEGER NOT NULL,
      quote TEXT NOT NULL,
      rejected_at TEXT NOT NULL,
      PRIMARY KEY (document_id, kind, label, start_offset, end_offset, quote)
    ) STRICT;
    CREATE INDEX IF NOT EXISTS suggestion_rejections_by_quote ON suggestion_rejections(kind, label, quote);
  `);
  migrateCandidates(db);
}

/** Turns every stored teaser candidate into a pending suggestion; answers how many. */
export function migrateCandidates(db: Database.Database): number {
  return db
    .prepare(
      `UPDATE annotations
       SET attrs = json_set(json_remove(attrs, '$.candidate'), '$.pending', json('true'), '$.reasons', json_array(?)),
           origin = 'suggested'
       WHERE kind = 'teaser' AND json_extract(attrs, '$.candidate') = 1`,
    )
    .run(EXTRACTOR_REASON).changes;
}
