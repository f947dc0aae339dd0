/**
 * The library's paged queries: one page of document summaries in any order the library offers,
 * narrowed by status, format, date and a full-text query, and the true number of matches counted
 * apart from the page. Only the page's rows get their summary counts and snippets; a search ranks
 * with bm25 inside FTS5 and fetches the rest for the page alone (snippets from the page's texts,
 * snippet.ts), so a word found in 90,000 documents costs one ranking pass, not 90,000 summaries. Indexes from migration "library indexes" keep every
 * order and filter off the documents' (large) rows.
 */
import type Database from 'better-sqlite3';
import { libraryPageRequest, type LibraryPage, type LibraryPageRow, type LibrarySortKey, type ParsedLibraryFilter, type ParsedLibraryPageRequest } from '../../../shared/library-query';
import type { SearchHit } from '../../../shared/types';
import { ApiError } from '../../../shared/result';
import { DOCUMENT_ASSIGNEE_ORDER_SQL } from '../db/migration-010-document-assignee';
import { recordedSchemaVersion } from '../db/migrations';
import { stmt } from '../db/sql';
import { SUMMARY_COLUMNS, summaryFromRow, type SummaryRow } from './documents';
import { rememberedUntilChange } from './library-memo';
import { expandLastPrefix } from './prefix-terms';
import { buildMatchQuery, SNIPPET_TOKENS, TEXT_WEIGHT, TITLE_WEIGHT } from './search';
import { snippetOf, termsOfMatch } from './snippet';

/** The SQL value each order sorts by (`d` is `documents`); the tie-breaker is always `d.seq`. */
const SORT_EXPRESSIONS: Record<Exclude<LibrarySortKey, 'relevance'>, string> = {
  title: 'd.title COLLATE NOCASE',
  source: 'd.source COLLATE NOCASE',
  status: "(CASE d.status WHEN 'new' THEN 0 WHEN 'in_review' THEN 1 ELSE 2 END)",
  format: 'd.format',
  length: 'd.text_length',
  created: 'd.created_at',
  updated: 'd.updated_at',
  assignee: DOCUMENT_ASSIGNEE_ORDER_SQL.replace('assignee', 'd.assignee'),
};

/** A WHERE clause over `documents AS d` (without the search query) and its parameters. */
interface Where {
  sql: string;
  params: unknown[];
}

function filterWhere(filter: ParsedLibraryFilter): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.status) {
    clauses.push(filter.status.length ? `d.status IN (${filter.status.map(() => '?').join(', ')})` : '0');
    params.push(...filter.status);
  }
  if (filter.format) {
    clauses.push(filter.format.length ? `d.format IN (${filter.format.map(() => '?').join(', ')})` : '0');
    params.push(...filter.format);
  }
  if (filter.updatedFrom) {
    clauses.push('d.updated_at >= ?');
    params.push(new Date(filter.updatedFrom).toISOString());
  }
  if (filter.updatedBefore) {
    clauses.push('d.updated_at < ?');
    params.push(new Date(filter.updatedBefore).toISOString());
  }
  // `mine` is resolved to a name by the handler (handlers/library.ts) before a filter gets here.
  if (filter.assignee === null) clauses.push('d.assignee IS NULL');
  else if (filter.assignee !== undefined) {
    clauses.push('d.assignee = ?');
    params.push(filter.assignee);
  }
  return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
}

/**
 * Runs an FTS5 query, turning the rare refusal (a query shape FTS5 will not take) into one sentence.
 * The user's words are always quoted by `buildMatchQuery`, so this is a last line of defence.
 */
function runSearch<T>(query: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof Error && /fts5|syntax error|unterminated|no such column/i.test(e.message)) {
      throw new ApiError('invalid_input', `The search “${query.slice(0, 80)}” could not be run; try fewer or plainer words.`);
    }
    throw e;
  }
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

/** What a count depends on: the query and the filter, not the order or the page (library-memo.ts). */
function filterKey(filter: ParsedLibraryFilter): string {
  const { query, status, format, updatedFrom, updatedBefore, assignee } = filter;
  // An object, not an array: JSON writes an array's undefined as null, and "anyone" (no assignee)
  // must not share a count with "unassigned" (assignee null).
  return JSON.stringify({ query, status, format, updatedFrom, updatedBefore, assignee });
}

