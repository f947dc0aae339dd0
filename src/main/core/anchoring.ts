/**
 * Anchoring annotations to text: the W3C TextQuoteSelector (quote with up to 32 characters of
 * context either side) computed from a position, and re-anchoring by quote when the text at the
 * stored position no longer matches. An annotation that cannot be re-anchored is reported as
 * `null` so the caller keeps it as orphaned; nothing is silently dropped.
 */

/** How many characters of context are kept either side of a quote. */
export const CONTEXT_LENGTH = 32;

/** A TextQuoteSelector: the exact text and its context. */
export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

/** What {@link reanchor} needs from an annotation. */
export interface Anchor extends QuoteSelector {
  start: number;
  end: number;
}

/**
 * The quote at `start`–`end` of `text` and up to 32 characters either side. The context never begins
 * or ends inside a surrogate pair. Throws a RangeError for offsets outside the text or reversed.
 */
export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`The range ${start}–${end} is not inside the text (0–${text.length}).`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd--;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/**
 * Where `anchor` belongs in `text` now: its old position when the quote is still there, else the
 * occurrence of the quote whose surrounding text agrees best with the stored prefix and suffix,
 * ties going to the one nearest `hint` (by default the old position). `null` when the quote no longer
 * occurs (or is empty and its position is gone): the annotation is orphaned.
 *
 * The search starts in a window around `hint` and widens only while no occurrence with fully
 * matching context has been found, so re-anchoring after a local edit stays cheap in a long text.
 */
export function reanchor(text: string, anchor: Anchor, hint: number = anchor.start): { start: number; end: number } | null {
  const { start, end, quote } = anchor;
  if (matchesAt(text, quote, start, end)) return { start, end };
  if (quote.length === 0) return null;

  const perfect = anchor.prefix.length + anchor.suffix.length;
  let radius = Math.max(256, quote.length * 4);
  for (;;) {
    const from = Math.max(0, hint - radius);
    const to = Math.min(text.length, hint + quote.length + radius);
    const best = bestOccurrence(text, anchor, from, to, hint);
    const whole = from === 0 && to === text.length;
    if (best && (best.score === perfect || whole)) return { start: best.start, end: best.start + quote.length };
    if (whole) return null;
    radius *= 4;
  }
}

function matchesAt(text: string, quote: string, start: number, end: number): boolean {
  return start >= 0 && end >= start && end <= text.length && end - start === quote.length && text.startsWith(quote, start);
}

/** The occurrence of the quote inside [from, to) with the best context agreement, nearest `hint` on ties. */
function bestOccurrence(text: string, anchor: Anchor, from: number, to: number, hint: number): { start: number; score: number } | null {
  const { quote, prefix, suffix } = anchor;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(quote, from); at !== -1 && at + quote.length <= to; at = text.indexOf(quote, at + 1)) {
    const score =
      commonSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(text.slice(at + quote.length, at + quote.length + suffix.length), suffix);
    const distance = Math.abs(at - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
