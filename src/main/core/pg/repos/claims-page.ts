/**
 * The claims desk's paged query on PostgreSQL: the same answers as repos/claims-page.ts — the page in
 * any of the desk's orders with the same tie-breakers, the true total, and the count of each status
 * in scope (the toggles and the chart). Two round trips: the counts, then the page with its full
 * rows (the order runs over the narrow columns in a CTE; only the page's rows are widened).
 *
 * SQLite's `COLLATE NOCASE` is `lower()` on the "C"-collated columns (ASCII-only folding, as NOCASE)
 * and its rowid is `seq`. Words match as SQLite's `instr(lower(…))`: ASCII case folded, nothing else.
 */
import type { ClaimsPage, ParsedClaimsPageRequest } from '../../../../shared/claims-query';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../../shared/types';
import { CLAIM_STATUS_ORDER_SQL } from '../../db/migration-library-indexes';
import { overviewFromRow, type OverviewRow } from '../../repos/claims';
import { TITLE_ORDER_SQL } from '../migrations/migration-001-initial';
import { ASSIGNEE_ORDER_SQL, QUOTE_ORDER_SQL } from '../migrations/migration-003-claims-desk-indexes';
import type { PgRepo } from '../types';
import { PG_OVERVIEW_COLUMNS } from './claims';

const FROM = 'claims c JOIN annotations a ON a.id = c.annotation_id JOIN documents d ON d.id = a.document_id';
/** The same expression as the index claims_by_status_order, so the order walks that index. */
const STATUS_ORDER = CLAIM_STATUS_ORDER_SQL.replace('CASE status', 'CASE c.status');
/** What the words filter searches, one line each (SQLite: quote, title, assignee, verdict joined by char(10)). */
const SEARCHED = `lower(a.quote || chr(10) || d.title || chr(10) || coalesce(c.assignee, '') || chr(10) || c.verdict)`;

/** One key of an order: an SQL expression and whether it goes up. */
interface Term {
  sql: string;
  up: boolean;
}

/** The title order's keys (an indexed prefix, then the whole title; see TITLE_ORDER_SQL). */
const TITLE_KEYS = TITLE_ORDER_SQL.split(/,\s*(?![^()]*\))/);
/** Document order (title, then position in the text), always going up: the tie-breaker of claim text. */
const DOCUMENT_ORDER: Term[] = [...TITLE_KEYS, 'd.id', 'a.start_offset', 'a.id'].map((sql) => ({ sql, up: true }));
/** How many sources a claim has. */
const SOURCE_COUNT = '(SELECT COUNT(*) FROM claim_sources s WHERE s.annotation_id = c.annotation_id)';

/**
 * The keys of an order, as repos/claims-page.ts orders (see its note): `age` grows as creation time
 * falls; unassigned claims sort last going up; every order ends on a unique key.
 */
function orderOf(key: ParsedClaimsPageRequest['sort'], direction: 'asc' | 'desc'): Term[] {
  const up = direction === 'asc';
  const all = (sqls: string[], goingUp = up) => sqls.map((sql) => ({ sql, up: goingUp }));
  switch (key) {
    case 'claim':
      return [...QUOTE_ORDER_SQL.map((sql) => ({ sql, up })), ...DOCUMENT_ORDER];
    case 'document':
      return all([...TITLE_KEYS, 'd.id', 'a.start_offset', 'a.id']);
    case 'status':
      return all([STATUS_ORDER, 'c.seq']);
    case 'age':
      return all(['a.created_at', 'a.seq'], !up);
    case 'assignee':
      return all(['(c.assignee IS NULL)', ASSIGNEE_ORDER_SQL, 'c.seq']);
    case 'sources':
      return all([SOURCE_COUNT, 'c.seq']);
    case 'updated':
      return all(['c.updated_at', 'c.seq']);
  }
}

function orderBySql(order: Term[]): string {
  return order.map((t) => `${t.sql} ${t.up ? 'ASC' : 'DESC'}`).join(', ');
}

/**
 * Rows after the anchor row `k` (its keys as k0, k1, …) in `order`: the first key beyond it, or
 * equal and the second beyond, and so on (each key in its own direction).
 */
function afterSql(order: Term[]): string {
  const ors = order.map((term, i) => {
    const ands = order.slice(0, i).map((t, j) => `${t.sql} = k.k${j}`);
    return `(${[...ands, `${term.sql} ${term.up ? '>' : '<'} k.k${i}`].join(' AND ')})`;
  });
  return `(${ors.join(' OR ')})`;
}

/** Claims without sources. */
const NO_SOURCES = 'NOT EXISTS (SELECT 1 FROM claim_sources s WHERE s.annotation_id = c.annotation_id)';

/**
 * The ids of one page in the sources order (count, then stored order) without counting every claim's
 * sources: the claims without any walked in stored order, merged with the few that have some sorted
 * by their count — the first `offset + limit` of each part is all the merge needs. As SQLite's desk.
 */
