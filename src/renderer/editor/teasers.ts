/**
 * The teasers plugin: off-topic content left by scrapers (related-article teasers, repeated
 * headlines, truncated snippets, boilerplate), greyed out — or hidden altogether in clean view:
 * blocks a teaser covers completely get `display: none`, partly covered text is hidden inline.
 */
import type { Command, EditorState } from 'prosemirror-state';
import { addFromSelectionCommand, annotationActions, annotationFeature, type AnnotationFeature, type AnnotationInfo } from './annotation-plugin';
import type { AnnotationStore } from './annotation-store';

/** The teaser feature (plugin factory, state, transaction helpers). */
export const teaserFeature: AnnotationFeature = annotationFeature({ name: 'teasers', kind: 'teaser', hidesText: true });

/** A new instance of the teasers plugin. */
export function teasers() {
  return teaserFeature.plugin();
}

/** The teaser annotations of a state (positions). */
export function getTeasers(state: EditorState): AnnotationStore<AnnotationInfo> {
  return teaserFeature.getState(state).store;
}

/** Flags the selection (snapped to words) as teaser content. */
export function flagTeaser(id: string, options: { candidate?: boolean } = {}): Command {
  return addFromSelectionCommand(teaserFeature, id, { label: null, candidate: options.candidate });
}

/** Whether teaser-covered content is hidden. */
export function isCleanView(state: EditorState): boolean {
  return teaserFeature.getState(state).hidden;
}

/** Shows (false) or hides (true) teaser-covered content; does not apply when already so. */
export function setCleanView(clean: boolean): Command {
  return (state, dispatch) => {
    if (isCleanView(state) === clean) return false;
    if (dispatch) dispatch(teaserFeature.act(state.tr, annotationActions.hide(clean)).setMeta('addToHistory', false));
    return true;
  };
}
