/**
 * The claims desk's paged query: claims across the library narrowed by status, document and words,
 * in any of the desk's orders, one page at a time, with the true total and the count of each status
 * in scope from one GROUP BY. Only the page's rows get their full columns (quote, sources count).
 *
 * Every order walks an index for its first key, so a page of 100,000 claims reads about a page's
 * worth of rows instead of sorting every claim: claim text (annotations_by_quote), document
 * (documents_by_title, then annotations_by_document), status, age, last change and assignee (their
 * claims indexes). Ties break by document order (claim text, document) or by when the claim was
 * stored (the rest), the row order of the index walked. The sources order has no index (a count):
 * claims without sources come in stored order, and the few with sources are sorted apart.
 */
import type Database from 'better-sqlite3';
import type { ClaimsPage, ParsedClaimsPageRequest } from '../../../shared/claims-query';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/types';
import { stmt } from '../db/sql';
import { CLAIM_STATUS_ORDER_SQL } from '../db/migration-library-indexes';
import { ASSIGNEE_ORDER_SQL } from '../db/migration-008-claims-desk-indexes';
import { OVERVIEW_COLUMNS, overviewFromRow, type OverviewRow } from './claims';

const FROM = 'claims c JOIN annotations a ON a.id = c.annotation_id JOIN documents d ON d.id = a.document_id';
/**
 * The same join with its loops in a fixed order (a CROSS JOIN keeps its left table outside), so the
 * outer table's index gives the order: left to itself, SQLite may start from claims and sort them all.
 */
const FROM_ANNOTATIONS = 'annotations a CROSS JOIN claims c ON c.annotation_id = a.id JOIN documents d ON d.id = a.document_id';
const FROM_DOCUMENTS = 'documents d CROSS JOIN annotations a ON a.document_id = d.id CROSS JOIN claims c ON c.annotation_id = a.id';
const FROM_CLAIMS = 'claims c CROSS JOIN annotations a ON a.id = c.annotation_id CROSS JOIN documents d ON d.id = a.document_id';
/** The claims walked in the order of one of their indexes: named, or a status filter would have SQLite read claims_by_status and sort. */
const claimsBy = (index: string) => FROM_CLAIMS.replace('claims c', `claims c INDEXED BY ${index}`);
/**
 * Up to this many matching claims are sorted as they are found; more are read in the order of an
 * index, which then stops after the page (finding the page costs about the page size × claims per match).
 */
const SORT_AT_MOST = 2000;
/** The same expression as the index claims_by_status_order, so the order walks that index. */
const STATUS_ORDER = CLAIM_STATUS_ORDER_SQL.replace('CASE status', 'CASE c.status');
/** The same expressions as the index claims_by_assignee: unassigned last going up, then by name. */
const ASSIGNEE_ORDER = ['(c.assignee IS NULL)', ASSIGNEE_ORDER_SQL.replace('assignee', 'c.assignee')];
/** How many sources a claim has. */
const SOURCE_COUNT = '(SELECT COUNT(*) FROM claim_sources s WHERE s.annotation_id = c.annotation_id)';

/** One key of an order: an SQL expression and whether it goes up. */
interface Term {
  sql: string;
  up: boolean;
}

/** An order: its keys, and the join whose outer loop walks the index of the first key. */
interface Order {
  terms: Term[];
  from: string;
}

/** Document order (title, then position in the text), always going up: the tie-breaker of claim text. */
const DOCUMENT_ORDER: Term[] = ['d.title COLLATE NOCASE', 'd.id', 'a.start_offset', 'a.id'].map((sql) => ({ sql, up: true }));

/** The order for a key and direction; `age` grows as creation time falls. */
function orderOf(key: ParsedClaimsPageRequest['sort'], direction: 'asc' | 'desc'): Order {
  const up = direction === 'asc';
  const all = (sqls: string[], goingUp = up) => sqls.map((sql) => ({ sql, up: goingUp }));
  switch (key) {
    case 'claim':
      return { terms: [{ sql: 'a.quote COLLATE NOCASE', up }, ...DOCUMENT_ORDER], from: FROM_ANNOTATIONS };
    case 'document':
      return { terms: all(['d.title COLLATE NOCASE', 'd.id', 'a.start_offset', 'a.id']), from: FROM_DOCUMENTS };
    case 'status':
      return { terms: all([STATUS_ORDER, 'c.rowid']), from: claimsBy('claims_by_status_order') };
    case 'age':
      return { terms: all(['a.created_at', 'a.rowid'], !up), from: FROM_ANNOTATIONS.replace('annotations a', 'annotations a INDEXED BY annotations_by_created') };
    case 'assignee':
      return { terms: all([...ASSIGNEE_ORDER, 'c.rowid']), from: claimsBy('claims_by_assignee') };
    case 'sources':
      return { terms: all([SOURCE_COUNT, 'c.rowid']), from: FROM_CLAIMS };
    case 'updated':
      return { terms: all(['c.updated_at', 'c.rowid']), from: claimsBy('claims_by_updated') };
  }
}

function orderBySql(order: Order): string {
  return order.terms.map((t) => `${t.sql} ${t.up ? 'ASC' : 'DESC'}`).join(', ');
}

