/**
 * Migration: indexes for the paged library (repos/library.ts) and claims desk.
 *
 * Design notes:
 * - A document row holds its whole text, so any column stored after `text` (status, timestamps)
 *   sits on overflow pages: sorting or filtering 100,000 documents by reading rows would read the
 *   library. Each order the library offers has an index, and each index also carries `status`,
 *   `format` and `updated_at`, so a filtered page and its count are answered from the index alone.
 * - The status order (new, in review, reviewed) is an expression; the index is on the same
 *   expression as `SORT_EXPRESSIONS.status` so the planner uses it.
 * - Claims: the desk sorts by age (annotation creation), last change and status order, and counts
 *   per status; each order has an index it can walk, so its first page needs no sort of every claim.
 */
import type Database from 'better-sqlite3';
import { CLAIM_STATUSES } from '../../../shared/types';

/** The claims desk's status order (repos/claims-page.ts sorts by the same expression). */
export const CLAIM_STATUS_ORDER_SQL = `(CASE status ${CLAIM_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END)`;

const CARRIED = 'status, format, updated_at';

export function up(db: Database.Database): void {
  db.exec(`
    CREATE INDEX documents_by_updated ON documents(updated_at, ${CARRIED});
    CREATE INDEX documents_by_created ON documents(created_at, ${CARRIED});
    CREATE INDEX documents_by_title ON documents(title COLLATE NOCASE, ${CARRIED});
    CREATE INDEX documents_by_source ON documents(source COLLATE NOCASE, ${CARRIED});
    CREATE INDEX documents_by_status_order ON documents((CASE status WHEN 'new' THEN 0 WHEN 'in_review' THEN 1 ELSE 2 END), ${CARRIED});
    CREATE INDEX documents_by_status ON documents(status, updated_at, format);
    CREATE INDEX documents_by_format ON documents(format, ${CARRIED});
    CREATE INDEX documents_by_length ON documents(text_length, ${CARRIED});
    CREATE INDEX claims_by_updated ON claims(updated_at, status);
    CREATE INDEX claims_by_status_order ON claims(${CLAIM_STATUS_ORDER_SQL});
    CREATE INDEX annotations_by_created ON annotations(created_at);
  `);
}
