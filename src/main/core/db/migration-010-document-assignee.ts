/**
 * Migration 10: documents are assigned to people, as claims are. `assignee` is a person's name (the
 * signed-in user's or Settings' reviewer name), NULL when nobody has the document.
 *
 * Two indexes keep the library off the documents' (large) rows at 100,000 documents: "My queue" and
 * the assignee filter walk `documents_by_assignee` (the name, then the default order and the columns
 * the other filters read, so a filtered page and its count come from the index alone), and the
 * "Assigned" column's order walks `documents_by_assignee_order` (ASSIGNEE_ORDER_SQL, the expression
 * repos/library.ts sorts by). Idempotent: running it again changes nothing.
 */
import type Database from 'better-sqlite3';

/**
 * The "Assigned" order: by name ignoring ASCII case, the unassigned last going up (U+10FFFF sorts
 * after every name), as one value a page cursor can hold.
 */
export const DOCUMENT_ASSIGNEE_ORDER_SQL = "coalesce(assignee, char(1114111)) COLLATE NOCASE";

export function up(db: Database.Database): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('documents')").all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === 'assignee')) db.exec('ALTER TABLE documents ADD COLUMN assignee TEXT');
  db.exec(`
    CREATE INDEX IF NOT EXISTS documents_by_assignee ON documents(assignee, updated_at, status, format);
    CREATE INDEX IF NOT EXISTS documents_by_assignee_order ON documents(${DOCUMENT_ASSIGNEE_ORDER_SQL}, status, format, updated_at);
  `);
}
