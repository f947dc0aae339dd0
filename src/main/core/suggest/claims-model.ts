/**
 * The claim model: logistic regression over `claims-features.ts`, weights trained offline by
 * `scripts/train-claims.ts` and shipped as `models/claims.json` (imported, so it is read once per
 * worker and bundled into the app; nothing is trained at run time).
 */
import { CONTEXT_FEATURES, FEATURES, type SentenceFeatures } from './claims-features';
import { wordKeys } from './claims-words';
import shipped from './models/claims.json';

export const CLAIM_MODEL_FORMAT = 'copydesk-claims-logistic/1';

export interface ClaimModel {
  format: string;
  trainedAt: string;
  /** Where the examples came from, for anyone asking what the model learnt. */
  trainedFrom: string[];
  examples: { total: number; positive: number };
  bias: number;
  /** One weight per feature name of `FEATURES`. */
  weights: Record<string, number>;
  /** Weights of word keys (`claims-words.ts`); a key not listed weighs 0. */
  words?: Record<string, number>;
  /** Score cut-offs for Settings → Suggestions: "precise" (fewer, surer) and "broad" (more recall). */
  thresholds: { precise: number; broad: number };
  /** Held-out figures measured when the thresholds were chosen. */
  measured?: Record<string, unknown>;
}

/** Check a model file's shape; throws one sentence naming what is wrong. */
export function checkClaimModel(raw: unknown): ClaimModel {
  const m = raw as Partial<ClaimModel> | null;
  if (!m || typeof m !== 'object' || m.format !== CLAIM_MODEL_FORMAT) throw new Error(`The claim model is not a ${CLAIM_MODEL_FORMAT} file.`);
  if (!Number.isFinite(m.bias)) throw new Error('The claim model has no bias.');
  for (const f of FEATURES) {
    if (!Number.isFinite(m.weights?.[f.name])) throw new Error(`The claim model has no weight for "${f.name}"; retrain it with scripts/train-claims.ts.`);
  }
  if (m.words !== undefined && (typeof m.words !== 'object' || m.words === null || !Object.values(m.words).every(Number.isFinite))) {
    throw new Error('The claim model has a word weight that is not a number.');
  }
  const t = m.thresholds;
  if (!t || !(t.broad > 0 && t.broad <= t.precise && t.precise < 1)) throw new Error('The claim model has no usable thresholds.');
  return m as ClaimModel;
}

let loaded: ClaimModel | null = null;

/** The shipped model, checked once. */
export function claimModel(): ClaimModel {
  if (!loaded) loaded = checkClaimModel(shipped);
  return loaded;
}

/** Each feature's push (weight × value), in FEATURES order. */
export function contributions(model: ClaimModel, features: SentenceFeatures): number[] {
  return FEATURES.map((f, i) => model.weights[f.name] * features.values[i]);
}

/** The summed weight of the sentence's words, and its words with the largest weights either way. */
export function wordPush(model: ClaimModel, text: string): { push: number; words: Array<{ key: string; weight: number }> } {
  const table = model.words;
  if (!table) return { push: 0, words: [] };
  let push = 0;
  const words: Array<{ key: string; weight: number }> = [];
  for (const key of wordKeys(text)) {
    const weight = table[key];
    if (weight === undefined) continue;
    push += weight;
    words.push({ key, weight });
  }
  return { push, words };
}

/**
 * The probability that a sentence is a checkable claim, in [0, 1]; `words` is its text (or the
 * `wordPush` already summed for it), `context` its document's `documentContext` for the "doc:" weights.
 */
export function claimScore(model: ClaimModel, features: SentenceFeatures, words?: string | number, context?: Float64Array): number {
  let z = model.bias;
  FEATURES.forEach((f, i) => {
    z += model.weights[f.name] * features.values[i];
  });
  if (typeof words === 'string') z += wordPush(model, words).push;
  else if (typeof words === 'number') z += words;
  if (context) CONTEXT_FEATURES.forEach((name, i) => (z += (model.weights[`doc:${name}`] ?? 0) * context[i]));
  return 1 / (1 + Math.exp(-z));
}
