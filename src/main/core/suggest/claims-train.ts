/**
 * Fitting the claim model: L2-regularised logistic regression by full-batch gradient descent with
 * balanced class weights (check-worthy sentences are 7% of the CLEF speeches). 52 features and a few
 * thousand sentences train in well under a second, so no library is needed; used only by
 * `scripts/train-claims.ts` and `scripts/eval/claims.ts`, never at run time.
 */
import { FEATURES, sentenceFeatures } from './claims-features';

export interface LabelledSentence {
  text: string;
  label: 0 | 1;
  /** Extra weight for this example (news sentences count more than speech lines). */
  weight?: number;
}

export interface FittedWeights {
  bias: number;
  weights: Record<string, number>;
}

// Evaluation refits on overlapping sets many times (nested held-out); each sentence's features are computed once.
const featureCache = new Map<string, Float64Array>();
function featuresOf(text: string): Float64Array {
  let v = featureCache.get(text);
  if (!v) {
    v = sentenceFeatures(text).values;
    featureCache.set(text, v);
  }
  return v;
}

export function fitClaimModel(examples: LabelledSentence[], { l2 = 0.003, iterations = 800, rate = 2 } = {}): FittedWeights {
  const n = examples.length;
  const d = FEATURES.length;
  const xs = examples.map((e) => featuresOf(e.text));
  const pos = examples.reduce((s, e) => s + (e.label === 1 ? e.weight ?? 1 : 0), 0);
  const neg = examples.reduce((s, e) => s + (e.label === 0 ? e.weight ?? 1 : 0), 0);
  // Balanced: each class carries half the total weight.
  const sw = examples.map((e) => (e.weight ?? 1) * (e.label === 1 ? (pos + neg) / (2 * pos) : (pos + neg) / (2 * neg)));
  const total = sw.reduce((a, b) => a + b, 0);
  const w = new Float64Array(d);
  let b = 0;
  for (let it = 0; it < iterations; it += 1) {
    const g = new Float64Array(d);
    let gb = 0;
    for (let k = 0; k < n; k += 1) {
      const x = xs[k];
      let z = b;
      for (let j = 0; j < d; j += 1) z += w[j] * x[j];
      const err = (1 / (1 + Math.exp(-z)) - examples[k].label) * sw[k];
      for (let j = 0; j < d; j += 1) g[j] += err * x[j];
      gb += err;
    }
    for (let j = 0; j < d; j += 1) w[j] -= rate * (g[j] / total + l2 * w[j]);
    b -= rate * (gb / total);
  }
  const weights: Record<string, number> = {};
  FEATURES.forEach((f, j) => {
    weights[f.name] = Math.round(w[j] * 10000) / 10000;
  });
  return { bias: Math.round(b * 10000) / 10000, weights };
}
