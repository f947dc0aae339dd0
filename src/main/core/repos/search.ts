/**
 * Library search over the FTS5 index `documents_fts` (title and text). The user's words never reach
 * FTS5's query syntax: each word becomes a quoted string, so quotes, `*`, `AND`, `NEAR/`, brackets
 * and column filters are searched as plain words. The last word also matches as a prefix, so results
 * appear while the editor is still typing. Ranking is bm25 with the title weighted above the text.
 */
import type Database from 'better-sqlite3';
import type { SearchHit } from '../../../shared/types';
import { stmt } from '../db/sql';
import { SUMMARY_COLUMNS, summaryFromRow, type SummaryRow } from './documents';

/** bm25 weights of the indexed columns (title, text). */
const TITLE_WEIGHT = 10;
const TEXT_WEIGHT = 1;
/** Words of context in a snippet. */
const SNIPPET_TOKENS = 24;
/** Words that carry something FTS5's unicode61 tokenizer indexes (letters, digits, marks). */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * The FTS5 MATCH expression for what the user typed, or null when nothing searchable is left.
 * Every word is a quoted string (embedded quotes doubled); the last one also matches as a prefix.
 */
export function buildMatchQuery(input: string): string | null {
  const words = input
    .split(/\s+/u)
    .filter((word) => WORD_CHARACTER.test(word))
    .slice(0, 32);
  if (words.length === 0) return null;
  const quoted = words.map((word) => `"${word.replace(/"/g, '""')}"`);
  const lastWord = words[words.length - 1];
  // A prefix only makes sense when the last word ends in something the tokenizer keeps.
  if (WORD_CHARACTER.test(lastWord.slice(-1))) quoted[quoted.length - 1] += '*';
  return quoted.join(' ');
}

/** Documents matching every word of `query`, best first; `[]` for an empty query. */
export function searchDocuments(db: Database.Database, query: string, limit = 50): SearchHit[] {
  const match = buildMatchQuery(query);
  if (!match) return [];
  const rows = stmt<[string, number], SummaryRow & { snippet: string; score: number }>(
    db,
    `SELECT ${SUMMARY_COLUMNS},
       snippet(documents_fts, -1, char(1), char(2), '…', ${SNIPPET_TOKENS}) AS snippet,
       bm25(documents_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS score
     FROM documents_fts
     JOIN documents d ON d.seq = documents_fts.rowid
     WHERE documents_fts MATCH ?
     ORDER BY score, d.updated_at DESC
     LIMIT ?`,
  ).all(match, limit);
  // bm25 is "lower is better"; hits carry a positive relevance where higher is better.
  return rows.map((row) => ({ document: summaryFromRow(row), snippet: row.snippet, rank: -row.score }));
}
