/**
 * The canonical text of a document (DESIGN.md, "Text, offsets and anchoring"): line endings
 * normalised to "\n" (CRLF and lone CR), a leading BOM removed, every line trimmed, whitespace-only
 * lines dropped, and the remaining lines — the blocks — joined by "\n".
 *
 * Three tools share one definition of a line and of trimming, so they can never disagree:
 * `toCanonicalText` for a whole string, `CanonicalBuilder` for importers that produce blocks one at a
 * time and need to know where each block landed, and `canonicalOffsetMap` for formats whose offsets
 * point into the raw text (brat standoff).
 *
 * All three also make the text well-formed UTF-16 (a lone surrogate becomes U+FFFD, one code unit for
 * one, so offsets computed on the raw text still hold): SQLite could not store it otherwise.
 */
import { wellFormed } from '../../../shared/well-formed';

/** Splits raw text into lines at "\r\n", "\r" and "\n"; yields [start, end) UTF-16 ranges. */
function* lineRanges(raw: string): Generator<[number, number]> {
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      yield [start, i];
      if (c === 0x0d && raw.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  yield [start, raw.length];
}

/** The trimmed part of raw[start, end) as a [start, end) range, using String.prototype.trim's notion of space. */
function trimmedRange(raw: string, start: number, end: number): [number, number] {
  const line = raw.slice(start, end);
  const lead = line.length - line.trimStart().length;
  if (lead === line.length) return [end, end];
  return [start + lead, start + line.trimEnd().length];
}

/** Length of a leading byte-order mark (0 or 1). */
function bomLength(raw: string): number {
  return raw.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/**
 * The canonical form of `raw`: "\n" line endings, no leading BOM, trimmed lines, no empty lines.
 * Idempotent: `toCanonicalText(toCanonicalText(x)) === toCanonicalText(x)`.
 */
export function toCanonicalText(raw: string): string {
  const body = wellFormed(raw.slice(bomLength(raw)));
  const blocks: string[] = [];
  for (const [start, end] of lineRanges(body)) {
    const [s, e] = trimmedRange(body, start, end);
    if (e > s) blocks.push(body.slice(s, e));
  }
  return blocks.join('\n');
}

/** Where one added block (or group of lines) landed in the canonical text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Builds a canonical text block by block. Each `add` canonicalises its input (it may hold several
 * lines) and returns the range it occupies, or null when it held no text; `text` is then exactly
 * `toCanonicalText` of everything added.
 */
export class CanonicalBuilder {
  private readonly parts: string[] = [];
  private length = 0;

  /** Appends the lines of `raw`; returns their range in the final text, or null if nothing was added. */
  add(raw: string): TextRange | null {
    const canonical = toCanonicalText(raw);
    if (canonical === '') return null;
    if (this.parts.length > 0) this.length += 1; // the "\n" joining it to the previous block
    const start = this.length;
    this.parts.push(canonical);
    this.length += canonical.length;
    return { start, end: this.length };
  }

  /** Length of the text built so far. */
  get size(): number {
    return this.length;
  }

  /** The canonical text built so far. */
  get text(): string {
    return this.parts.join('\n');
  }
}

/** Maps ranges of a raw text onto its canonical text. */
export interface CanonicalOffsetMap {
  /** The canonical text of the raw text. */
  text: string;
  /**
   * The canonical range covering the kept characters of raw[start, end): from the first kept
   * character to just after the last one. Null when the raw range holds only removed characters
   * (whitespace, line breaks, the BOM). Throws RangeError when the range is outside the raw text.
   */
  mapRange(start: number, end: number): TextRange | null;
  /**
   * The canonical offset of raw offset `offset`: where the first kept character at or after it
   * landed (the end of the canonical text when none follows). For ranges that held nothing kept.
   */
  mapPoint(offset: number): number;
}

/**
 * Builds the raw → canonical offset map of `raw` (UTF-16 indexes on both sides). Characters that
 * canonicalisation removes map to nothing; a range is narrowed to the characters that survive.
 */
export function canonicalOffsetMap(input: string): CanonicalOffsetMap {
  const raw = wellFormed(input);
  // target[i] = canonical index of raw character i, or -1 when canonicalisation removes it.
  const target = new Int32Array(raw.length).fill(-1);
  const bom = bomLength(raw);
  const blocks: string[] = [];
  let length = 0;
  for (const [start, end] of lineRanges(raw.slice(bom))) {
    const [s, e] = trimmedRange(raw, start + bom, end + bom);
    if (e <= s) continue;
    if (blocks.length > 0) length += 1;
    for (let i = s; i < e; i++) target[i] = length + (i - s);
    blocks.push(raw.slice(s, e));
    length += e - s;
  }
  const text = blocks.join('\n');
  return {
    text,
    mapRange(start, end) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > raw.length || start > end) {
        throw new RangeError(`The range ${start}–${end} is outside the text (0–${raw.length}).`);
      }
      let first = start;
      while (first < end && target[first] < 0) first++;
      if (first === end) return null;
      let last = end - 1;
      while (target[last] < 0) last--;
      return { start: target[first], end: target[last] + 1 };
    },
    mapPoint(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset > raw.length) {
        throw new RangeError(`The offset ${offset} is outside the text (0–${raw.length}).`);
      }
      let at = offset;
      while (at < raw.length && target[at] < 0) at++;
      return at < raw.length ? target[at] : text.length;
    },
  };
}

/** Characters that show nothing: white space, and the default-ignorable ones (U+200B, U+2060, U+FEFF, soft hyphen, bidi marks …). */
const INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/**
 * True when `text` shows nothing at all: empty, white space, or only zero-width and other
 * default-ignorable characters — a "document" of those would have an invisible title and no text.
 */
export function isBlankText(text: string): boolean {
  return INVISIBLE.test(text);
}