function sourcesPageSql(from: string, where: string, up: boolean, limit: string, offset: string): string {
  const dir = up ? 'ASC' : 'DESC';
  return `SELECT id FROM (
      (SELECT c.annotation_id AS id, 0::bigint AS n, c.seq FROM ${from} WHERE ${where} AND ${NO_SOURCES}
       ORDER BY c.seq ${dir} LIMIT ${limit} + ${offset})
      UNION ALL
      (SELECT c.annotation_id, sc.n, c.seq FROM ${from}
         JOIN (SELECT annotation_id, COUNT(*) AS n FROM claim_sources GROUP BY annotation_id) sc ON sc.annotation_id = c.annotation_id
       WHERE ${where} ORDER BY sc.n ${dir}, c.seq ${dir} LIMIT ${limit} + ${offset})
    ) u ORDER BY n ${dir}, seq ${dir} LIMIT ${limit} OFFSET ${offset}`;
}

/** The document and words filters (the scope the status counts describe), numbering parameters from $1. */
function scope(request: ParsedClaimsPageRequest): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (request.documentId) sql.push(`a.document_id = $${params.push(request.documentId)}`);
  if (request.assignee !== null) sql.push(`c.assignee = $${params.push(request.assignee)}`);
  for (const word of request.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 16)) {
    sql.push(`strpos(${SEARCHED}, $${params.push(word)}) > 0`);
  }
  return { sql, params };
}

export const claimsPage: PgRepo<'claimsPage'> = {
  async pageClaims(q, request) {
    const scoped = scope(request);
    const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
    // Each status's count in scope and the library's total, in one round trip.
    const grouped = scoped.sql.length
      ? `SELECT c.status, COUNT(*)::int AS n FROM ${FROM} WHERE ${scoped.sql.join(' AND ')} GROUP BY c.status`
      : 'SELECT status, COUNT(*)::int AS n FROM claims GROUP BY status';
    const { rows: tallies } = await q.query<{ counts: Partial<Record<ClaimStatus, number>> | null; library_total: number }>(
      `SELECT (SELECT json_object_agg(g.status, g.n) FROM (${grouped}) g) AS counts, (SELECT COUNT(*)::int FROM claims) AS library_total`,
      scoped.params,
    );
    for (const [status, n] of Object.entries(tallies[0].counts ?? {})) if (status in counts) counts[status as ClaimStatus] = n;
    const libraryTotal = tallies[0].library_total;

    const where = [...scoped.sql];
    const params = [...scoped.params];
    if (request.statuses.length) where.push(`c.status IN (${request.statuses.map((s) => `$${params.push(s)}`).join(', ')})`);
    const total = request.statuses.length
      ? request.statuses.reduce((n, s) => n + counts[s], 0)
      : Object.values(counts).reduce((n, c) => n + c, 0);
    const order = orderOf(request.sort, request.direction);
    // Claims after a given one in this order (the desk's "next unverified"): a keyset on its keys,
    // read in the same query; a claim that no longer exists is ignored.
    const anchor = request.after
      ? `anchor AS (SELECT ${order.map((t, i) => `${t.sql} AS k${i}`).join(', ')} FROM ${FROM} WHERE c.annotation_id = $${params.push(request.after)}),`
      : '';
    if (request.after) where.push(`(NOT EXISTS (SELECT 1 FROM anchor) OR EXISTS (SELECT 1 FROM anchor k WHERE ${afterSql(order)}))`);
    const limit = `$${params.push(request.limit)}::bigint`;
    const offset = `$${params.push(request.offset)}::bigint`;
    // Every claim has its annotation and document (foreign keys): an order and filters on the claim
    // alone need not join them to find the page.
    const whereSql = where.length ? where.join(' AND ') : 'true';
    const from = /\b[ad]\./.test(`${whereSql} ${orderBySql(order)}`) ? FROM : 'claims c';
    const pageSql =
      request.sort === 'sources' && !request.after
        ? sourcesPageSql(from, whereSql, request.direction === 'asc', limit, offset)
        : `SELECT c.annotation_id AS id FROM ${from} WHERE ${whereSql} ORDER BY ${orderBySql(order)} LIMIT ${limit} OFFSET ${offset}`;
    // The order runs over the narrow columns; only the page's rows then get everything (and are put
    // in the same order again: every order ends on a unique key, so it is the page's order).
    const { rows } = await q.query<OverviewRow>(
      `WITH ${anchor} page AS (${pageSql}
       )
       SELECT ${PG_OVERVIEW_COLUMNS}
       FROM page JOIN claims c ON c.annotation_id = page.id JOIN annotations a ON a.id = c.annotation_id
         JOIN documents d ON d.id = a.document_id
       ORDER BY ${orderBySql(order)}`,
      params,
    );
    return { rows: rows.map(overviewFromRow), total, counts, libraryTotal, offset: request.offset };
  },

  async documentsWithClaims(q, limit) {
    const { rows } = await q.query<{ id: string; title: string }>(
      `SELECT d.id AS id, d.title AS title FROM documents d
       WHERE EXISTS (SELECT 1 FROM annotations a JOIN claims c ON c.annotation_id = a.id WHERE a.document_id = d.id)
       ORDER BY ${TITLE_ORDER_SQL}, d.id LIMIT $1`,
      [limit],
    );
    return rows;
  },
};
