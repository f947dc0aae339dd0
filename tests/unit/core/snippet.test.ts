import { describe, expect, test } from 'vitest';
import { snippetOf, termsOfMatch } from '../../../src/main/core/repos/snippet';
import { buildMatchQuery } from '../../../src/main/core/repos/search';

const terms = (query: string) => termsOfMatch(buildMatchQuery(query)!);

describe('search snippets', () => {
  test('the passage starts a few words before the first match and marks every matched word, accents and case folded', () => {
    const text = 'Call me Ishmael. Some years ago, never mind how long precisely, I thought I would sail about. The Whale! The whales of Zürich.';
    expect(snippetOf(text, terms('whale'), 12)).toBe('…would sail about. The \u0001Whale\u0002! The \u0001whales\u0002 of Zürich');
    expect(snippetOf(text, terms('zurich call'), 6)).toBe('\u0001Call\u0002 me Ishmael. Some years ago…');
  });

  test('a phrase marks its words; a query not in the text (a title match) shows the opening', () => {
    expect(snippetOf('the white whale rose', terms('"white whale"'))).toBe('the \u0001white\u0002 \u0001whale\u0002 rose');
    expect(snippetOf('Nothing here at all', terms('harpoon'), 3)).toBe('Nothing here at…');
  });

  test('a match deep in a long text, at its very end, or shorter passages than the lead-in', () => {
    const long = `${'Call me Ishmael. '.repeat(20_000)}At last the ambergris.`;
    expect(snippetOf(long, terms('ambergris'), 6)).toBe('…Ishmael. At last the \u0001ambergris\u0002');
    expect(snippetOf(long, terms('ambergris'), 7)).toBe('…Ishmael. At last the \u0001ambergris\u0002');
    expect(snippetOf('one two three four five whale six', terms('whale'), 3)).toBe('…two three four…');
    expect(snippetOf('one two three four five whale', terms('whale'), 2)).toBe('…two three…');
  });

  test('texts whose words are ASCII (found by indexOf) give the passages that reading word by word gives', () => {
    // The same text with one accented word after a long tail is read word by word: compare the two.
    const vocabulary = ['Whale', 'whaler', 'whales', 'ship', 'Ahab', 'a', 'the', 'sea-man', "it's", 'it’s', '1851', 'ambergris', 'x2', 'WHALE', '“Whale!”'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const queries = ['whale', '"whale"', 'ahab whal', '"the whale"', 'ambergris', '1851', 'man', 's', 'x2', 'nothing'];
    for (let round = 0; round < 300; round++) {
      const words = Array.from({ length: 5 + random(60) }, () => vocabulary[random(vocabulary.length)] + [' ', ', ', '. ', ' — ', '\n', '—', '…'][random(7)]);
      const text = `${words.join('')}${' tail'.repeat(40)}`;
      for (const query of queries) {
        const size = 1 + random(24);
        expect(snippetOf(`${text} e`, terms(query), size), `${query} in ${text}`).toBe(snippetOf(`${text} é`, terms(query), size));
      }
    }
  });
});
