/** The passages the side-by-side view shows around differences, and how a passage is cut for painting. */
import { describe, expect, it } from 'vitest';
import { regionsOf, segmentsOf, windowAround, type PaintSpan } from '../../../src/renderer/adjudicate/regions';

const entity = (id: string, start: number, end: number, label = 'PERSON'): PaintSpan => ({ id, kind: 'entity', label, start, end });

describe('regionsOf', () => {
  it('keeps a short line whole and never crosses a line break', () => {
    const text = 'First line here.\nZhang Wei spoke.\nLast line.';
    const at = text.indexOf('Zhang');
    expect(regionsOf(text, [{ start: at, end: at + 9 }])).toEqual([{ start: 17, end: 33, differences: [0] }]);
  });

  it('cuts a long line to the context at word boundaries', () => {
    const text = `${'word '.repeat(100)}TARGET${' more'.repeat(100)}`;
    const at = text.indexOf('TARGET');
    const [region] = regionsOf(text, [{ start: at, end: at + 6 }], 20);
    expect(region.start).toBeGreaterThanOrEqual(at - 20);
    expect(region.end).toBeLessThanOrEqual(at + 6 + 20);
    expect(text[region.start - 1]).toBe(' '); // starts at a word
    expect(text.slice(region.start, region.end)).toMatch(/^word .*TARGET.* more$/);
  });

  it('merges overlapping passages and lists their differences', () => {
    const text = 'Ana met Ben in Harbin on Monday.\nNothing here.\nOr here either, for many words.\nCarla left.';
    const regions = regionsOf(text, [
      { start: 0, end: 3 },
      { start: 8, end: 11 },
      { start: text.indexOf('Carla'), end: text.indexOf('Carla') + 5 },
    ]);
    expect(regions.map((r) => r.differences)).toEqual([[0, 1], [2]]);
  });

  it('refuses a difference outside the text', () => {
    expect(() => regionsOf('short', [{ start: 2, end: 40 }])).toThrow(RangeError);
  });
});

describe('segmentsOf', () => {
  it('cuts at every span boundary and lists the covering spans outer first', () => {
    const outer = entity('o', 0, 20, 'ORG');
    const inner = entity('i', 5, 10);
    const segments = segmentsOf([inner, outer, entity('far', 40, 45)], 0, 30);
    expect(segments.map((s) => [s.start, s.end, s.spans.map((x) => x.id).join(',')])).toEqual([
      [0, 5, 'o'],
      [5, 10, 'o,i'],
      [10, 20, 'o'],
      [20, 30, ''],
    ]);
  });

  it('clips spans that start before or end after the range', () => {
    expect(segmentsOf([entity('x', 0, 100)], 10, 20)).toEqual([{ start: 10, end: 20, spans: [entity('x', 0, 100)] }]);
  });
});

describe('windowAround', () => {
  it('keeps at most radius either side of the current index', () => {
    expect(windowAround(1000, 500, 25)).toEqual({ first: 475, last: 525 });
    expect(windowAround(10, 0, 25)).toEqual({ first: 0, last: 9 });
    expect(windowAround(0, 0, 25)).toEqual({ first: 0, last: -1 });
  });
});
