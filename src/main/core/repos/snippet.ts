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
/** A letter, digit or mark outside ASCII: a text without any has only ASCII words, folded by lower-casing. */
const NON_ASCII_WORD_CHARACTER = /(?![\x00-\x7f])[\p{L}\p{N}\p{M}]/u;

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

function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where to start reading words so that the first matched word of `text` (whose words are all ASCII)
 * comes after its four words of lead-in: the start of the fourth word before it, or 0 when that is the
 * first word of the text or nothing matches. A word is then a run of ASCII letters and digits, folding
 * is lower-casing, and lower-casing the rest (punctuation) keeps every character's place.
 */
function leadInOfFirstMatch(text: string, terms: readonly SnippetTerm[]): number {
  const lower = text.toLowerCase();
  let first = -1;
  for (const term of terms) {
    if (!term.word || !ASCII.test(term.word)) return 0;
    for (let at = lower.indexOf(term.word); at !== -1 && (first === -1 || at < first); at = lower.indexOf(term.word, at + 1)) {
      const starts = at === 0 || !isAsciiWordCode(lower.charCodeAt(at - 1));
      const ends = term.prefix || !isAsciiWordCode(lower.charCodeAt(at + term.word.length));
      if (starts && ends) {
        first = at;
        break;
      }
    }
  }
  if (first <= 0) return 0;
  let at = first;
  for (let words = 0; words < 4; words++) {
    while (at > 0 && !isAsciiWordCode(text.charCodeAt(at - 1))) at--;
    if (at === 0) return 0;
    while (at > 0 && isAsciiWordCode(text.charCodeAt(at - 1))) at--;
  }
  let before = at;
  while (before > 0 && !isAsciiWordCode(text.charCodeAt(before - 1))) before--;
  return before === 0 ? 0 : at;
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
  // Words all ASCII (punctuation may be anything): jump to the first match with indexOf, four words
  // back (a rare word deep in a text made reading word by word most of a page's time).
  const from = NON_ASCII_WORD_CHARACTER.test(text) ? 0 : leadInOfFirstMatch(text, terms);
  if (from > 0) {
    word.lastIndex = from;
    skipped = 1;
  }
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
