/** The notes plugin: free-form editor's notes on a passage, shown as blue text on a light tint. */
import type { Command, EditorState } from 'prosemirror-state';
import { addFromSelectionCommand, annotationFeature, type AnnotationFeature, type AnnotationInfo } from './annotation-plugin';
import type { AnnotationStore } from './annotation-store';

/** The note feature (plugin factory, state, transaction helpers). */
export const noteFeature: AnnotationFeature = annotationFeature({ name: 'notes', kind: 'note' });

/** A new instance of the notes plugin. */
export function notes() {
  return noteFeature.plugin();
}

/** The note annotations of a state (positions). */
export function getNotes(state: EditorState): AnnotationStore<AnnotationInfo> {
  return noteFeature.getState(state).store;
}

/** Attaches a note to the selection (snapped to words). */
export function addNote(id: string): Command {
  return addFromSelectionCommand(noteFeature, id, { label: null });
}
