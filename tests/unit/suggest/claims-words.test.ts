import { describe, expect, it } from 'vitest';
import { wordKeys } from '../../../src/main/core/suggest/claims-words';

describe('word keys for the claim model', () => {
  it('gives each word, each pair of neighbours and the first word, lower-cased, once', () => {
    expect(wordKeys('Police said police said.')).toEqual(['s:police', 'w:police', 'w:said', 'b:police said', 'b:said police']);
  });

  it('folds digits so every year or amount is one key, and curly apostrophes to straight ones', () => {
    expect(wordKeys('In 2019 it rose 5.8%')).toEqual(expect.arrayContaining(['w:0000', 'b:in 0000', 'w:0.0']));
    expect(wordKeys('The state’s plan')).toContain("w:state's");
  });

  it('has no keys for a text without words', () => {
    expect(wordKeys(' … — ')).toEqual([]);
  });
});
