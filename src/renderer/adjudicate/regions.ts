/**
 * What the side-by-side view shows of a long document: not the whole text but a region around each
 * difference (its line, cut to `context` characters either side at a word), regions that overlap
 * merged; and, within a region, the text cut into segments at every span boundary, each segment
 * knowing which spans cover it. Pure functions, so the view's work is proportional to the regions
 * it shows, never to the document.
 */

/** A span to paint: where it is and what it is (a reviewer's annotation). */
export interface PaintSpan {
  id: string;
  kind: 'entity' | 'teaser' | 'claim' | 'note';
  label: string | null;
  start: number;
  end: number;
  /** A pending suggestion, painted apart from accepted annotations. */
  candidate?: boolean;
}

/** A stretch of text shown around one or more differences. */
export interface Region {
  start: number;
  end: number;
  /** The indexes of the differences inside it, in text order. */
  differences: number[];
}

/** A piece of a region's text and the spans that cover all of it (outer first). */
export interface Segment {
  start: number;
  end: number;
  spans: PaintSpan[];
}

/** Characters shown either side of a difference (within its line) by default. */
export const REGION_CONTEXT = 160;

const SPACE = /\s/;

/** Where a region starts: `context` before `from` within the line, moved forward to a word start when cut. */
function regionStart(text: string, from: number, context: number): number {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  let at = Math.max(lineStart, from - context);
  if (at === lineStart) return at;
  while (at < from && !SPACE.test(text[at - 1])) at++;
  return at;
}

/** Where a region ends: `context` after `to` within the line, moved back to a word end when cut. */
function regionEnd(text: string, to: number, context: number): number {
  const newline = text.indexOf('\n', to);
  const lineEnd = newline === -1 ? text.length : newline;
  let at = Math.min(lineEnd, to + context);
  if (at === lineEnd) return at;
  while (at > to && !SPACE.test(text[at])) at--;
  return at;
}

/**
 * The regions shown for `differences` (in text order, as agreement.ts lists them): each difference's
 * range widened by `context` characters within its line; overlapping or touching regions merge.
 */
export function regionsOf(text: string, differences: ReadonlyArray<{ start: number; end: number }>, context = REGION_CONTEXT): Region[] {
  if (!Number.isInteger(context) || context < 0) throw new RangeError(`Bad region context ${context}`);
  const regions: Region[] = [];
  differences.forEach((d, index) => {
    if (d.start < 0 || d.end > text.length || d.end < d.start) throw new RangeError(`Difference ${index} (${d.start}–${d.end}) is outside the text`);
    const start = regionStart(text, d.start, context);
    const end = regionEnd(text, d.end, context);
    const last = regions[regions.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.differences.push(index);
    } else regions.push({ start, end, differences: [index] });
  });
  return regions;
}

/** The spans overlapping `[from, to)` (a zero-length span at `from` counts), outer first: by start, then longer first. */
export function spansIn(spans: readonly PaintSpan[], from: number, to: number): PaintSpan[] {
  return spans.filter((s) => s.start < to && (s.end > from || s.start === from)).sort((x, y) => x.start - y.start || y.end - x.end);
}

/** `[from, to)` cut at every boundary of `spans` inside it; each segment lists the spans covering it. */
export function segmentsOf(spans: readonly PaintSpan[], from: number, to: number): Segment[] {
  if (to < from) throw new RangeError(`Bad segment range ${from}–${to}`);
  const inside = spansIn(spans, from, to);
  const cuts = new Set<number>([from, to]);
  for (const s of inside) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    segments.push({ start, end, spans: inside.filter((s) => s.start <= start && s.end >= end) });
  }
  return segments;
}

/**
 * The regions to render around the current one: at most `radius` either side, so a document with
 * thousands of differences renders a hundred regions, not thousands. Answers the index range.
 */
export function windowAround(count: number, current: number, radius: number): { first: number; last: number } {
  if (count === 0) return { first: 0, last: -1 };
  const at = Math.min(Math.max(current, 0), count - 1);
  return { first: Math.max(0, at - radius), last: Math.min(count - 1, at + radius) };
}
