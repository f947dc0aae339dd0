/**
 * The library's paged queries on PostgreSQL, answering as repos/library.ts does: one page of
 * document summaries in any order the library offers, narrowed by status, format, date and a
 * full-text query, with the true number of matches counted apart from the page.
 *
 * Search runs on the `document_search` table (PostgreSQL migration 7: a document's vectors, keyed by
 * its seq and written only with its title or text; search-query.ts turns the user's words into a
 * tsquery). A hit's vector is TOASTed (~8 kB for a news piece), so the queries avoid reading
 * vectors in bulk: counts go through the GIN index alone (copydesk_search_hits), a sorted page walks
 * its order's index and tests only the rows it passes, and a word in more than RANK_ALL_LIMIT
 * documents ranks its title hits by the title's own vector (`title_search`) and lists the rest newest
 * first. Only the page's rows get summaries and snippets (repos/snippet.ts, as on SQLite). Orders,
 * ties (always `seq`) and cursors are the SQLite module's, so a page means the same on both stores;
 * only the relevance scores differ (bm25 there, ts_rank_cd here, title above text in both).
 * A phrase goes through the index of consecutive word pairs (PostgreSQL migration 6, `hits` below):
 * GIN keeps no positions, so otherwise every document holding all its words has its vector read.
 */
import { libraryPageRequest, type LibraryPageRow, type LibrarySortKey, type ParsedLibraryFilter, type ParsedLibraryPageRequest } from '../../../../shared/library-query';
import { ApiError } from '../../../../shared/result';
import { summaryFromRow } from '../../repos/documents';
import { SNIPPET_TOKENS } from '../../repos/search';
import { snippetOf, termsOfMatch } from '../../repos/snippet';
import { DOCUMENT_STATUS_ORDER_SQL } from '../migrations/migration-001-initial';
import { recordedPgSchemaVersion } from '../migrations/migrations';
import type { PgRepo, Queryable } from '../types';
import { PG_SUMMARY_COLUMNS, type PgSummaryRow } from './documents';
import { parseSearch, RANK_WEIGHTS, runSearch, type Search } from './search-query';

/** The parameters of one statement: `p(value)` appends a value and answers its placeholder. */
class Params {
  readonly values: unknown[] = [];
  p(value: unknown, cast = ''): string {
    return `$${this.values.push(value)}${cast}`;
  }
}

/**
 * Each order: the value a cursor holds (`value`, what SQLite's sort expression answers) and the
 * keys rows are sorted by, for a row's column or for a cursor's value. Titles and sources sort as
 * SQLite's NOCASE (lower() on a "C" column folds ASCII only) by the indexed 255-character prefix
 * first, which gives the same order as the whole value and lets the planner walk the index.
 */
const SORTS: Record<Exclude<LibrarySortKey, 'relevance'>, { value: string; cast: string; keys: (v: string) => string[] }> = {
  title: { value: 'd.title', cast: '::text COLLATE "C"', keys: (v) => [`lower(left(${v}, 255))`, `lower(${v})`] },
  source: { value: 'd.source', cast: '::text COLLATE "C"', keys: (v) => [`lower(left(${v}, 255))`, `lower(${v})`] },
  status: { value: DOCUMENT_STATUS_ORDER_SQL.replace('status', 'd.status'), cast: '::int', keys: (v) => [v] },
  format: { value: 'd.format', cast: '::text COLLATE "C"', keys: (v) => [v] },
  length: { value: 'd.text_length', cast: '::int', keys: (v) => [v] },
  created: { value: 'd.created_at', cast: '::text COLLATE "C"', keys: (v) => [v] },
  updated: { value: 'd.updated_at', cast: '::text COLLATE "C"', keys: (v) => [v] },
  // The key of documents_by_assignee_order (pg migration 5); the value is SQLite's (U+10FFFF for nobody).
  assignee: { value: 'coalesce(d.assignee, chr(1114111))', cast: '::text COLLATE "C"', keys: (v) => [`lower(${v})`] },
};

/** The search vectors of `documents AS d`, as `s` (migration 7), for a query that tests or ranks them. */
const WITH_VECTORS = 'documents d JOIN document_search s ON s.seq = d.seq';

