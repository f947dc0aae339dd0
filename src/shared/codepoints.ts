/**
 * Conversion between JavaScript string indexes (UTF-16 code units, used inside the app) and Unicode
 * code point offsets (used by W3C TextPositionSelector and brat standoff).
 * An offset that falls inside a surrogate pair is a RangeError: it cannot be expressed in code points.
 */

/** Precomputed converter for one text; O(log n) per lookup after O(n) set-up. */
export class CodePointIndex {
  /** UTF-16 indexes of the low half of every surrogate pair, ascending. */
  private readonly lowSurrogates: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.lowSurrogates.push(++i);
      }
    }
  }

  /** Number of code points in the text. */
  get length(): number {
    return this.text.length - this.lowSurrogates.length;
  }

  /** UTF-16 index → code point offset. */
  toCodePoint(utf16: number): number {
    if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > this.text.length) {
      throw new RangeError(`Offset ${utf16} is outside the text (0–${this.text.length}).`);
    }
    const before = countBelowOrEqual(this.lowSurrogates, utf16);
    if (before > 0 && this.lowSurrogates[before - 1] === utf16) {
      throw new RangeError(`Offset ${utf16} falls inside a surrogate pair.`);
    }
    return utf16 - before;
  }

  /** Code point offset → UTF-16 index. */
  toUtf16(codePoint: number): number {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.length) {
      throw new RangeError(`Code point offset ${codePoint} is outside the text (0–${this.length}).`);
    }
    // Each low surrogate before the target adds one code unit; find how many lie before it.
    let lo = 0;
    let hi = this.lowSurrogates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // the low surrogate at lowSurrogates[mid] belongs to the code point at (index - mid - 1)
      if (this.lowSurrogates[mid] - mid - 1 < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }
}

function countBelowOrEqual(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when `offset` falls between the two halves of a surrogate pair in `text` (inside an emoji or
 * another character outside the Basic Multilingual Plane), where no annotation may begin or end.
 */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
