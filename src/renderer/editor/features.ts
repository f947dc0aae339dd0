/**
 * The annotation features as one registry: which plugin holds which kind, and the lookups that
 * cross features (everything at a point, innermost first; an annotation by id).
 */
import type { EditorState } from 'prosemirror-state';
import type { AnnotationKind } from '../../shared/types';
import type { AnnotationFeature, AnnotationItem } from './annotation-plugin';
import { claimFeature } from './claims';
import { entityFeature } from './entities';
import { noteFeature } from './notes';
import { teaserFeature } from './teasers';

/** Every feature, in paint order (lowest first). */
export const FEATURES: readonly AnnotationFeature[] = [teaserFeature, noteFeature, claimFeature, entityFeature];

/** The feature holding annotations of `kind`. Throws a RangeError for an unknown kind. */
export function featureFor(kind: AnnotationKind): AnnotationFeature {
  const feature = FEATURES.find((f) => f.spec.kind === kind);
  if (!feature) throw new RangeError(`No editor plugin handles annotations of kind "${String(kind)}"`);
  return feature;
}

/** The annotation with this id in any feature, or undefined. */
export function findAnnotation(state: EditorState, id: string): AnnotationItem | undefined {
  for (const feature of FEATURES) {
    const item = feature.getState(state).store.get(id);
    if (item) return item;
  }
  return undefined;
}

const KIND_ORDER: Record<AnnotationKind, number> = { entity: 0, note: 1, claim: 2, teaser: 3 };

/**
 * Every live annotation covering the character after `pos` (from ≤ pos < to), across features,
 * innermost (shortest) first; equal lengths go entity, note, claim, teaser.
 */
export function annotationsAt(state: EditorState, pos: number): AnnotationItem[] {
  const found: AnnotationItem[] = [];
  for (const feature of FEATURES) found.push(...feature.getState(state).store.at(pos));
  return found.sort((a, b) => a.to - a.from - (b.to - b.from) || KIND_ORDER[a.data.kind] - KIND_ORDER[b.data.kind]);
}