/** The WHERE clauses over `documents AS d` for the filter without its query ('TRUE' when none). */
function filterWhere(filter: ParsedLibraryFilter, params: Params): string {
  const clauses: string[] = [];
  if (filter.status) clauses.push(filter.status.length ? `d.status = ANY(${params.p(filter.status, '::text[]')})` : 'FALSE');
  if (filter.format) clauses.push(filter.format.length ? `d.format = ANY(${params.p(filter.format, '::text[]')})` : 'FALSE');
  if (filter.updatedFrom) clauses.push(`d.updated_at >= ${params.p(new Date(filter.updatedFrom).toISOString())}`);
  if (filter.updatedBefore) clauses.push(`d.updated_at < ${params.p(new Date(filter.updatedBefore).toISOString())}`);
  // `mine` is resolved to a name by the handler (handlers/library.ts) before a filter gets here.
  if (filter.assignee === null) clauses.push('d.assignee IS NULL');
  else if (filter.assignee !== undefined) clauses.push(`d.assignee = ${params.p(filter.assignee)}`);
  return clauses.length ? clauses.join(' AND ') : 'TRUE';
}

/** Decoded `after` cursor: the last row's sort value and seq, or an offset (relevance order). */
type Cursor = { v: string | number; s: number } | { o: number };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (value && typeof value === 'object') {
      const c = value as Record<string, unknown>;
      if (typeof c.o === 'number' && Number.isInteger(c.o) && c.o >= 0) return { o: c.o };
      if ((typeof c.v === 'string' || typeof c.v === 'number') && typeof c.s === 'number') return { v: c.v, s: c.s };
    }
  } catch {
    // fall through to the error below
  }
  throw new ApiError('invalid_input', 'That page position is no longer valid; reload the list.');
}

/**
 * Whether the search's phrases are answered by the pairs index alone: its phrases are all of two
 * words. A phrase of three or more words needs positions, so it goes through the words' index and a
 * check of each candidate's vector, as before migration 6 (joined to the pairs' hits instead, the
 * planner read every document's vector: 770 ms for "the white whale" at 10,000 documents against 70).
 */
function byPairs(search: Search): boolean {
  return search.pairs !== '' && !search.rest.includes('<');
}

/** A statement answering the seqs of the documents matching `search` from the GIN indexes alone (words, two-word phrases). */
function hits(search: Search, params: Params): string {
  if (!byPairs(search)) return `SELECT h.seq FROM copydesk_search_hits(${params.p(search.tsquery, '::tsquery')}) AS h(seq)`;
  const pairs = `SELECT h.seq FROM copydesk_pair_hits(${params.p(search.pairs, '::tsquery')}) AS h(seq)`;
  if (!search.rest) return pairs;
  return `${pairs} INTERSECT SELECT w.seq FROM copydesk_search_hits(${params.p(search.rest, '::tsquery')}) AS w(seq)`;
}

/**
 * The condition "document `d` matches `search`": the vector tested row by row as the query walks an
 * order's index, except for two-word phrases, whose matches come from the pairs index (`hits`).
 */
function matches(search: Search, params: Params): string {
  return byPairs(search) ? `d.seq IN (${hits(search, params)})` : `s.search @@ ${params.p(search.tsquery, '::tsquery')}`;
}

/** The FROM of a query filtering by `matches(search)`: the vectors are joined only when it reads them. */
function tested(search: Search | null): string {
  return search && !byPairs(search) ? WITH_VECTORS : 'documents d';
}

