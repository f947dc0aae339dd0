/**
 * Every whole-word occurrence of a set of names in a text, in one pass over its words (not one
 * search per name: a library may know thousands of names and a document may be a book).
 */
export interface Occurrence<T> {
  start: number;
  end: number;
  name: string;
  value: T;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;

function firstWord(name: string): string | null {
  const match = name.match(/[\p{L}\p{M}\p{N}]+/u);
  return match && match.index === 0 ? match[0] : null;
}

/**
 * `ignoreCase`: "Harbin", "HARBIN" and "Harbin" all match a name known as "Harbin" (or "HARBIN"),
 * as long as the occurrence starts with a capital where the name does ("apple" is not "Apple").
 */
export function findOccurrences<T>(text: string, names: Map<string, T>, options: { ignoreCase?: boolean } = {}): Array<Occurrence<T>> {
  const fold = options.ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  // Names grouped by their first word, longest first so "Harbin Electric Power" wins over "Harbin Electric".
  const byFirstWord = new Map<string, string[]>();
  for (const name of names.keys()) {
    const word = firstWord(name);
    if (!word) continue;
    const first = fold(word);
    const list = byFirstWord.get(first) ?? [];
    list.push(name);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const found: Array<Occurrence<T>> = [];
  if (byFirstWord.size === 0) return found;
  let coveredUntil = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (start < coveredUntil) continue;
    const candidates = byFirstWord.get(fold(match[0]));
    if (!candidates) continue;
    for (const name of candidates) {
      const end = start + name.length;
      const same = options.ignoreCase
        ? fold(text.slice(start, end)) === fold(name) && (!CAPITAL.test(name[0]) || CAPITAL.test(text[start]))
        : text.startsWith(name, start);
      if (!same || (end < text.length && WORD_CHAR.test(text[end]) && WORD_CHAR.test(name[name.length - 1]))) continue;
      found.push({ start, end, name, value: names.get(name) as T });
      coveredUntil = end;
      break;
    }
  }
  return found;
}
