import { describe, expect, test } from 'vitest';
import { quoteSelector, reanchor } from '../../../src/main/core/anchoring';

const TEXT = 'The mayor of Harbin spoke. Later, in Harbin, the governor replied. Harbin is cold.';

describe('quoteSelector', () => {
  test('takes the quote and up to 32 characters either side', () => {
    const start = TEXT.indexOf('Harbin, the');
    const selector = quoteSelector(TEXT, start, start + 6);
    expect(selector.quote).toBe('Harbin');
    expect(selector.prefix).toBe(TEXT.slice(start - 32, start));
    expect(selector.suffix).toBe(TEXT.slice(start + 6, start + 38));
  });

  test('context is shorter at the edges of the text', () => {
    expect(quoteSelector('abc', 0, 3)).toEqual({ quote: 'abc', prefix: '', suffix: '' });
  });

  test('context never starts or ends inside an emoji', () => {
    // 32 code units either side would cut each emoji in half.
    const text = `x😀${'a'.repeat(31)}QUOTE${'b'.repeat(31)}😀x`;
    const start = text.indexOf('QUOTE');
    const { prefix, suffix } = quoteSelector(text, start, start + 5);
    expect(prefix).toBe('a'.repeat(31));
    expect(suffix).toBe('b'.repeat(31));
  });

  test('a range outside the text is a RangeError', () => {
    expect(() => quoteSelector('abc', 2, 5)).toThrow(RangeError);
    expect(() => quoteSelector('abc', 2, 1)).toThrow(RangeError);
  });
});

describe('reanchor', () => {
  const at = (text: string, quote: string, n = 0) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = text.indexOf(quote, i + 1);
    return { ...quoteSelector(text, i, i + quote.length), start: i, end: i + quote.length };
  };

  test('keeps the position while the quote is still there', () => {
    const anchor = at(TEXT, 'Harbin', 1);
    expect(reanchor(TEXT, anchor)).toEqual({ start: anchor.start, end: anchor.end });
  });

  test('after an insertion earlier in the text, finds the occurrence whose context matches', () => {
    const anchor = at(TEXT, 'Harbin', 1); // "in Harbin, the governor"
    const edited = 'Breaking: Harbin news. ' + TEXT;
    const place = reanchor(edited, anchor)!;
    expect(edited.slice(place.start - 3, place.end + 5)).toBe('in Harbin, the');
  });

  test('among equally good matches, prefers the one nearest the old position', () => {
    const text = 'aa X bb aa X bb aa X bb';
    const anchor = { start: 12, end: 13, quote: 'X', prefix: '', suffix: '' };
    expect(reanchor('_' + text, anchor)).toEqual({ start: 12, end: 13 });
  });

  test('answers null when the quote is gone: the annotation is orphaned', () => {
    const anchor = at(TEXT, 'governor');
    expect(reanchor(TEXT.replace('governor', 'mayor'), anchor)).toBeNull();
  });

  test('prefers a far occurrence with matching context over a near one without', () => {
    const original = `${'filler '.repeat(20)}in Harbin, the governor replied.`;
    const anchor = at(original, 'Harbin');
    // Near the old spot "going to Harbin."; the sentence itself moved 5,000 characters further on.
    const edited = `${'filler '.repeat(20)}going to Harbin.${' '.repeat(5000)}${'filler '.repeat(20)}in Harbin, the governor replied.`;
    const place = reanchor(edited, anchor)!;
    expect(edited.slice(place.start - 3, place.end + 5)).toBe('in Harbin, the');
    expect(place.start).toBeGreaterThan(5000);
  });
});
