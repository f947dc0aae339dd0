/**
 * Snapping a selection to whole words, and finding the sentence around an offset.
 *
 * Rules for `snapToWords` (an editor tags "5.8%", never "5.8%, " or " growth"):
 * 1. an edge that falls inside a word moves outwards to the word's edge (a click inside a word, or a
 *    drag that starts mid-word, takes the whole word) — "word" as `Intl.Segmenter` sees it, so
 *    "5.8", "2,700", "don't" and CJK words are single words — except that a number and the unit
 *    symbols glued to it are one word (a *quantity*, see `quantityAround`): "5.8%", "$10", "€5bn",
 *    "US$3.5", "30°C", so any part of "5.8%" — the 5, the 8 or the % — gives "5.8%";
 * 2. then whitespace and punctuation are trimmed off both ends, except symbols glued to a word that
 *    belong to the quantity: a trailing "%", "‰", "°" or currency sign and a leading currency sign
 *    ("$3bn", "5.8%", "5€"); "rose 5.8%," and "(5.8%)" give "5.8%".
 * Text between the ends is kept as is ("2.7 trillion yuan", "year-on-year").
 *
 * Only a small window around each edge is segmented, so the cost does not grow with the text.
 */

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** Letters, digits and combining marks: what a snapped selection starts and ends with. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Symbols kept after a word ("5.8%", "30°"). */
const SUFFIX_SYMBOL = /[%‰‱％°℃℉]/u;
/** Symbols kept before a word ("$3bn", "€20", "#1"). */
const PREFIX_SYMBOL = /[\p{Sc}#]/u;

/** A decimal digit (any script): what a number starts or ends with. */
const DIGIT = /\p{Nd}/u;
/** A currency sign, glued before or after a number ("$10", "5€"). */
const CURRENCY = /\p{Sc}/u;
/** A sign glued after a number that is part of it ("5.8%", "2‰", "30℃"). */
const NUMBER_SUFFIX = /[%‰‱％﹪℃℉]/u;
/** A degree sign, kept after a number with its scale letter ("30°", "30°C", "86°F"). */
const DEGREE = '°';
const DEGREE_SCALE = /^[CF]$/;
/** Capitals naming a dollar or yuan before its sign ("US$", "HK$", "NT$", "RMB¥"). */
const CURRENCY_LETTERS = /^\p{Lu}{1,3}$/u;
/** Any sign that may belong to a quantity, so worth looking for one around it. */
const QUANTITY_SIGN = /[\p{Sc}%‰‱％﹪℃℉°]/u;

/** A half-open range of text offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Snaps [start, end) of `text` to whole words (rules in the module note). A collapsed selection
 * inside a word gives that word. Returns null when nothing word-like is selected.
 */
export function snapToWords(text: string, start: number, end: number): Span | null {
  checkRange(text, start, end);
  if (start === end) return wordAt(text, start);
  const first = unitAt(text, start);
  if (first && first.start < start) start = first.start;
  const last = unitAt(text, end - 1);
  if (last && last.end > end) end = last.end;

  while (start < end) {
    const ch = charAt(text, start);
    if (WORD_CHAR.test(ch)) break;
    if (PREFIX_SYMBOL.test(ch) && start + ch.length < end && WORD_CHAR.test(charAt(text, start + ch.length))) break;
    start += ch.length;
  }
  while (end > start) {
    const ch = charBefore(text, end);
    if (WORD_CHAR.test(ch)) break;
    if (SUFFIX_SYMBOL.test(ch) && end - ch.length > start && WORD_CHAR.test(charBefore(text, end - ch.length))) break;
    if (QUANTITY_SIGN.test(ch) && unitAt(text, end - ch.length)?.end === end) break;
    end -= ch.length;
  }
  return start < end ? { start, end } : null;
}

/**
 * The word containing `offset` (or ending right at it), or null when `offset` is not in or after a
 * word. A number takes the unit symbols glued to it ("5.8%", "US$3.5", see the module note).
 */
export function wordAt(text: string, offset: number): Span | null {
  checkRange(text, offset, offset);
  const here = offset < text.length ? unitAt(text, offset) : null;
  if (here) return here;
  const before = offset > 0 ? unitAt(text, offset - charBefore(text, offset).length) : null;
  return before;
}

/**
 * The sentence containing `offset`, within its block (line), without trailing whitespace; null on
 * an empty or blank line. An offset at a line's end belongs to that line's last sentence.
 */
export function sentenceAt(text: string, offset: number): Span | null {
  checkRange(text, offset, offset);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (line.trim() === '') return null;
  const local = Math.min(offset - lineStart, line.length - 1);
  const segment = sentenceSegmenter.segment(line).containing(local);
  if (!segment) return null;
  let start = lineStart + segment.index;
  let end = start + segment.segment.length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  return start < end ? { start, end } : null;
}

interface Segment {
  start: number;
  end: number;
  isWordLike: boolean;
}

/** The word-granularity segment containing `offset`, segmenting only a window around it. */
function segmentAt(text: string, offset: number): Segment | null {
  for (let radius = 64; ; radius *= 4) {
    const from = Math.max(0, offset - radius);
    const to = Math.min(text.length, offset + radius);
    const found = wordSegmenter.segment(text.slice(from, to)).containing(offset - from);
    if (!found) return null;
    const start = from + found.index;
    const end = start + found.segment.length;
    // A segment touching a window edge that is not the text's edge may be cut short: widen.
    const cut = (start === from && from > 0) || (end === to && to < text.length);
    if (!cut || (from === 0 && to === text.length)) return { start, end, isWordLike: found.isWordLike === true };
  }
}

/**
 * The word or quantity containing the character at `offset`, or null when that character is
 * neither in a word nor one of a quantity's signs (a space, a comma, a lone "%").
 */
function unitAt(text: string, offset: number): Span | null {
  const segment = segmentAt(text, offset);
  if (!segment) return null;
  if (segment.isWordLike) {
    const word = { start: segment.start, end: segment.end };
    if (isNumber(text, word)) return quantityAround(text, word);
    // The capitals of "US$3.5" and the scale of "30°C" belong to the number next to them.
    const sign = segment.end < text.length ? charAt(text, segment.end) : '';
    const after = segment.end + sign.length;
    if (
      CURRENCY_LETTERS.test(text.slice(segment.start, segment.end)) &&
      CURRENCY.test(sign) &&
      after < text.length &&
      DIGIT.test(charAt(text, after))
    ) {
      const quantity = quantityAt(text, after);
      if (quantity && quantity.start === segment.start) return quantity;
    }
    if (DEGREE_SCALE.test(text.slice(segment.start, segment.end)) && charBefore(text, segment.start) === DEGREE) {
      const quantity = segment.start >= 2 ? quantityAt(text, segment.start - 2) : null;
      if (quantity && quantity.end === segment.end) return quantity;
    }
    return word;
  }
  // A sign glued to a number: after it ("5.8%", "5€", "30°") or, for currency, before it ("$10").
  const ch = charAt(text, offset);
  if (!QUANTITY_SIGN.test(ch)) return null;
  if (offset > 0 && DIGIT.test(charBefore(text, offset))) {
    const quantity = quantityAt(text, offset - 1);
    if (quantity && quantity.end > offset) return quantity;
  }
  const next = offset + ch.length;
  if (CURRENCY.test(ch) && next < text.length && DIGIT.test(charAt(text, next))) {
    const quantity = quantityAt(text, next);
    if (quantity && quantity.start <= offset) return quantity;
  }
  return null;
}

/** The quantity around the number whose word contains `offset`, or null when it is not a number. */
function quantityAt(text: string, offset: number): Span | null {
  const segment = segmentAt(text, offset);
  if (!segment?.isWordLike) return null;
  const word = { start: segment.start, end: segment.end };
  return isNumber(text, word) ? quantityAround(text, word) : null;
}

/** Whether a word starts or ends with a digit ("5.8", "2,700", "5bn"), so may carry unit signs. */
function isNumber(text: string, word: Span): boolean {
  return DIGIT.test(charAt(text, word.start)) || DIGIT.test(charBefore(text, word.end));
}

/**
 * A number word widened by the signs glued to it: a currency sign before a leading digit, with the
 * capitals naming the currency ("$10", "€5bn", "US$3.5", "HK$10"), and after a trailing digit one
 * of "%", "‰", "‱", "℃", "℉", a currency sign ("5€"), or "°" with its scale letter ("30°C").
 */
function quantityAround(text: string, word: Span): Span {
  let { start, end } = word;
  if (DIGIT.test(charAt(text, start)) && start > 0) {
    const sign = charBefore(text, start);
    if (CURRENCY.test(sign)) {
      start -= sign.length;
      let letters = start;
      while (letters > 0 && start - letters < 3 && /\p{Lu}/u.test(text[letters - 1])) letters--;
      if (letters < start && (letters === 0 || !WORD_CHAR.test(charBefore(text, letters)))) start = letters;
    }
  }
  if (DIGIT.test(charBefore(text, end)) && end < text.length) {
    const sign = charAt(text, end);
    if (NUMBER_SUFFIX.test(sign) || CURRENCY.test(sign)) {
      end += sign.length;
    } else if (sign === DEGREE) {
      end += sign.length;
      if (end < text.length && DEGREE_SCALE.test(text[end]) && (end + 1 === text.length || !WORD_CHAR.test(charAt(text, end + 1)))) {
        end += 1;
      }
    }
  }
  return { start, end };
}

function charAt(text: string, offset: number): string {
  const cp = text.codePointAt(offset) ?? 0;
  return String.fromCodePoint(cp);
}

function charBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(offset - 2, offset);
  }
  return text[offset - 1];
}

function checkRange(text: string, start: number, end: number): void {
  if (typeof text !== 'string') throw new RangeError('Word snapping needs a string');
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`Range ${start}–${end} is not inside the text (0–${text.length})`);
  }
}