/** How many documents match the filter (and its query, if any); remembered until the library changes. */
export function countDocuments(db: Database.Database, filter: ParsedLibraryFilter): number {
  return rememberedUntilChange(db, 'count', filterKey(filter), () => countMatches(db, filter));
}

function countMatches(db: Database.Database, filter: ParsedLibraryFilter): number {
  const where = filterWhere(filter);
  const built = buildMatchQuery(filter.query);
  if (filter.query.trim() && !built) return 0;
  // Only the set of matches counts here: see prefix-terms.ts.
  const match = built && expandLastPrefix(db, built);
  if (!match) return stmt<unknown[], { n: number }>(db, `SELECT COUNT(*) AS n FROM documents d WHERE ${where.sql}`).get(...where.params)!.n;
  if (where.sql === '1') {
    return runSearch(filter.query, () => stmt<[string], { n: number }>(db, 'SELECT COUNT(*) AS n FROM documents_fts WHERE documents_fts MATCH ?').get(match)!.n);
  }
  return runSearch(
    filter.query,
    () =>
      stmt<unknown[], { n: number }>(
        db,
        `SELECT COUNT(*) AS n FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ? AND ${where.sql}`,
      ).get(match, ...where.params)!.n,
  );
}

/**
 * Above this many matches, "relevance" stops ranking every hit: bm25 must read each hit's positions
 * (180 ms for "whale" in 90,000 of 100,000 documents on this machine), so a word that common is ranked
 * by where it occurs instead — documents with it in the title first (few; ranked by bm25), then the
 * rest newest first, which FTS5 answers from its doclist in rowid order without reading positions.
 */
const RANK_ALL_LIMIT = 5000;

/** One page of a very common word's hits: title hits ranked, then the others newest first. See RANK_ALL_LIMIT. */
function broadHits(db: Database.Database, match: string, where: Where, start: number, limit: number): Array<{ seq: number; v: number }> {
  const join = where.sql === '1' ? '' : 'JOIN documents d ON d.seq = documents_fts.rowid';
  const inTitle = `{title} : (${match})`;
  // The set queries (the count, the rest newest first) with the prefix as its words: prefix-terms.ts.
  const set = expandLastPrefix(db, match);
  const setInTitle = `{title} : (${set})`;
  const page = stmt<unknown[], { seq: number; v: number }>(
    db,
    `SELECT documents_fts.rowid AS seq, bm25(documents_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS v FROM documents_fts ${join}
     WHERE documents_fts MATCH ? AND ${where.sql} ORDER BY v ASC, documents_fts.rowid DESC LIMIT ? OFFSET ?`,
  ).all(inTitle, ...where.params, limit, start);
  if (page.length < limit) {
    // Past the title hits: how many there are says where the rest starts (counted only when needed).
    const titled =
      page.length > 0
        ? start + page.length
        : stmt<unknown[], { n: number }>(db, `SELECT COUNT(*) AS n FROM documents_fts ${join} WHERE documents_fts MATCH ? AND ${where.sql}`).get(
            setInTitle,
            ...where.params,
          )!.n;
    page.push(
      ...stmt<unknown[], { seq: number; v: number }>(
        db,
        `SELECT documents_fts.rowid AS seq, 0 AS v FROM documents_fts ${join}
         WHERE documents_fts MATCH ? AND ${where.sql}
           AND documents_fts.rowid NOT IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)
         ORDER BY documents_fts.rowid DESC LIMIT ? OFFSET ?`,
      ).all(set, ...where.params, setInTitle, limit - page.length, Math.max(0, start - titled)),
    );
  }
  return page;
}

/**
 * Two ways to page the matches of a search in a column's order. As a list: FTS5 names every match,
 * each document row is read for its sort value, and all are sorted — but a row's sort columns come
 * after its text and original file, so each read walks their overflow pages (about 0.2 ms: 1.7 s for
 * "whale", in 90,000 of 100,000 documents). Walking the order's covering index instead, asking FTS5
 * of each document in turn (about 0.02 ms), stops after the page — but visits about
 * library/matches documents per row shown (0.6 s for a word in 300 documents). Once the rows are in
 * the page cache a row costs about as much as a visit, so the walk is taken when it visits fewer
 * documents than there are matches: for a first page of 100 at 100,000 documents, words in more than
 * about 3,200 of them.
 */
