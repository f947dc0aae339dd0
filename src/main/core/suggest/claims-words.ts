/**
 * The words of a sentence as keys the claim model can weigh beside its hand-made features: each
 * lower-cased word ("w:announced"), each pair of neighbours ("b:he said"), and the first word
 * ("s:we"), with digits folded to "0" so "2019" and "1998" are one key. The trained model keeps a
 * weight only for keys seen in several training sentences, strongly shrunk towards 0, so a word
 * moves a score only where the labelled news showed it means something ("allegedly", "told the").
 */

const TOKEN = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Keys of one sentence, each once. */
export function wordKeys(text: string): string[] {
  const words = (text.toLowerCase().match(TOKEN) ?? []).map((w) => (/[\d’]/.test(w) ? w.replace(/\d/g, '0').replace(/’/g, "'") : w));
  const keys = new Set<string>();
  if (words.length) keys.add(`s:${words[0]}`);
  for (let i = 0; i < words.length; i += 1) {
    keys.add(`w:${words[i]}`);
    if (i > 0) keys.add(`b:${words[i - 1]} ${words[i]}`);
  }
  return [...keys];
}
