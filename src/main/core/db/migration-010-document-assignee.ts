/**
 * Migration 10: documents are assigned to people, as claims are. `assignee` is a person's name (the
 * signed-in user's or Settings' reviewer name), NULL when nobody has the document.
 *
 * Two indexes keep the library off the documents' (large) rows at 100,000 documents: "My queue" and
 * the assignee filter walk `documents_by_assignee` (the name, then the default order and the columns
 * the other filters read, so a filtered page and its count come from the index alone), and the
 * "Assigned" column's order walks `documents_by_assignee_then_seq`: DOCUMENT_ASSIGNEE_ORDER_SQL (the
 * expression repos/library.ts sorts by), then `seq`, the order's tie-breaker. Most documents tie on
 * "nobody"; without `seq` in the index, the page that starts with the unassigned sorted all of them
 * (30 ms at 100,000). `documents_by_assignee_order` was that index before this migration was
 * released, and is dropped. Idempotent: running it again changes nothing.
 */
import type Database from 'better-sqlite3';

/**
 * The "Assigned" order: by name ignoring ASCII case, the unassigned last going up (U+10FFFF sorts
 * after every name), as one value a page cursor can hold.
 */
export const DOCUMENT_ASSIGNEE_ORDER_SQL = 'coalesce(assignee, char(1114111)) COLLATE NOCASE';

export function up(db: Database.Database): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('documents')").all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === 'assignee')) db.exec('ALTER TABLE documents ADD COLUMN assignee TEXT');
  db.exec(`
    DROP INDEX IF EXISTS documents_by_assignee_order;
    CREATE INDEX IF NOT EXISTS documents_by_assignee ON documents(assignee, updated_at, status, format);
    CREATE INDEX IF NOT EXISTS documents_by_assignee_then_seq ON documents(${DOCUMENT_ASSIGNEE_ORDER_SQL}, seq, status, format, updated_at);
  `);
}