const MATCHES_AS_LIST = 'd.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)';
const MATCHES_WALKING_ORDER = 'EXISTS (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? AND documents_fts.rowid = d.seq)';

/** Whether to walk the order's index (see MATCHES_WALKING_ORDER) to show `through` rows of `total` matches among `libraryTotal` documents. */
function walkOrderFor(total: number, libraryTotal: number, through: number): boolean {
  return total > 0 && (through * libraryTotal) / total < total;
}

/** The seqs of one page, in order, and the sort value of each (for the next cursor). */
function pageSeqs(
  db: Database.Database,
  request: ParsedLibraryPageRequest,
  match: string | null,
  offset: number,
  total: number,
  libraryTotal: number,
): Array<{ seq: number; v: string | number }> {
  const where = filterWhere(request);
  const after = request.after ? decodeCursor(request.after) : null;
  const relevance = match !== null && request.sort === 'relevance';
  if (relevance) {
    // bm25 is "lower is better": ascending is best first.
    const order = request.direction === 'desc' ? 'ASC' : 'DESC';
    const start = after && 'o' in after ? after.o : offset;
    const from = where.sql === '1' ? 'documents_fts' : 'documents_fts JOIN documents d ON d.seq = documents_fts.rowid';
    if (total > RANK_ALL_LIMIT && request.direction === 'desc') return broadHits(db, match, where, start, request.limit);
    return runSearch(request.query, () =>
      stmt<unknown[], { seq: number; v: number }>(
        db,
        `SELECT documents_fts.rowid AS seq, bm25(documents_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS v
         FROM ${from} WHERE documents_fts MATCH ? AND ${where.sql}
         ORDER BY v ${order}, documents_fts.rowid DESC LIMIT ? OFFSET ?`,
      ).all(match, ...where.params, request.limit, start),
    );
  }
  const key = request.sort === 'relevance' ? 'updated' : request.sort;
  const expression = SORT_EXPRESSIONS[key];
  const dir = request.direction === 'asc' ? 'ASC' : 'DESC';
  const clauses = [where.sql];
  const params: unknown[] = [...where.params];
  let skip = offset;
  if (after) {
    if ('o' in after) skip = after.o;
    else {
      clauses.push(`(${expression}, d.seq) ${dir === 'ASC' ? '>' : '<'} (?, ?)`);
      params.push(after.v, after.s);
      skip = 0;
    }
  }
  if (match) {
    clauses.push(walkOrderFor(total, libraryTotal, skip + request.limit) ? MATCHES_WALKING_ORDER : MATCHES_AS_LIST);
    params.push(expandLastPrefix(db, match));
  }
  // With a status or format filter the planner would rather read every match by that filter's index
  // and sort them (1 s at 100,000) than walk the Assigned order's index (migration 10) and skip.
  const from = key === 'assignee' && !match && request.assignee === undefined ? 'documents d INDEXED BY documents_by_assignee_then_seq' : 'documents d';
  return runSearch(request.query, () =>
    stmt<unknown[], { seq: number; v: string | number }>(
      db,
      `SELECT d.seq AS seq, ${expression} AS v FROM ${from} WHERE ${clauses.join(' AND ')}
       ORDER BY ${expression} ${dir}, d.seq ${dir} LIMIT ? OFFSET ?`,
    ).all(...params, request.limit, skip),
  );
}

/** Summaries (and snippets when searching) of the given seqs, by seq (a seq deleted meanwhile is absent). */
function rowsFor(db: Database.Database, seqs: number[], match: string | null): Map<number, LibraryPageRow> {
  const bySeq = new Map<number, LibraryPageRow>();
  if (seqs.length === 0) return bySeq;
  const placeholders = seqs.map(() => '?').join(', ');
  if (match) {
    // The passage is found in the text here, not by FTS5's snippet(): see snippet.ts.
    const terms = termsOfMatch(match);
    const rows = db.prepare(`SELECT d.seq AS seq, ${SUMMARY_COLUMNS}, d.text AS text FROM documents d WHERE d.seq IN (${placeholders})`).all(...seqs) as Array<
      SummaryRow & { seq: number; text: string }
    >;
    for (const row of rows) bySeq.set(row.seq, { document: summaryFromRow(row), snippet: snippetOf(row.text, terms, SNIPPET_TOKENS) });
  } else {
    const rows = db.prepare(`SELECT d.seq AS seq, ${SUMMARY_COLUMNS} FROM documents d WHERE d.seq IN (${placeholders})`).all(...seqs) as Array<
      SummaryRow & { seq: number }
    >;
    for (const row of rows) bySeq.set(row.seq, { document: summaryFromRow(row) });
  }
  return bySeq;
}

