/**
 * What a sentence's words mean, as the claim model weighs it: the mean, over the sentence's known
 * words, of one trained number per word (the model file's `meaning` table). Each number is a word's
 * GloVe vector projected on the fitted direction (`fitClaimModel` with vectors), so words the
 * labelled news never used still count by their likeness to ones it did: "ideology" like
 * "doctrine", "evacuated" like "rescued". Pure lookups: no vector is loaded at run time.
 */

const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** The sentence's words as the vectors spell them: lower-cased, curly apostrophes straightened. */
export function meaningTokens(text: string): string[] {
  return (text.toLowerCase().match(TOKEN) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** The mean weight of the sentence's words found in `table` (0 when none is). */
export function meaningPush(table: Readonly<Record<string, number>> | undefined, text: string): number {
  if (!table) return 0;
  let sum = 0;
  let n = 0;
  for (const w of meaningTokens(text)) {
    // Own keys only: "constructor" is a word too.
    if (!Object.hasOwn(table, w)) continue;
    sum += table[w];
    n += 1;
  }
  return n ? sum / n : 0;
}
