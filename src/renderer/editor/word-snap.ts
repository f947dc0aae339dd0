/**
 * Snapping a selection to whole words, and finding the sentence around an offset.
 *
 * Rules for `snapToWords` (an editor tags "5.8%", never "5.8%, " or " growth"):
 * 1. an edge that falls inside a word moves outwards to the word's edge (a click inside a word, or a
 *    drag that starts mid-word, takes the whole word) — "word" as `Intl.Segmenter` sees it, so
 *    "5.8", "2,700", "don't" and CJK words are single words;
 * 2. then whitespace and punctuation are trimmed off both ends, except symbols glued to a word that
 *    belong to the quantity: a trailing "%", "‰", "°" and a leading currency sign ("$3bn", "5.8%").
 * Text between the ends is kept as is ("2.7 trillion yuan", "year-on-year").
 *
 * Only a small window around each edge is segmented, so the cost does not grow with the text.
 */

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** Letters, digits and combining marks: what a snapped selection starts and ends with. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Symbols kept after a word ("5.8%", "30°"). */
const SUFFIX_SYMBOL = /[%‰‱°℃℉]/u;
/** Symbols kept before a word ("$3bn", "€20", "#1"). */
const PREFIX_SYMBOL = /[\p{Sc}#]/u;

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
  const first = segmentAt(text, start);
  if (first && first.isWordLike && first.start < start) start = first.start;
  const last = segmentAt(text, end - 1);
  if (last && last.isWordLike && last.end > end) end = last.end;

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
    end -= ch.length;
  }
  return start < end ? { start, end } : null;
}

/** The word containing `offset` (or ending right at it), or null when `offset` is not in or after a word. */
export function wordAt(text: string, offset: number): Span | null {
  checkRange(text, offset, offset);
  const here = offset < text.length ? segmentAt(text, offset) : null;
  if (here?.isWordLike) return { start: here.start, end: here.end };
  const before = offset > 0 ? segmentAt(text, offset - 1) : null;
  if (before?.isWordLike) return { start: before.start, end: before.end };
  return null;
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
