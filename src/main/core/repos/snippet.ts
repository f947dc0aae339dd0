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
  // Most words are plain ASCII, which has no accents to remove: skip the normalisation for them.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

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

/**
 * The passage of `text` around its first matched word, about `size` words long. Words are read only
 * up to the end of the passage (not the whole text: a page of long documents made this most of a
 * search's time).
 */
export function snippetOf(text: string, terms: readonly SnippetTerm[], size = 24): string {
  const word = new RegExp(WORD.source, WORD.flags);
  const next = () => word.exec(text);
  const lead: RegExpExecArray[] = []; // the (up to) four words before the one being looked at
  let skipped = 0; // words before `lead`
  let found: RegExpExecArray | null = null;
  for (let w = next(); w; w = next()) {
    if (matches(w[0], terms)) {
      found = w;
      break;
    }
    lead.push(w);
    if (lead.length > 4) {
      lead.shift();
      skipped++;
    }
  }
  let passage: RegExpExecArray[];
  if (found) passage = [...lead, found];
  else {
    // No word matches (a title hit): the opening of the text.
    word.lastIndex = 0;
    skipped = 0;
    passage = [];
  }
  while (passage.length < size) {
    const w = next();
    if (!w) break;
    passage.push(w);
  }
  if (passage.length === 0) return '';
  const cut = passage.length > size;
  passage = passage.slice(0, size);
  const more = cut || (passage.length === size && next() !== null);
  let out = skipped > 0 ? '…' : '';
  let at = passage[0].index;
  for (const w of passage) {
    out += text.slice(at, w.index).replace(/\s+/g, ' ');
    out += matches(w[0], terms) ? `\u0001${w[0]}\u0002` : w[0];
    at = w.index + w[0].length;
  }
  if (more) out += '…';
  return out;
}