/** One page of the library and the true total; see the module note. Remembered until the library changes (library-memo.ts). */
export function pageDocuments(db: Database.Database, request: ParsedLibraryPageRequest): LibraryPage {
  return rememberedUntilChange(db, 'page', JSON.stringify(request), () => answerPage(db, request));
}

function answerPage(db: Database.Database, request: ParsedLibraryPageRequest): LibraryPage {
  const match = buildMatchQuery(request.query);
  const total = countDocuments(db, request);
  const libraryTotal = stmt<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM documents').get()!.n;
  if (request.query.trim() && !match) return { rows: [], total: 0, libraryTotal, offset: 0, nextCursor: null };
  const after = request.after ? decodeCursor(request.after) : null;
  const offset = after && 'o' in after ? after.o : after ? -1 : request.offset;
  const seqs = pageSeqs(db, request, match, Math.max(0, offset), total, libraryTotal);
  const bySeq = rowsFor(
    db,
    seqs.map((s) => s.seq),
    match,
  );
  const rows = seqs.map((s) => bySeq.get(s.seq)).filter((row): row is LibraryPageRow => row !== undefined);
  const last = seqs[seqs.length - 1];
  const relevance = match !== null && request.sort === 'relevance';
  const nextCursor =
    seqs.length < request.limit || !last
      ? null
      : relevance
        ? encodeCursor({ o: Math.max(0, offset) + seqs.length })
        : encodeCursor({ v: last.v, s: last.seq });
  return { rows, total, libraryTotal, offset: Math.max(0, offset), nextCursor };
}

/**
 * The best `limit` hits for `query`, best first, each with a relevance (higher is better; 0 for a
 * very common word's hits outside titles, see RANK_ALL_LIMIT): what `documents:search` answers.
 */
export function rankedHits(db: Database.Database, query: string, limit: number): SearchHit[] {
  const match = buildMatchQuery(query);
  if (!match) return [];
  const request = libraryPageRequest.parse({ query, sort: 'relevance', limit });
  const total = countDocuments(db, request);
  // (A relevance page never walks a column's order, so the library's size does not matter here.)
  const seqs = pageSeqs(db, request, match, 0, total, total);
  const bySeq = rowsFor(
    db,
    seqs.map((s) => s.seq),
    match,
  );
  return seqs.flatMap(({ seq, v }) => {
    const row = bySeq.get(seq);
    return row ? [{ document: row.document, snippet: row.snippet ?? '', rank: -Number(v) || 0 }] : [];
  });
}

/**
 * The ids of the documents matching `filter`, oldest first, `limit` at a time after seq `afterSeq`:
 * how a bulk action walks a selection of any size without holding it, and without revisiting a
 * document its own change moved (a status change does not move a document's seq).
 */
export function selectionChunk(
  db: Database.Database,
  filter: ParsedLibraryFilter,
  afterSeq: number,
  limit: number,
): Array<{ seq: number; id: string }> {
  const where = filterWhere(filter);
  const match = buildMatchQuery(filter.query);
  if (filter.query.trim() && !match) return [];
  const clauses = [where.sql, 'd.seq > ?'];
  const params: unknown[] = [...where.params, afterSeq];
  if (match) {
    clauses.push('d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
    params.push(expandLastPrefix(db, match));
  }
  return runSearch(filter.query, () =>
    stmt<unknown[], { seq: number; id: string }>(
      db,
      `SELECT d.seq AS seq, d.id AS id FROM documents d WHERE ${clauses.join(' AND ')} ORDER BY d.seq LIMIT ?`,
    ).all(...params, limit),
  );
}

/** The version of the library's schema: its last migration (`app:info`). */
export function schemaVersion(db: Database.Database): number {
  return recordedSchemaVersion(db);
}
