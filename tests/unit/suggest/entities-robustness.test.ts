import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../src/main/core/suggest/entities';
import { analyse } from '../../../src/main/core/suggest/entities-nlp';
import { gazetteer } from '../../../src/main/core/suggest/gazetteer';
import gazetteerJson from '../../../src/main/core/suggest/gazetteer.json';
import { emptySuggestContext } from '../../../src/main/core/suggest/types';

const ARTICLE =
  'Li Runyu, Deputy General Manager of Harbin Electric Power Group, said on March 3, 2024 that output in Heilongjiang Province rose 5.8% to US$3.5 million. ' +
  'Daqing Oilfield produced 1.5 million tons of crude; Li expects 2.7 trillion yuan of regional output in the first half of 2025. ';

/** Best of three, so one slow moment on a shared machine does not decide. */
function bestTime(run: () => void, tries = 3): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('entity suggester on bad input', () => {
  it('returns nothing for an empty or blank document', () => {
    expect(suggestEntities('', emptySuggestContext())).toEqual([]);
    expect(suggestEntities(' \n\t\n', emptySuggestContext())).toEqual([]);
  });

  it('reads one very long run of letters in milliseconds, and still finds the names after it', () => {
    // The model's abbreviation test was quadratic in a token's length: 160,000 letters took 10 s.
    // Now a few milliseconds; a generous bound, far below what the quadratic test took (tens of seconds).
    const text = `${'a'.repeat(400_000)}\n${ARTICLE}`;
    let found: ReturnType<typeof suggestEntities> = [];
    expect(bestTime(() => (found = suggestEntities(text, emptySuggestContext())), 1)).toBeLessThan(3000);
    expect(found.some((s) => s.label === 'PERSON' && s.start === 400_001)).toBe(true);
  });

  it('reads a text of only numbers without inventing names', () => {
    const text = Array.from({ length: 2000 }, (_, i) => String(i * 7919)).join(' ');
    const spans = suggestEntities(text, emptySuggestContext());
    expect(spans.every((s) => s.label !== 'PERSON' && s.label !== 'ORG' && s.label !== 'PLACE')).toBe(true);
    expect(spans.every((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)).toBe(true);
  });

  it('gets through a 1 MB single line', () => {
    const line = ARTICLE.replace(/\n/g, ' ').repeat(Math.ceil(1_000_000 / ARTICLE.length)).slice(0, 1_000_000);
    const spans = suggestEntities(line, emptySuggestContext());
    expect(spans.length).toBeGreaterThan(1000);
    expect(spans.every((s) => s.end <= line.length && s.start < s.end)).toBe(true);
  });

  it('gets through a 1 MB word with no spaces and emoji in it', () => {
    const word = 'ab😀'.repeat(250_000);
    expect(suggestEntities(word, emptySuggestContext())).toEqual([]);
  });

  it('every token the model reads sits at its own place in the text', () => {
    const text = "Can't stop — “Li’s” £5.2bn deal!\r\n\u00a0\u2003e-mail: a@b.co, #tag 😀👍🏽 1,234.5 km² … O'Neill's.\n" + ARTICLE;
    const { tokens } = analyse(text);
    expect(tokens.length).toBeGreaterThan(40);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('offsets stay right after tabs, line breaks, emoji and non-breaking spaces', () => {
    const text = '😀\tExports from\u00a0Harbin\n\nrose 5.8%.';
    const spans = suggestEntities(text, emptySuggestContext());
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Harbin', '5.8%']);
  });
});

describe('entity suggester speed', () => {
  it('reads 10,000 characters of news in 100 ms or less', () => {
    const text = ARTICLE.repeat(40).slice(0, 10_000);
    suggestEntities(text, emptySuggestContext());
    expect(bestTime(() => suggestEntities(text, emptySuggestContext()))).toBeLessThanOrEqual(100);
  });

  // A quadratic step would make this ratio about 100; 30 leaves room for a busy machine.
  it('takes linear time: ten times the text, not much more than ten times as long', () => {
    // Sizes large enough that garbage collection and timer noise do not decide.
    const small = ARTICLE.repeat(200).slice(0, 50_000);
    const large = ARTICLE.repeat(2000).slice(0, 500_000);
    suggestEntities(small, emptySuggestContext());
    const ratio = bestTime(() => suggestEntities(large, emptySuggestContext()), 2) / bestTime(() => suggestEntities(small, emptySuggestContext()), 5);
    expect(ratio).toBeLessThan(30);
  });
});

describe('gazetteer', () => {
  it('loads the shipped lists and names their sources', () => {
    const gaz = gazetteer();
    expect(gaz.places.get('China')).toBe('country');
    expect(gaz.places.get('Harbin')).toBe('city');
    expect(gaz.places.get('Texas')).toBe('state');
    expect(gaz.firstNames.has('Terry')).toBe(true);
    expect(gaz.surnames.has('Li')).toBe(true);
    expect(gaz.orgSuffixes.has('Oilfield')).toBe(true);
    expect(gaz.personTitles.has('Deputy General Manager')).toBe(true);
    expect(gaz.longestTitle).toBeGreaterThanOrEqual(3);
    expect(Object.keys(gazetteerJson.sources)).toEqual(expect.arrayContaining(['countries', 'cities', 'firstNames']));
  });

  it('stays compact', () => {
    expect(JSON.stringify(gazetteerJson).length).toBeLessThan(2_000_000);
  });
});
