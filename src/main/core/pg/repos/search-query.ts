/**
 * What the user types into the library search, as a PostgreSQL tsquery over `documents.search`.
 * The query language is the SQLite store's (repos/search.ts `buildMatchQuery`): every word must
 * occur, "a quoted phrase" must occur as consecutive words (`<->`), and a last bare word also
 * matches as a prefix (`:*`), so results appear while the editor is still typing. Nothing the user
 * types reaches tsquery syntax: each word or phrase goes through `phraseto_tsquery` in the
 * `copydesk` configuration (case and diacritics folded, exactly as the index was built), and only
 * the lexemes it answers are put together here.
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
}

/** One quoted string of an FTS5 match built by `buildMatchQuery`, and whether it ends in a prefix. */
function groupsOf(match: string): Array<{ text: string; prefix: boolean }> {
  return [...match.matchAll(/"((?:[^"]|"")*)"(\*?)/g)].map(([, quoted, star]) => ({ text: quoted.replace(/""/g, '"'), prefix: star === '*' }));
}

/** A tsquery lexeme in its text form ('word', quotes doubled), as tsquery::text writes them. */
const LEXEME = /'(?:[^']|'')*'/g;

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
  const parts = rows
    .map((row, i) => (groups[i].prefix ? withPrefix(row.t) : row.t))
    .filter((t) => t.trim() !== '')
    .map((t) => `(${t})`);
  return { match, tsquery: parts.join(' & ') };
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
