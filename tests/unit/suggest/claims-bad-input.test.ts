import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../src/main/core/suggest/claims';
import { emptySuggestContext } from '../../../src/main/core/suggest/types';

const broad = emptySuggestContext({ claimSetting: 'broad' });

/** Runs the suggester and how long it took. */
function timed(text: string) {
  const started = performance.now();
  const spans = suggestClaims(text, broad);
  return { spans, ms: performance.now() - started };
}

describe('claim suggester on bad input', () => {
  it('suggests nothing for an empty or blank document', () => {
    expect(suggestClaims('', broad)).toEqual([]);
    expect(suggestClaims(' \n\t\n ', broad)).toEqual([]);
  });

  it('suggests nothing for a text of only numbers', () => {
    expect(suggestClaims('2023 2024 5.8% 10,000,000\n1 2 3 4 5 6 7 8 9\n'.repeat(2000), broad)).toEqual([]);
  });

  it('finishes a 1 MB single line without punctuation, suggesting no megabyte-long "claim"', () => {
    const { spans, ms } = timed('revenue rose 5 million yuan and '.repeat(32_000)); // 1 MB, no full stop
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(4_000);
    expect(ms).toBeLessThan(10_000); // a hang guard on a shared machine; typically well under a second
  });

  it('finishes a 1 MB single line of sentences in time proportional to its length', () => {
    const sentence = 'Output at Daqing rose 5.8% to 10 million tons, the bureau said. ';
    const small = timed(sentence.repeat(1_600)); // 100 KB
    const big = timed(sentence.repeat(16_000)); // 1 MB
    expect(big.spans).toHaveLength(16_000);
    // Ten times the text should take about ten times as long, not a hundred.
    expect(big.ms).toBeLessThan(Math.max(small.ms, 20) * 30);
  });

  it('survives a million "Mr. " and a million semicolons', () => {
    expect(() => suggestClaims('Mr. '.repeat(250_000), broad)).not.toThrow();
    expect(() => suggestClaims('a; '.repeat(330_000), broad)).not.toThrow();
  });
});
