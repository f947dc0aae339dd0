/**
 * The entities plugin: people, organisations, places, dates, money, percentages … each an
 * annotation with a label, painted as a background in the label's colour.
 */
import type { Command, EditorState } from 'prosemirror-state';
import { addFromSelectionCommand, annotationFeature, updateCommand, type AnnotationFeature } from './annotation-plugin';
import type { AnnotationStore } from './annotation-store';
import type { AnnotationInfo } from './annotation-plugin';

/** The entity feature (plugin factory, state, transaction helpers). */
export const entityFeature: AnnotationFeature = annotationFeature({ name: 'entities', kind: 'entity' });

/** A new instance of the entities plugin. */
export function entities() {
  return entityFeature.plugin();
}

/** The entity annotations of a state (positions). */
export function getEntities(state: EditorState): AnnotationStore<AnnotationInfo> {
  return entityFeature.getState(state).store;
}

/** Tags the selection (snapped to words) as an entity with `label`, under the id the caller chose. */
export function tagEntity(id: string, label: string): Command {
  if (!label) throw new RangeError('An entity needs a label');
  return addFromSelectionCommand(entityFeature, id, { label });
}

/** Gives an entity another label. */
export function relabelEntity(id: string, label: string): Command {
  if (!label) throw new RangeError('An entity needs a label');
  return updateCommand(entityFeature, id, { label });
}
