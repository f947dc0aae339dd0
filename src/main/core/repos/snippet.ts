/**
 * The matched passage of a search hit, built from the document's text for the rows of one page.
 * FTS5's own snippet() must walk a common word's whole doclist to reach each row (a third of a
 * second per page of "whale" at 10,000 documents); these texts are already in hand, so the passage
 * is found here: words compared as FTS5's unicode61 tokenizer does (case and accents folded), the
 * first match with a few words before it, matched words wrapped in \u0001…\u0002.
 */

/** One searched word: its folded text and whether it matches as a prefix. */
export interface SnippetTerm {
  word: string;
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A word as the index compares it: lower case, accents removed. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of an FTS5 MATCH expression built by `buildMatchQuery` (quoted strings, a trailing `*`). */
export function termsOfMatch(match: string): SnippetTerm[] {
  const terms: SnippetTerm[] = [];
  for (const [, quoted, star] of match.matchAll(/"((?:[^"]|"")*)"(\*?)/g)) {
    const words = quoted.replace(/""/g, '"').match(WORD) ?? [];
    words.forEach((word, i) => terms.push({ word: fold(word), prefix: star === '*' && i === words.length - 1 }));
  }
  return terms;
}

function matches(word: string, terms: readonly SnippetTerm[]): boolean {
  const folded = fold(word);
  return terms.some((t) => (t.prefix ? folded.startsWith(t.word) : folded === t.word));
}

/** The passage of `text` around its first matched word, about `size` words long. */
export function snippetOf(text: string, terms: readonly SnippetTerm[], size = 24): string {
  const words = [...text.matchAll(WORD)];
  if (words.length === 0) return '';
  const first = words.findIndex((w) => matches(w[0], terms));
  const start = Math.max(0, (first === -1 ? 0 : first) - 4);
  const end = Math.min(words.length, start + size);
  let out = start > 0 ? '…' : '';
  let at = words[start].index!;
  for (let i = start; i < end; i++) {
    const w = words[i];
    out += text.slice(at, w.index!).replace(/\s+/g, ' ');
    out += matches(w[0], terms) ? `\u0001${w[0]}\u0002` : w[0];
    at = w.index! + w[0].length;
  }
  if (end < words.length) out += '…';
  return out;
}
