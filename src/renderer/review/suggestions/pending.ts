/** Which annotations are pending suggestions, and how they are counted in words ("12 suggestions: 5 teasers, 4 claims, 3 entities"). */
import type { Annotation } from '../../../shared/types';
import { plural } from '../vocabulary';

/** A suggestion not yet accepted or rejected (also a teaser candidate from an older library). */
export function isPendingSuggestion(a: Annotation): boolean {
  return !a.orphaned && (a.attrs.pending === true || a.attrs.candidate === true);
}

const PENDING = new WeakMap<readonly Annotation[], readonly Annotation[]>();

/**
 * The pending suggestions of `ordered` (the store's annotations in document order, `documentOrderOf`),
 * filtered once per list: ] and [, the Suggestions tab and accept/reject all ask for them, and the
 * list is the same until the annotations change.
 */
export function pendingOf(ordered: readonly Annotation[]): readonly Annotation[] {
  let pending = PENDING.get(ordered);
  if (!pending) {
    pending = ordered.filter(isPendingSuggestion);
    PENDING.set(ordered, pending);
  }
  return pending;
}

export type SuggestionCounts = { teaser: number; claim: number; entity: number; total: number };

/** How many pending suggestions of each kind. */
export function countSuggestions(annotations: Iterable<Annotation>): SuggestionCounts {
  const counts: SuggestionCounts = { teaser: 0, claim: 0, entity: 0, total: 0 };
  for (const a of annotations) {
    if (!isPendingSuggestion(a) || a.kind === 'note') continue;
    counts[a.kind]++;
    counts.total++;
  }
  return counts;
}

/** "12 suggestions: 5 teasers, 4 claims, 3 entities"; "No suggestions pending" when there are none. */
export function describeCounts(c: SuggestionCounts): string {
  if (c.total === 0) return 'No suggestions pending';
  const parts = [
    c.teaser ? plural(c.teaser, 'teaser') : '',
    c.claim ? plural(c.claim, 'claim') : '',
    c.entity ? plural(c.entity, 'entity', 'entities') : '',
  ].filter(Boolean);
  return `${plural(c.total, 'suggestion')}: ${parts.join(', ')}`;
}
