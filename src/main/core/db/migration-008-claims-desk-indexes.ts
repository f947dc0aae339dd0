/**
 * Migration: indexes the claims desk walks when it sorts by claim text or by assignee
 * (repos/claims-page.ts), so the first page of 100,000 claims in those orders reads a page's worth of
 * index entries instead of sorting every claim (1–2 s at 100,000 claims, more on a loaded machine).
 * The document order walks `documents_by_title` (migration "library indexes") and
 * `annotations_by_document`.
 *
 * The claim text index carries the document order that breaks its ties, and `documents_title_by_id`
 * a document's title, so walking past earlier pages (an offset) reads no annotation or document rows —
 * a document's row holds its whole text. `IF NOT EXISTS`: running it again changes nothing.
 */
import type Database from 'better-sqlite3';

/** The assignee order's key after "unassigned last" (the same expression as repos/claims-page.ts, so the planner matches it). */
export const ASSIGNEE_ORDER_SQL = "coalesce(assignee, '') COLLATE NOCASE";

export function up(db: Database.Database): void {
  db.exec(`
    CREATE INDEX IF NOT EXISTS annotations_by_quote ON annotations(quote COLLATE NOCASE, document_id, start_offset, id);
    CREATE INDEX IF NOT EXISTS documents_title_by_id ON documents(id, title COLLATE NOCASE);
    CREATE INDEX IF NOT EXISTS claims_by_assignee ON claims((assignee IS NULL), ${ASSIGNEE_ORDER_SQL});
  `);
}
