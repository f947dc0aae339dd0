/** shared/well-formed.ts: lone surrogates become U+FFFD, one for one, in every string of a value. */
import { describe, expect, test } from 'vitest';
import { wellFormed, wellFormedDeep } from '../../../src/shared/well-formed';

describe('wellFormed', () => {
  test('replaces lone halves, keeps pairs, keeps the length', () => {
    const text = 'a\uD800b\uDC00c😀\uD83D';
    expect(wellFormed(text)).toBe('a\uFFFDb\uFFFDc😀\uFFFD');
    expect(wellFormed(text)).toHaveLength(text.length);
  });
});

describe('wellFormedDeep', () => {
  test('answers the same value when nothing needs fixing (no copy of a large input)', () => {
    const input = { text: 'ok', moves: [{ id: 'a', start: 1 }] };
    expect(wellFormedDeep(input)).toBe(input);
  });

  test('fixes strings and keys at any depth, copying only what changed', () => {
    const untouched = { id: 'b' };
    const input = { list: [untouched, { id: 'x\uD800' }], [`k\uDC00`]: 1 };
    const out = wellFormedDeep(input);
    expect(out).toEqual({ list: [{ id: 'b' }, { id: 'x\uFFFD' }], 'k\uFFFD': 1 });
    expect(out.list[0]).toBe(untouched);
    expect(input.list[1]).toEqual({ id: 'x\uD800' }); // the input is not changed
  });

  test('a "__proto__" key stays an ordinary key and pollutes nothing', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "\\ud800"}, "a": "\\udc00"}') as Record<string, unknown>;
    const out = wellFormedDeep(input);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":"\uFFFD"},"a":"\uFFFD"}');
  });
});
