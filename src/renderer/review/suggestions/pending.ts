/** Which annotations are pending suggestions, and how they are counted in words ("12 suggestions: 5 teasers, 4 claims, 3 entities"). */
import type { Annotation } from '../../../shared/types';
import { plural } from '../vocabulary';

/** A suggestion not yet accepted or rejected (also a teaser candidate from an older library). */
export function isPendingSuggestion(a: Annotation): boolean {
  return !a.orphaned && (a.attrs.pending === true || a.attrs.candidate === true);
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
