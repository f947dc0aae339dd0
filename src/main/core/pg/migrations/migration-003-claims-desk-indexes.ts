/**
 * PostgreSQL migration 3: the indexes the claims desk walks when it sorts by claim text or by
 * assignee (pg/repos/claims-page.ts; SQLite's migration 8), and the claims in stored order (the
 * sources order walks the claims without sources that way, as SQLite walks its rowid), so the first page of 50,000 claims in
 * those orders reads a page's worth of index entries instead of sorting every claim (≈ 350 ms → 2–9 ms
 * on a loaded machine). The claim text index holds the first 255 characters, lower-cased as SQLite's
 * NOCASE folds (see migration 1 on prefixes); the order sorts by that prefix, then the whole text.
 */
import type { Queryable } from '../types';

/** The claim-text order's keys, as SQLite's `a.quote COLLATE NOCASE` (with `a.` as the annotations alias). */
export const QUOTE_ORDER_SQL = ['lower(left(a.quote, 255))', 'lower(a.quote)'];
/** The assignee order's keys after "unassigned last" and before the stored order (SQLite's `coalesce(assignee, '') COLLATE NOCASE`). */
export const ASSIGNEE_ORDER_SQL = "lower(coalesce(c.assignee, ''))";

export async function up(q: Queryable): Promise<void> {
  await q.query(`
    CREATE INDEX IF NOT EXISTS annotations_by_quote ON annotations(${QUOTE_ORDER_SQL[0].replace('a.', '')});
    CREATE INDEX IF NOT EXISTS claims_by_assignee ON claims((assignee IS NULL), ${ASSIGNEE_ORDER_SQL.replace('c.', '')}, seq);
    CREATE INDEX IF NOT EXISTS claims_by_seq ON claims(seq);
  `);
}
