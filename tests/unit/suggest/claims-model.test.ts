import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTEXT_FEATURES, FEATURES, sentenceFeatures } from '../../../src/main/core/suggest/claims-features';
import { CLAIM_MODEL_FORMAT, checkClaimModel, claimModel, claimScore } from '../../../src/main/core/suggest/claims-model';

const MODEL_FILE = new URL('../../../src/main/core/suggest/models/claims.json', import.meta.url);

describe('the shipped claim model', () => {
  it('is a checked-in file of the right format, saying what it was trained from and when', () => {
    const raw = JSON.parse(readFileSync(MODEL_FILE, 'utf8'));
    expect(raw.format).toBe(CLAIM_MODEL_FORMAT);
    expect(raw.trainedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(raw.trainedFrom.join(' ')).toMatch(/CLEF-2019/);
    expect(raw.examples.total).toBeGreaterThan(raw.examples.positive);
    // Compact: weights, not data (word weights made it 2 KB → about 70 KB; the budget is a few hundred).
    expect(readFileSync(MODEL_FILE).length).toBeLessThan(300_000);
  });

  it('weighs words and the document\'s context beside the hand-made features', () => {
    const model = claimModel();
    expect(Object.keys(model.words ?? {}).length).toBeGreaterThan(100);
    for (const name of CONTEXT_FEATURES) expect(Number.isFinite(model.weights[`doc:${name}`])).toBe(true);
    const features = sentenceFeatures('The council approved the budget on Tuesday.');
    expect(claimScore(model, features, 'The council approved the budget on Tuesday.')).not.toBe(claimScore(model, features));
  });

  it('has a finite weight for every feature and a broad threshold below the precise one', () => {
    const model = claimModel();
    for (const f of FEATURES) expect(Number.isFinite(model.weights[f.name])).toBe(true);
    expect(model.thresholds.broad).toBeLessThanOrEqual(model.thresholds.precise);
    expect(model.thresholds.broad).toBeGreaterThan(0);
    expect(model.thresholds.precise).toBeLessThan(1);
  });

  it('scores in [0, 1], a sentence full of figures above a greeting', () => {
    const model = claimModel();
    const fact = claimScore(model, sentenceFeatures('SoftBank agreed to inject $6.5 billion into WeWork, the largest rescue this year, Reuters reported.'));
    const greeting = claimScore(model, sentenceFeatures('Thank you very much.'));
    for (const s of [fact, greeting]) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(fact).toBeGreaterThan(model.thresholds.precise);
    expect(greeting).toBeLessThan(model.thresholds.broad);
  });

  it('refuses a model file of another shape with one sentence', () => {
    expect(() => checkClaimModel(null)).toThrow(/not a copydesk-claims-logistic\/1 file/);
    const shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8'));
    const missing = { ...shipped, weights: { ...shipped.weights, money: undefined } };
    expect(() => checkClaimModel(missing)).toThrow('The claim model has no weight for "money"; retrain it with scripts/train-claims.ts.');
    expect(() => checkClaimModel({ ...shipped, thresholds: { precise: 0.3, broad: 0.6 } })).toThrow(/thresholds/);
    expect(() => checkClaimModel({ ...shipped, words: { 'w:said': 'much' } })).toThrow('The claim model has a word weight that is not a number.');
  });
});
