/**
 * PostgreSQL migration 5: documents are assigned to people, as SQLite's migration 10 — the
 * `assignee` column (a person's name, NULL when nobody has the document), an index for "My queue"
 * and the assignee filter (the name, then the default order), and one for the "Assigned" column's
 * order (DOCUMENT_ASSIGNEE_ORDER_SQL, the key pg/repos/library.ts sorts by). Idempotent.
 */
import type { Queryable } from '../types';

/** The "Assigned" order's key: SQLite's `coalesce(assignee, char(1114111)) COLLATE NOCASE` (unassigned last going up). */
export const DOCUMENT_ASSIGNEE_ORDER_SQL = 'lower(coalesce(assignee, chr(1114111)))';

export async function up(q: Queryable): Promise<void> {
  await q.query(`
    ALTER TABLE documents ADD COLUMN IF NOT EXISTS assignee text COLLATE "C";
    CREATE INDEX IF NOT EXISTS documents_by_assignee ON documents(assignee, updated_at, seq);
    CREATE INDEX IF NOT EXISTS documents_by_assignee_order ON documents(${DOCUMENT_ASSIGNEE_ORDER_SQL}, seq);
  `);
}