/**
 * Rows after the one whose keys are `values` in `order`: the first key beyond it, or equal and the
 * second beyond, and so on (each key in its own direction).
 */
function afterSql(order: Order, values: unknown[]): { sql: string; params: unknown[] } {
  const ors: string[] = [];
  const params: unknown[] = [];
  order.terms.forEach((term, i) => {
    const ands = order.terms.slice(0, i).map((t) => `${t.sql} = ?`);
    params.push(...values.slice(0, i), values[i]);
    ors.push(`(${[...ands, `${term.sql} ${term.up ? '>' : '<'} ?`].join(' AND ')})`);
  });
  return { sql: `(${ors.join(' OR ')})`, params };
}

/** The document and words filters (the scope the status counts describe). */
function scope(request: ParsedClaimsPageRequest): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (request.documentId) {
    sql.push('a.document_id = ?');
    params.push(request.documentId);
  }
  if (request.assignee !== null) {
    sql.push('c.assignee = ?');
    params.push(request.assignee);
  }
  for (const word of request.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 16)) {
    sql.push("instr(lower(a.quote || char(10) || d.title || char(10) || coalesce(c.assignee, '') || char(10) || c.verdict), ?) > 0");
    params.push(word);
  }
  return { sql, params };
}

/** The ids of one page in `order`, claims matching `where` (`from` chosen by the caller). */
function pageIds(db: Database.Database, from: string, order: Order, where: string[], params: unknown[], limit: number, offset: number): string[] {
  return stmt<unknown[], { id: string }>(
    db,
    `SELECT c.annotation_id AS id FROM ${from} WHERE ${where.length ? where.join(' AND ') : '1'}
     ORDER BY ${orderBySql(order)} LIMIT ? OFFSET ?`,
  )
    .all(...params, limit, offset)
    .map((r) => r.id);
}

/**
 * One page in the sources order without counting every claim's sources: the claims without any come
 * in stored order (a walk of claims), those with some (few: only they have rows in claim_sources)
 * sorted by their count; going up the claims without sources come first, going down last.
 */
function sourcesPageIds(
  db: Database.Database,
  from: string,
  up: boolean,
  where: string[],
  params: unknown[],
  total: number,
  limit: number,
  offset: number,
): string[] {
  const dir = up ? 'ASC' : 'DESC';
  const sourcedFrom = `(SELECT annotation_id, COUNT(*) AS n FROM claim_sources GROUP BY annotation_id) s
    CROSS JOIN claims c ON c.annotation_id = s.annotation_id CROSS JOIN annotations a ON a.id = c.annotation_id CROSS JOIN documents d ON d.id = a.document_id`;
  const scoped = where.length ? where.join(' AND ') : '1';
  const sourced = () =>
    stmt<unknown[], { n: number }>(db, `SELECT COUNT(*) AS n FROM ${sourcedFrom} WHERE ${scoped}`).get(...params)!.n;
  const some = (take: number, skip: number) =>
    take <= 0
      ? []
      : stmt<unknown[], { id: string }>(db, `SELECT c.annotation_id AS id FROM ${sourcedFrom} WHERE ${scoped} ORDER BY s.n ${dir}, c.rowid ${dir} LIMIT ? OFFSET ?`)
          .all(...params, take, skip)
          .map((r) => r.id);
  const none = (take: number, skip: number) =>
    take <= 0
      ? []
      : pageIds(db, from, { terms: [{ sql: 'c.rowid', up }], from }, [...where, 'NOT EXISTS (SELECT 1 FROM claim_sources s WHERE s.annotation_id = c.annotation_id)'], params, take, skip);
  const withSources = sourced();
  const [first, second] = up
    ? [{ take: none, size: total - withSources }, { take: some, size: withSources }]
    : [{ take: some, size: withSources }, { take: none, size: total - withSources }];
  const ids = offset < first.size ? first.take(limit, offset) : [];
  return [...ids, ...second.take(limit - ids.length, Math.max(0, offset - first.size))];
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

  const order = orderOf(request.sort, request.direction);
  // A few claims (one document's, a rare status) are sorted at once; walking an order's index to find
  // them would read every claim.
  const from = request.documentId || total <= SORT_AT_MOST ? FROM : order.from;
  let ids: string[];
  if (request.after) {
    // Claims after a given one in this order (the desk's "next unverified"): keyset on its keys.
    const keys = stmt<[string], Record<string, unknown>>(
      db,
      `SELECT ${order.terms.map((t, i) => `${t.sql} AS k${i}`).join(', ')} FROM ${FROM} WHERE c.annotation_id = ?`,
    ).get(request.after);
    if (keys) {
      const after = afterSql(
        order,
        order.terms.map((_, i) => keys[`k${i}`]),
      );
      ids = pageIds(db, from, order, [...where, after.sql], [...params, ...after.params], request.limit, request.offset);
    } else ids = pageIds(db, from, order, where, params, request.limit, request.offset);
  } else if (request.sort === 'sources') {
    ids = sourcesPageIds(db, from, request.direction === 'asc', where, params, total, request.limit, request.offset);
  } else {
    ids = pageIds(db, from, order, where, params, request.limit, request.offset);
  }
  if (ids.length === 0) return { rows: [], total, counts, libraryTotal, offset: request.offset };
  // The order ran over the narrow columns; the page's rows now get everything.
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
