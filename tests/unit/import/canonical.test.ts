import { describe, expect, it } from 'vitest';
import { CanonicalBuilder, canonicalOffsetMap, toCanonicalText } from '../../../src/main/core/import/canonical';

describe('toCanonicalText', () => {
  it('normalises CRLF and lone CR, trims lines and drops blank ones', () => {
    expect(toCanonicalText('\uFEFF  Title \r\n\r\n\tBody one\rBody two  \n \u00a0\n')).toBe('Title\nBody one\nBody two');
  });

  it('is idempotent and keeps astral characters intact', () => {
    const once = toCanonicalText(' 🚢 ship \n\n 𝔘nicode ');
    expect(once).toBe('🚢 ship\n𝔘nicode');
    expect(toCanonicalText(once)).toBe(once);
  });

  it('gives an empty string for whitespace only', () => {
    expect(toCanonicalText(' \r\n\t\n')).toBe('');
  });
});

describe('CanonicalBuilder', () => {
  it('reports where each added block landed, and builds the canonical text', () => {
    const b = new CanonicalBuilder();
    expect(b.add('  first ')).toEqual({ start: 0, end: 5 });
    expect(b.add(' \n ')).toBeNull();
    expect(b.add('second\n\nthird')).toEqual({ start: 6, end: 18 });
    expect(b.text).toBe('first\nsecond\nthird');
    expect(toCanonicalText(b.text)).toBe(b.text);
  });
});

describe('canonicalOffsetMap', () => {
  it('maps ranges of the raw text onto the canonical text', () => {
    const raw = '\uFEFFTitle\r\n\r\n   indented words\r\nlast';
    const map = canonicalOffsetMap(raw);
    expect(map.text).toBe('Title\nindented words\nlast');
    const at = (s: string) => map.mapRange(raw.indexOf(s), raw.indexOf(s) + s.length);
    expect(at('words')).toEqual({ start: 15, end: 20 });
    const span = at('words\r\nlast')!;
    expect(map.text.slice(span.start, span.end)).toBe('words\nlast');
    // a range with leading indentation is narrowed to the words
    const padded = map.mapRange(raw.indexOf('   indented'), raw.indexOf('indented') + 8)!;
    expect(map.text.slice(padded.start, padded.end)).toBe('indented');
    expect(map.mapRange(raw.indexOf('\r\n\r\n'), raw.indexOf('\r\n\r\n') + 4)).toBeNull();
    expect(() => map.mapRange(0, raw.length + 1)).toThrow(RangeError);
  });
});
