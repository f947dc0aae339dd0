/**
 * Pure range helpers for the review workspace: document order, J/K navigation, whole-word
 * occurrence search for "tag all occurrences", and the entities inside a claim.
 * Offsets are canonical-text offsets (UTF-16 code units), end exclusive.
 */
import type { Annotation } from '../../shared/types';

/** Document order: by start, then the longer (outer) range first, then by id for stability. */
export function compareDocumentOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The anchored (not orphaned) annotations in document order. */
export function inDocumentOrder(annotations: Iterable<Annotation>): Annotation[] {
  const list: Annotation[] = [];
  for (const annotation of annotations) if (!annotation.orphaned) list.push(annotation);
  return list.sort(compareDocumentOrder);
}

const ORDERED = new WeakMap<ReadonlyMap<string, Annotation>, readonly Annotation[]>();

/**
 * {@link inDocumentOrder} of the review store's annotations, sorted once per map: the store makes a
 * new map on every change, so ] and J through thousands of annotations do not sort them on every key.
 */
export function documentOrderOf(annotations: ReadonlyMap<string, Annotation>): readonly Annotation[] {
  let ordered = ORDERED.get(annotations);
  if (!ordered) {
    ordered = inDocumentOrder(annotations.values());
    ORDERED.set(annotations, ordered);
  }
  return ordered;
}

/**
 * The annotation J (direction 1) or K (direction -1) moves to: the neighbour of `currentId` in
 * document order, or, with nothing selected, the first one at/after (before) the caret. Wraps around.
 */
export function neighbour(
  ordered: readonly Annotation[],
  currentId: string | null,
  caret: number,
  direction: 1 | -1,
): Annotation | null {
  if (ordered.length === 0) return null;
  const index = currentId ? ordered.findIndex((a) => a.id === currentId) : -1;
  if (index >= 0) return ordered[(index + direction + ordered.length) % ordered.length];
  if (direction === 1) return ordered.find((a) => a.start >= caret) ?? ordered[0];
  for (let i = ordered.length - 1; i >= 0; i--) if (ordered[i].start < caret) return ordered[i];
  return ordered[ordered.length - 1];
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // ASCII without the Unicode regex: "Harbin" has thousands of occurrences to check in a long text.
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return WORD_CHAR.test(ch);
}

/**
 * Every whole-word occurrence of `needle` in `text` that overlaps none of `taken` (the existing
 * entities). A boundary is only required where the needle itself starts or ends with a word
 * character, so "5.8%" and "(Xinhua)" match too. Linear in the text plus the taken ranges.
 */
export function untaggedOccurrences(
  text: string,
  needle: string,
  taken: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  if (needle.trim() === '') return [];
  const needStartBoundary = isWordChar(needle[0]);
  const needEndBoundary = isWordChar(needle[needle.length - 1]);
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const found: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  // The largest end among taken ranges that start before the current occurrence's end.
  let takenIndex = 0;
  let reach = -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (needStartBoundary && isWordChar(text[at - 1])) continue;
    if (needEndBoundary && isWordChar(text[end])) continue;
    if (at < cursor) continue; // overlaps the previous match ("aaa" in "aaaa")
    while (takenIndex < sorted.length && sorted[takenIndex].start < end) {
      reach = Math.max(reach, sorted[takenIndex].end);
      takenIndex++;
    }
    // Ranges that start before `end` and reach past `at` overlap; `reach` is the furthest of them.
    if (reach > at) continue;
    found.push({ start: at, end });
    cursor = end;
  }
  return found;
}

/** The entity annotations lying entirely inside `claim`, in document order (the claim's checklist). */
export function entitiesInside(claim: Annotation, annotations: Iterable<Annotation>): Annotation[] {
  const inside: Annotation[] = [];
  for (const a of annotations) {
    if (a.kind === 'entity' && !a.orphaned && a.start >= claim.start && a.end <= claim.end) inside.push(a);
  }
  return inside.sort(compareDocumentOrder);
}
