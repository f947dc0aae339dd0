import { describe, expect, it } from 'vitest';
import { meaningPush, meaningTokens } from '../../../src/main/core/suggest/claims-meaning';
import { claimModel } from '../../../src/main/core/suggest/claims-model';
import { fitClaimModel, type LabelledSentence } from '../../../src/main/core/suggest/claims-train';

describe('what a sentence\'s words mean, as the claim model weighs it', () => {
  it('reads words as the vectors spell them: lower-cased, straight apostrophes, hyphens split', () => {
    expect(meaningTokens('The mayor’s One-off PLAN, in 2019.')).toEqual(["the", "mayor's", 'one', 'off', 'plan', 'in', '2019']);
  });

  it('is the mean weight of the known words, unknown words and inherited keys left out', () => {
    const table = { police: 2, arrested: 4 };
    expect(meaningPush(table, 'Police arrested zorblax.')).toBe(3);
    expect(meaningPush(table, 'The constructor of toString.')).toBe(0);
    expect(meaningPush(undefined, 'Police arrested him.')).toBe(0);
  });

  it('scores a sentence of words never seen in training by their likeness to words that were', () => {
    // Two-dimensional vectors: "rose" and "fell" (figures) point one way, "hope" and "wish" (views) the other.
    const vectors = new Map(
      Object.entries({ rose: [1, 0.1], fell: [0.9, 0], hope: [0, 1], wish: [0.1, 0.9], climbed: [0.95, 0.05], dream: [0.05, 0.95] }).map(([w, v]) => [w, Float64Array.from(v)]),
    );
    const examples: LabelledSentence[] = [
      ...['rose', 'fell', 'rose fell'].map((text) => ({ text, label: 1 as const })),
      ...['hope', 'wish', 'hope wish'].map((text) => ({ text, label: 0 as const })),
    ];
    const fitted = fitClaimModel(examples, { vectors, l2Meaning: 0.001 });
    expect(Object.keys(fitted.meaning ?? {}).sort()).toEqual(['climbed', 'dream', 'fell', 'hope', 'rose', 'wish']);
    expect(meaningPush(fitted.meaning, 'climbed')).toBeGreaterThan(meaningPush(fitted.meaning, 'dream'));
  });

  it('ships in the model: a report of figures means more of a claim than a feeling', () => {
    const model = claimModel();
    expect(Object.keys(model.meaning ?? {}).length).toBeGreaterThan(10_000);
    expect(meaningPush(model.meaning, 'Revenue fell 5 percent to $3 billion in the quarter')).toBeGreaterThan(meaningPush(model.meaning, 'I feel so lucky and grateful'));
  });
});