/** How many documents match the filter and the parsed search (null: no query). */
async function count(q: Queryable, filter: ParsedLibraryFilter, search: Search | null): Promise<number> {
  const params = new Params();
  const where = filterWhere(filter, params);
  if (!search) {
    return (await q.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM documents d WHERE ${where}`, params.values)).rows[0].n;
  }
  if (!search.tsquery) return 0;
  // Counted through the GIN indexes (hits): with `d.search @@ q` the planner reads
  // every hit's TOASTed vector for a common word (5 s for 90,000 of 100,000 documents).
  const sql =
    where === 'TRUE'
      ? `SELECT COUNT(*)::int AS n FROM (${hits(search, params)}) AS h`
      : `SELECT COUNT(*)::int AS n FROM (${hits(search, params)}) AS h JOIN documents d ON d.seq = h.seq WHERE ${where}`;
  return runSearch(filter.query, async () => (await q.query<{ n: number }>(sql, params.values)).rows[0].n);
}

/**
 * Above this many matches, "relevance" stops ranking every hit, as on SQLite (repos/library.ts)
 * where the limit is 5,000: ts_rank_cd reads each hit's TOASTed vector (1,113 hits: 160 ms at
 * 100,000 documents on this loaded 2-core machine), so a word more common than this is ranked by
 * where it occurs instead — documents with it in the title first (ranked), then the rest newest first.
 */
const RANK_ALL_LIMIT = 2000;

/** One page of a very common word's hits: title hits ranked, then the others newest first. */
async function broadHits(q: Queryable, filter: ParsedLibraryFilter, search: Search, start: number, limit: number): Promise<Array<{ seq: number; v: number }>> {
  // The title's own index answers which hits have the words in their title (document_search_title_words).
  const counted = new Params();
  const titled = (
    await q.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM ${WITH_VECTORS} WHERE s.title_search @@ ${counted.p(search.tsquery, '::tsquery')} AND ${filterWhere(filter, counted)}`,
      counted.values,
    )
  ).rows[0].n;
  const page: Array<{ seq: number; v: number }> = [];
  if (start < titled) {
    const params = new Params();
    const tq = params.p(search.tsquery, '::tsquery');
    const { rows } = await q.query<{ seq: number | string; v: number }>(
      // Ranked by the title alone: its small vector sits in the row, where the whole vector would
      // be read from TOAST for each of thousands of title hits (0.5 s for "whale" at 100,000).
      `SELECT d.seq, ts_rank_cd(${RANK_WEIGHTS}, setweight(s.title_search, 'A'), ${tq}) AS v FROM ${WITH_VECTORS}
       WHERE s.title_search @@ ${tq} AND ${filterWhere(filter, params)}
       ORDER BY v DESC, d.seq DESC LIMIT ${params.p(limit)} OFFSET ${params.p(start)}`,
      params.values,
    );
    page.push(...rows.map((r) => ({ seq: Number(r.seq), v: r.v })));
  }
  if (page.length < limit) {
    const params = new Params();
    const tq = params.p(search.tsquery, '::tsquery');
    const { rows } = await q.query<{ seq: number | string }>(
      `SELECT d.seq FROM ${WITH_VECTORS}
       WHERE ${matches(search, params)} AND NOT s.title_search @@ ${tq} AND ${filterWhere(filter, params)}
       ORDER BY d.seq DESC LIMIT ${params.p(limit - page.length)} OFFSET ${params.p(Math.max(0, start - titled))}`,
      params.values,
    );
    page.push(...rows.map((r) => ({ seq: Number(r.seq), v: 0 })));
  }
  return page;
}

/** The seqs of one page, in order, and the sort value of each (for the next cursor). */
async function pageSeqs(
  q: Queryable,
  request: ParsedLibraryPageRequest,
  search: Search | null,
  offset: number,
  total: number,
): Promise<Array<{ seq: number; v: string | number }>> {
  if (search && !search.tsquery) return [];
  const after = request.after ? decodeCursor(request.after) : null;
  const params = new Params();
  const where = filterWhere(request, params);
  if (search && request.sort === 'relevance') {
    const start = after && 'o' in after ? after.o : offset;
    if (total > RANK_ALL_LIMIT && request.direction === 'desc') return broadHits(q, request, search, start, request.limit);
    const tq = params.p(search.tsquery, '::tsquery');
    const { rows } = await runSearch(request.query, () =>
      q.query<{ seq: number | string; v: number }>(
        `SELECT d.seq, ts_rank_cd(${RANK_WEIGHTS}, s.search, ${tq}) AS v FROM ${WITH_VECTORS}
         WHERE ${matches(search, params)} AND ${where}
         ORDER BY v ${request.direction === 'desc' ? 'DESC' : 'ASC'}, d.seq DESC LIMIT ${params.p(request.limit)} OFFSET ${params.p(start)}`,
        params.values,
      ),
    );
    return rows.map((r) => ({ seq: Number(r.seq), v: r.v }));
  }
  const sort = SORTS[request.sort === 'relevance' ? 'updated' : request.sort];
  const dir = request.direction === 'asc' ? 'ASC' : 'DESC';
  const clauses = [where];
  if (search) clauses.push(matches(search, params));
  let skip = offset;
  if (after) {
    if ('o' in after) skip = after.o;
    else {
      const v = params.p(after.v, sort.cast);
      clauses.push(`(${[...sort.keys(sort.value), 'd.seq'].join(', ')}) ${dir === 'ASC' ? '>' : '<'} (${[...sort.keys(v), params.p(after.s, '::bigint')].join(', ')})`);
      skip = 0;
    }
  }
  const order = [...sort.keys(sort.value), 'd.seq'].map((key) => `${key} ${dir}`).join(', ');
  const { rows } = await runSearch(request.query, () =>
    q.query<{ seq: number | string; v: string | number }>(
      `SELECT d.seq, ${sort.value} AS v FROM ${tested(search)} WHERE ${clauses.join(' AND ')}
       ORDER BY ${order} LIMIT ${params.p(request.limit)} OFFSET ${params.p(skip)}`,
      params.values,
    ),
  );
  return rows.map((r) => ({ seq: Number(r.seq), v: r.v }));
}

