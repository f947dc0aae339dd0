/**
 * Fitting the claim model: L2-regularised logistic regression by full-batch gradient descent with
 * balanced class weights (check-worthy sentences are 7% of the CLEF speeches), over the hand-made
 * features of `claims-features.ts` and, optionally, the sentence's word keys (`claims-words.ts`):
 * a weight for each key seen in at least `minCount` training sentences, shrunk by its own, stronger
 * L2, and, given word vectors, the mean vector of its words (`claims-meaning.ts`), folded into one
 * number per word for the model file. A few thousand sentences train in seconds, so no library is needed; used only by
 * `scripts/train-claims.ts` and `scripts/eval/claims.ts`, never at run time.
 */
import { CONTEXT_FEATURES, FEATURES, sentenceFeatures } from './claims-features';
import { meaningTokens } from './claims-meaning';
import { wordKeys } from './claims-words';

/** A vector for each word the model may weigh (`scripts/eval/claims-train-vectors.ts`), all of one length. */
export type WordVectors = ReadonlyMap<string, Float64Array>;

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
  /** Each vector word's share of the mean-vector weight (`claims-meaning.ts`); absent without vectors. */
  meaning?: Record<string, number>;
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
  /** Word vectors: the mean vector of a sentence's words is weighed too. */
  vectors?: WordVectors;
  /** L2 penalty on the weights of the (standardised) mean vector. */
  l2Meaning?: number;
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

/** The mean vector of the sentence's words that have one (zeros when none has). */
function meanVector(text: string, vectors: WordVectors, dims: number): Float64Array {
  const out = new Float64Array(dims);
  let n = 0;
  for (const w of meaningTokens(text)) {
    const v = vectors.get(w);
    if (!v) continue;
    n += 1;
    for (let j = 0; j < dims; j += 1) out[j] += v[j];
  }
  if (n) for (let j = 0; j < dims; j += 1) out[j] /= n;
  return out;
}

/**
 * Mean vectors of the examples, each dimension standardised over them (gradient descent with one
 * rate for all weights needs comparable scales); `mean` and `sd` undo it when the weights are folded.
 */
function standardisedMeans(examples: LabelledSentence[], vectors: WordVectors): { rows: Float64Array[]; mean: Float64Array; sd: Float64Array } {
  const dims = vectors.values().next().value?.length ?? 0;
  const rows = examples.map((e) => meanVector(e.text, vectors, dims));
  const mean = new Float64Array(dims);
  const sd = new Float64Array(dims);
  for (const r of rows) for (let j = 0; j < dims; j += 1) mean[j] += r[j] / rows.length;
  for (const r of rows) for (let j = 0; j < dims; j += 1) sd[j] += (r[j] - mean[j]) ** 2 / rows.length;
  for (let j = 0; j < dims; j += 1) sd[j] = Math.sqrt(sd[j]) || 1;
  for (const r of rows) for (let j = 0; j < dims; j += 1) r[j] = (r[j] - mean[j]) / sd[j];
  return { rows, mean, sd };
}

export function fitClaimModel(
  examples: LabelledSentence[],
  { l2 = 0.003, l2Words = 0, minCount = 3, iterations = 800, rate = 2, context = false, vectors, l2Meaning = 0.03 }: FitOptions = {},
): FittedWeights {
  const n = examples.length;
  const names = [...FEATURES.map((f) => f.name), ...(context ? CONTEXT_FEATURES.map((c) => `doc:${c}`) : [])];
  // The mean vector's dimensions follow the named weights; they are folded away at the end.
  const named = names.length;
  const means = vectors?.size ? standardisedMeans(examples, vectors) : null;
  const d = named + (means?.mean.length ?? 0);
  const xs = examples.map((e, k) => {
    const x = featuresOf(e.text);
    if (!context && !means) return x;
    const dense = new Float64Array(d);
    dense.set(x.dense);
    if (context) dense.set(e.context ?? new Float64Array(CONTEXT_FEATURES.length), FEATURES.length);
    if (means) dense.set(means.rows[k], named);
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
    for (let j = 0; j < d; j += 1) w[j] -= rate * (g[j] / total + (j < named ? l2 : l2Meaning) * w[j]);
    for (let j = 0; j < v.length; j += 1) v[j] -= rate * (gv[j] / total + l2Words * v[j]);
    b -= rate * (gb / total);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    weights[name] = round4(w[j]);
  });
  const fitted: FittedWeights = { bias: round4(b), weights };
  if (means && vectors) {
    // Σ_j w_j (m_j − mean_j) / sd_j over the mean vector m = the mean of each word's own projection, less a constant for the bias.
    const dims = means.mean.length;
    const u = Float64Array.from({ length: dims }, (_, j) => w[named + j] / means.sd[j]);
    let shift = 0;
    for (let j = 0; j < dims; j += 1) shift += u[j] * means.mean[j];
    fitted.bias = round4(b - shift);
    fitted.meaning = {};
    for (const [word, v] of vectors) {
      let z = 0;
      for (let j = 0; j < dims; j += 1) z += u[j] * v[j];
      // Hundredths: a word's weight is a few units, and the rounding errors average out over a sentence.
      fitted.meaning[word] = Math.round(z * 100) / 100;
    }
  }
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
