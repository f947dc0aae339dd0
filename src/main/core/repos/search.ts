/**
 * What the user types into the library search, as an FTS5 query over `documents_fts` (title and
 * text), and the ranking weights. The user's words never reach FTS5's query syntax: each word becomes
 * a quoted string, so quotes, `*`, `AND`, `NEAR/`, brackets and column filters are searched as plain
 * words; "a phrase in double quotes" is one phrase. The last word also matches as a prefix, so results
 * appear while the editor is still typing. Ranking is bm25 with the title weighted above the text; the
 * queries themselves are in library.ts.
 */

/** bm25 weights of the indexed columns (title, text). */
export const TITLE_WEIGHT = 10;
export const TEXT_WEIGHT = 1;
/** Words of context in a snippet. */
export const SNIPPET_TOKENS = 24;
/** Words that carry something FTS5's unicode61 tokenizer indexes (letters, digits, marks). */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Characters that cannot stand inside an FTS5 string: NUL ends the query string in SQLite's C code
 * ("unterminated string"), other control characters and lone surrogates are never indexed. They
 * separate words instead.
 */
const UNQUOTABLE = /[\p{Cc}\p{Cs}\p{Co}\uFFFE\uFFFF]/gu;

/** One FTS5 string: the text in double quotes, embedded quotes doubled. */
function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 MATCH expression for what the user typed, or null when nothing searchable is left.
 * Text between double quotes is one phrase; every other word is a quoted string (embedded quotes
 * doubled); a last bare word also matches as a prefix. Whatever the input, the answer is valid FTS5.
 */
export function buildMatchQuery(input: string): string | null {
  const clean = input.replace(UNQUOTABLE, ' ');
  const terms: string[] = [];
  let lastIsBareWord = false;
  // A "quoted phrase" with words inside and a closing quote; anything else is split into words.
  const parts = clean.split(/("[^"]*[\p{L}\p{N}\p{M}][^"]*")/u);
  for (const part of parts) {
    if (terms.length >= 32) break;
    if (/^"[^"]*"$/u.test(part) && WORD_CHARACTER.test(part)) {
      terms.push(ftsString(part.slice(1, -1).trim()));
      lastIsBareWord = false;
      continue;
    }
    for (const word of part.split(/\s+/u)) {
      if (!WORD_CHARACTER.test(word) || terms.length >= 32) continue;
      terms.push(ftsString(word));
      // A prefix only makes sense when the word ends in something the tokenizer keeps.
      lastIsBareWord = WORD_CHARACTER.test(word.slice(-1));
    }
  }
  if (terms.length === 0) return null;
  if (lastIsBareWord) terms[terms.length - 1] += '*';
  return terms.join(' ');
}