/** Summaries (and snippets when searching) of the given seqs, by seq (a seq deleted meanwhile is absent). */
async function rowsFor(q: Queryable, seqs: number[], search: Search | null): Promise<Map<number, LibraryPageRow>> {
  const bySeq = new Map<number, LibraryPageRow>();
  if (seqs.length === 0) return bySeq;
  const { rows } = await q.query<PgSummaryRow & { text?: string }>(
    `SELECT ${PG_SUMMARY_COLUMNS}${search ? ', d.text' : ''} FROM documents d WHERE d.seq = ANY($1::bigint[])`,
    [seqs],
  );
  const terms = search ? termsOfMatch(search.match) : [];
  for (const row of rows) {
    bySeq.set(Number(row.seq), search ? { document: summaryFromRow(row), snippet: snippetOf(row.text ?? '', terms, SNIPPET_TOKENS) } : { document: summaryFromRow(row) });
  }
  return bySeq;
}

export const library: PgRepo<'library'> = {
  async countDocuments(q, filter) {
    const search = await parseSearch(q, filter.query);
    if (filter.query.trim() && !search) return 0;
    return count(q, filter, search);
  },

  async pageDocuments(q, request) {
    const search = await parseSearch(q, request.query);
    const total = request.query.trim() && !search ? 0 : await count(q, request, search);
    const unfiltered = !search && !request.status && !request.format && !request.updatedFrom && !request.updatedBefore && request.assignee === undefined;
    const libraryTotal = unfiltered ? total : (await q.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM documents')).rows[0].n;
    if (request.query.trim() && !search) return { rows: [], total: 0, libraryTotal, offset: 0, nextCursor: null };
    const after = request.after ? decodeCursor(request.after) : null;
    const offset = after && 'o' in after ? after.o : after ? -1 : request.offset;
    const seqs = await pageSeqs(q, request, search, Math.max(0, offset), total);
    const bySeq = await rowsFor(
      q,
      seqs.map((s) => s.seq),
      search,
    );
    const rows = seqs.map((s) => bySeq.get(s.seq)).filter((row): row is LibraryPageRow => row !== undefined);
    const last = seqs[seqs.length - 1];
    const relevance = search !== null && request.sort === 'relevance';
    const nextCursor =
      seqs.length < request.limit || !last
        ? null
        : relevance
          ? encodeCursor({ o: Math.max(0, offset) + seqs.length })
          : encodeCursor({ v: last.v, s: last.seq });
    return { rows, total, libraryTotal, offset: Math.max(0, offset), nextCursor };
  },

  async rankedHits(q, query, limit) {
    const search = await parseSearch(q, query);
    if (!search) return [];
    const request = libraryPageRequest.parse({ query, sort: 'relevance', limit });
    const seqs = await pageSeqs(q, request, search, 0, await count(q, request, search));
    const bySeq = await rowsFor(
      q,
      seqs.map((s) => s.seq),
      search,
    );
    return seqs.flatMap(({ seq, v }) => {
      const row = bySeq.get(seq);
      return row ? [{ document: row.document, snippet: row.snippet ?? '', rank: Number(v) || 0 }] : [];
    });
  },

  async selectionChunk(q, filter, afterSeq, limit) {
    const search = await parseSearch(q, filter.query);
    if (filter.query.trim() && !search) return [];
    if (search && !search.tsquery) return [];
    const params = new Params();
    const clauses = [filterWhere(filter, params), `d.seq > ${params.p(afterSeq, '::bigint')}`];
    if (search) clauses.push(matches(search, params));
    const { rows } = await runSearch(filter.query, () =>
      q.query<{ seq: number | string; id: string }>(
        `SELECT d.seq, d.id FROM ${tested(search)} WHERE ${clauses.join(' AND ')} ORDER BY d.seq LIMIT ${params.p(limit)}`,
        params.values,
      ),
    );
    return rows.map((r) => ({ seq: Number(r.seq), id: r.id }));
  },

  schemaVersion(q) {
    return recordedPgSchemaVersion(q);
  },
};
