/**
 * What the user types into the library search, as a PostgreSQL tsquery over `document_search.search`.
 * The query language is the SQLite store's (repos/search.ts `buildMatchQuery`): every word must
 * occur, "a quoted phrase" must occur as consecutive words (`<->`), and a last bare word also
 * matches as a prefix (`:*`), so results appear while the editor is still typing. Nothing the user
 * types reaches tsquery syntax: each word or phrase goes through `phraseto_tsquery` in the
 * `copydesk` configuration (case and diacritics folded, exactly as the index was built), and only
 * the lexemes it answers are put together here.
 *
 * A phrase's words are also given as pairs of consecutive words ('white whale'), which PostgreSQL
 * migration 6 indexes (copydesk_phrase_pairs): a two-word phrase is exactly "this pair occurs", so it
 * is answered from that index alone; a longer one must hold all its pairs, and only those documents
 * have their word positions checked.
 */
import { ApiError } from '../../../../shared/result';
import { buildMatchQuery, TEXT_WEIGHT, TITLE_WEIGHT } from '../../repos/search';
import { SEARCH_CONFIG } from '../migrations/migration-001-initial';
import type { Queryable } from '../types';

/**
 * ts_rank_cd's weights for the lexeme classes {D, C, B, A}: the title is indexed as A and the text
 * as B, weighted as bm25 weighs them on SQLite (TITLE_WEIGHT : TEXT_WEIGHT).
 */
export const RANK_WEIGHTS = `'{${TEXT_WEIGHT / TITLE_WEIGHT}, ${TEXT_WEIGHT / TITLE_WEIGHT}, ${TEXT_WEIGHT / TITLE_WEIGHT}, 1}'::float4[]`;

/** A parsed search: the FTS5 match (its words make the snippets, repos/snippet.ts) and the tsquery. */
export interface Search {
  match: string;
  /** The tsquery's text; '' when no word the index keeps is left, which matches no document. */
  tsquery: string;
  /** The pairs every phrase of the query needs, as a tsquery over copydesk_phrase_pairs; '' when no phrase. */
  pairs: string;
  /** The part of `tsquery` that `pairs` does not already answer exactly (two-word phrases left out); '' when none. */
  rest: string;
}

/** One quoted string of an FTS5 match built by `buildMatchQuery`, and whether it ends in a prefix. */
function groupsOf(match: string): Array<{ text: string; prefix: boolean }> {
  return [...match.matchAll(/"((?:[^"]|"")*)"(\*?)/g)].map(([, quoted, star]) => ({ text: quoted.replace(/""/g, '"'), prefix: star === '*' }));
}

/** A tsquery lexeme in its text form ('word', quotes doubled), as tsquery::text writes them. */
const LEXEME = /'(?:[^']|'')*'/g;

/** The lexemes of a phrase `'a' <-> 'b' <-> …` of two or more words (tsquery text), or null for any other shape. */
function phraseLexemes(tsquery: string): string[] | null {
  if (!new RegExp(`^${LEXEME.source}(?: <-> ${LEXEME.source})+$`).test(tsquery)) return null;
  return [...tsquery.matchAll(LEXEME)].map(([quoted]) => quoted.slice(1, -1).replace(/''/g, "'").replace(/\\(.)/g, '$1'));
}

/** A pair lexeme as copydesk_phrase_pairs makes it ("word next"), quoted for a tsquery. */
function pairLexeme(a: string, b: string): string {
  return `'${`${a} ${b}`.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** `tsquery` (text) with its last lexeme matching as a prefix. */
function withPrefix(tsquery: string): string {
  const last = [...tsquery.matchAll(LEXEME)].pop();
  if (!last) return tsquery;
  const end = last.index! + last[0].length;
  return `${tsquery.slice(0, end)}:*${tsquery.slice(end)}`;
}

/**
 * The search for what the user typed, or null when nothing searchable is left (no words at all;
 * the SQLite store answers no rows then, and so does this one).
 */
export async function parseSearch(q: Queryable, input: string): Promise<Search | null> {
  const match = buildMatchQuery(input);
  if (!match) return null;
  const groups = groupsOf(match);
  const { rows } = await runSearch(input, () =>
    q.query<{ t: string }>(
      `SELECT phraseto_tsquery('${SEARCH_CONFIG}', g)::text AS t FROM unnest($1::text[]) WITH ORDINALITY AS u(g, n) ORDER BY n`,
      [groups.map((g) => g.text)],
    ),
  );
  const parts = rows.map((row, i) => (groups[i].prefix ? withPrefix(row.t) : row.t)).filter((t) => t.trim() !== '');
  const pairs: string[] = [];
  const rest: string[] = [];
  for (const part of parts) {
    const words = phraseLexemes(part);
    for (let i = 1; i < (words?.length ?? 0); i++) pairs.push(pairLexeme(words![i - 1], words![i]));
    if (words?.length !== 2) rest.push(part);
  }
  const and = (list: string[]) => list.map((t) => `(${t})`).join(' & ');
  return { match, tsquery: and(parts), pairs: [...new Set(pairs)].join(' & '), rest: and(rest) };
}

/**
 * Runs a search query, turning PostgreSQL's rare refusal of a query (a tsquery it cannot take)
 * into the SQLite store's sentence. Every word is parsed by PostgreSQL itself (parseSearch), so
 * this is a last line of defence.
 */
export async function runSearch<T>(input: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (e instanceof Error && (code === '42601' || code === '54000' || /tsquery/i.test(e.message))) {
      throw new ApiError('invalid_input', `The search “${input.slice(0, 80)}” could not be run; try fewer or plainer words.`);
    }
    throw e;
  }
}
