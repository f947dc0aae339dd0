/**
 * Fitting the claim model: L2-regularised logistic regression by full-batch gradient descent with
 * balanced class weights (check-worthy sentences are 7% of the CLEF speeches), over the hand-made
 * features of `claims-features.ts` and, optionally, the sentence's word keys (`claims-words.ts`):
 * a weight for each key seen in at least `minCount` training sentences, shrunk by its own, stronger
 * L2. A few thousand sentences train in about a second, so no library is needed; used only by
 * `scripts/train-claims.ts` and `scripts/eval/claims.ts`, never at run time.
 */
import { CONTEXT_FEATURES, FEATURES, sentenceFeatures } from './claims-features';
import { wordKeys } from './claims-words';

export interface LabelledSentence {
  text: string;
  label: 0 | 1;
  /** Extra weight for this example (news sentences count more than speech lines). */
  weight?: number;
  /** Its document's context (`documentContext`), when the model weighs it. */
  context?: Float64Array;
}

export interface FittedWeights {
  bias: number;
  weights: Record<string, number>;
  /** Weights of word keys; absent when the model was fitted on the hand-made features alone. */
  words?: Record<string, number>;
}

export interface FitOptions {
  /** L2 penalty on the hand-made features' weights. */
  l2?: number;
  /** Weigh the document's context ("doc:" weights). */
  context?: boolean;
  /** L2 penalty on word weights; 0 = no word features at all. */
  l2Words?: number;
  /** A word key needs this many training sentences to get a weight. */
  minCount?: number;
  iterations?: number;
  rate?: number;
}

// Evaluation refits on overlapping sets many times (nested held-out); each sentence's features are computed once.
const featureCache = new Map<string, { dense: Float64Array; keys: string[] }>();
function featuresOf(text: string): { dense: Float64Array; keys: string[] } {
  let v = featureCache.get(text);
  if (!v) {
    v = { dense: sentenceFeatures(text).values, keys: wordKeys(text) };
    featureCache.set(text, v);
  }
  return v;
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

export function fitClaimModel(examples: LabelledSentence[], { l2 = 0.003, l2Words = 0, minCount = 3, iterations = 800, rate = 2, context = false }: FitOptions = {}): FittedWeights {
  const n = examples.length;
  const names = [...FEATURES.map((f) => f.name), ...(context ? CONTEXT_FEATURES.map((c) => `doc:${c}`) : [])];
  const d = names.length;
  const xs = examples.map((e) => {
    const x = featuresOf(e.text);
    if (!context) return x;
    const dense = new Float64Array(d);
    dense.set(x.dense);
    dense.set(e.context ?? new Float64Array(CONTEXT_FEATURES.length), FEATURES.length);
    return { dense, keys: x.keys };
  });
  // The word vocabulary: keys in at least minCount training sentences.
  const vocabulary = new Map<string, number>();
  if (l2Words > 0) {
    const counts = new Map<string, number>();
    for (const x of xs) for (const k of x.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const [k, c] of counts) if (c >= minCount) vocabulary.set(k, vocabulary.size);
  }
  const sparse = xs.map((x) => Int32Array.from(x.keys.map((k) => vocabulary.get(k) ?? -1).filter((i) => i >= 0)));
  const pos = examples.reduce((s, e) => s + (e.label === 1 ? e.weight ?? 1 : 0), 0);
  const neg = examples.reduce((s, e) => s + (e.label === 0 ? e.weight ?? 1 : 0), 0);
  // Balanced: each class carries half the total weight.
  const sw = examples.map((e) => (e.weight ?? 1) * (e.label === 1 ? (pos + neg) / (2 * pos) : (pos + neg) / (2 * neg)));
  const total = sw.reduce((a, b) => a + b, 0);
  const w = new Float64Array(d);
  const v = new Float64Array(vocabulary.size);
  let b = 0;
  for (let it = 0; it < iterations; it += 1) {
    const g = new Float64Array(d);
    const gv = new Float64Array(vocabulary.size);
    let gb = 0;
    for (let k = 0; k < n; k += 1) {
      const x = xs[k].dense;
      const s = sparse[k];
      let z = b;
      for (let j = 0; j < d; j += 1) z += w[j] * x[j];
      for (let j = 0; j < s.length; j += 1) z += v[s[j]];
      const err = (1 / (1 + Math.exp(-z)) - examples[k].label) * sw[k];
      for (let j = 0; j < d; j += 1) g[j] += err * x[j];
      for (let j = 0; j < s.length; j += 1) gv[s[j]] += err;
      gb += err;
    }
    for (let j = 0; j < d; j += 1) w[j] -= rate * (g[j] / total + l2 * w[j]);
    for (let j = 0; j < v.length; j += 1) v[j] -= rate * (gv[j] / total + l2Words * v[j]);
    b -= rate * (gb / total);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    weights[name] = round4(w[j]);
  });
  const fitted: FittedWeights = { bias: round4(b), weights };
  if (l2Words > 0) {
    // Keys whose weight rounds to nothing are left out: the model file keeps only what moves a score.
    fitted.words = {};
    for (const [k, j] of [...vocabulary].sort((a, c) => (a[0] < c[0] ? -1 : 1))) {
      const rounded = Math.round(v[j] * 1000) / 1000;
      if (rounded !== 0) fitted.words[k] = rounded;
    }
  }
  return fitted;
}
