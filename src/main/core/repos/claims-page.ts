/**
 * The claims desk's paged query: claims across the library narrowed by status, document and words,
 * in any of the desk's orders, one page at a time, with the true total and the count of each status
 * in scope from one GROUP BY. Only the page's rows get their full columns (quote, sources count).
 */
import type Database from 'better-sqlite3';
import type { ClaimsPage, ParsedClaimsPageRequest } from '../../../shared/claims-query';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/types';
import { stmt } from '../db/sql';
import { CLAIM_STATUS_ORDER_SQL } from '../db/migration-library-indexes';
import { OVERVIEW_COLUMNS, overviewFromRow, type OverviewRow } from './claims';

const FROM = 'claims c JOIN annotations a ON a.id = c.annotation_id JOIN documents d ON d.id = a.document_id';
/** The same expression as the index claims_by_status_order, so the order walks that index. */
const STATUS_ORDER = CLAIM_STATUS_ORDER_SQL.replace('CASE status', 'CASE c.status');
/** Document order: the tie-breaker of every sort (title, then position in the text). */
const DOCUMENT_ORDER = 'd.title COLLATE NOCASE, d.id, a.start_offset, a.id';

/**
 * ORDER BY for a key and direction; `age` grows as creation time falls. Unassigned claims sort last
 * going up. Age, last change and status break ties by when the claim was stored (the row order of the
 * index they walk: a page of 100,000 claims in under a millisecond); the other orders by document
 * order, sorting every match.
 */
function orderBy(key: ParsedClaimsPageRequest['sort'], direction: 'asc' | 'desc'): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  const flip = direction === 'asc' ? 'DESC' : 'ASC';
  switch (key) {
    case 'claim':
      return `a.quote COLLATE NOCASE ${dir}, ${DOCUMENT_ORDER}`;
    case 'document':
      return `d.title COLLATE NOCASE ${dir}, d.id ${dir}, a.start_offset ${dir}, a.id ${dir}`;
    case 'status':
      return `${STATUS_ORDER} ${dir}, c.rowid ${dir}`;
    case 'age':
      return `a.created_at ${flip}, a.rowid ${flip}`;
    case 'assignee':
      return `(c.assignee IS NULL) ${dir}, c.assignee COLLATE NOCASE ${dir}, ${DOCUMENT_ORDER}`;
    case 'sources':
      return `(SELECT COUNT(*) FROM claim_sources s WHERE s.annotation_id = c.annotation_id) ${dir}, ${DOCUMENT_ORDER}`;
    case 'updated':
      return `c.updated_at ${dir}, c.rowid ${dir}`;
  }
}

/** The document and words filters (the scope the status counts describe). */
function scope(request: ParsedClaimsPageRequest): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (request.documentId) {
    sql.push('a.document_id = ?');
    params.push(request.documentId);
  }
  for (const word of request.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 16)) {
    sql.push("instr(lower(a.quote || char(10) || d.title || char(10) || coalesce(c.assignee, '') || char(10) || c.verdict), ?) > 0");
    params.push(word);
  }
  return { sql, params };
}

/** One page of the claims desk; see the module note. */
export function pageClaims(db: Database.Database, request: ParsedClaimsPageRequest): ClaimsPage {
  const scoped = scope(request);
  const scopeWhere = scoped.sql.length ? scoped.sql.join(' AND ') : '1';
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  const grouped = scoped.sql.length
    ? stmt<unknown[], { status: ClaimStatus; n: number }>(db, `SELECT c.status AS status, COUNT(*) AS n FROM ${FROM} WHERE ${scopeWhere} GROUP BY c.status`).all(...scoped.params)
    : stmt<[], { status: ClaimStatus; n: number }>(db, 'SELECT status, COUNT(*) AS n FROM claims GROUP BY status').all();
  for (const { status, n } of grouped) counts[status] = n;
  const libraryTotal = stmt<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM claims').get()!.n;

  const where = [...scoped.sql];
  const params = [...scoped.params];
  if (request.statuses.length) {
    where.push(`c.status IN (${request.statuses.map(() => '?').join(', ')})`);
    params.push(...request.statuses);
  }
  const total = request.statuses.length
    ? request.statuses.reduce((n, s) => n + counts[s], 0)
    : Object.values(counts).reduce((n, c) => n + c, 0);
  // The order runs over the narrow columns; the page's rows then get everything.
  const ids = stmt<unknown[], { id: string }>(
    db,
    `SELECT c.annotation_id AS id FROM ${FROM} WHERE ${where.length ? where.join(' AND ') : '1'}
     ORDER BY ${orderBy(request.sort, request.direction)} LIMIT ? OFFSET ?`,
  )
    .all(...params, request.limit, request.offset)
    .map((r) => r.id);
  if (ids.length === 0) return { rows: [], total, counts, libraryTotal, offset: request.offset };
  const byId = new Map(
    (
      db.prepare(`SELECT ${OVERVIEW_COLUMNS} FROM ${FROM} WHERE c.annotation_id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as OverviewRow[]
    ).map((row) => [row.id, overviewFromRow(row)]),
  );
  return { rows: ids.map((id) => byId.get(id)!).filter(Boolean), total, counts, libraryTotal, offset: request.offset };
}

/** Documents that have claims, by title (the desk's document filter); at most `limit`. */
export function documentsWithClaims(db: Database.Database, limit: number): Array<{ id: string; title: string }> {
  return stmt<[number], { id: string; title: string }>(
    db,
    `SELECT d.id AS id, d.title AS title FROM documents d
     WHERE EXISTS (SELECT 1 FROM annotations a JOIN claims c ON c.annotation_id = a.id WHERE a.document_id = d.id)
     ORDER BY d.title COLLATE NOCASE, d.id LIMIT ?`,
  ).all(limit);
}
