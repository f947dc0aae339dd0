/** Test helpers: a full editor state with every plugin, built from canonical text. */
import { EditorState, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { annotationActions, type AnnotationItem } from '../../../src/renderer/editor/annotation-plugin';
import { blockIndex, getBlockIndex } from '../../../src/renderer/editor/block-index';
import { claims } from '../../../src/renderer/editor/claims';
import { entities } from '../../../src/renderer/editor/entities';
import { featureFor } from '../../../src/renderer/editor/features';
import { notes } from '../../../src/renderer/editor/notes';
import { paint } from '../../../src/renderer/editor/paint';
import { docFromText } from '../../../src/renderer/editor/schema';
import { teasers } from '../../../src/renderer/editor/teasers';
import type { AnnotationKind } from '../../../src/shared/types';

/** A state with the block index, the four features and the paint plugin; `sectionBlocks` as in `docFromText`. */
export function stateOf(text: string, sectionBlocks?: number): EditorState {
  return EditorState.create({ doc: docFromText(text, sectionBlocks), plugins: [blockIndex(), teasers(), notes(), claims(), entities(), paint()] });
}

/** An item over canonical offsets [start, end). */
export function item(state: EditorState, id: string, kind: AnnotationKind, start: number, end: number, label: string | null = null): AnnotationItem {
  const index = getBlockIndex(state);
  return { id, from: index.offsetToPos(start), to: index.offsetToPos(end), orphaned: false, data: { kind, label: kind === 'entity' ? (label ?? 'ORG') : label } };
}

/** Adds items (grouped by kind) in one transaction. */
export function add(state: EditorState, items: AnnotationItem[]): EditorState {
  const tr = state.tr;
  for (const kind of new Set(items.map((i) => i.data.kind))) {
    featureFor(kind).act(tr, annotationActions.add(items.filter((i) => i.data.kind === kind)));
  }
  return state.apply(tr);
}

/** Offsets [start, end) of a stored item. */
export function offsetsOf(state: EditorState, it: AnnotationItem | undefined): [number, number] | undefined {
  if (!it) return undefined;
  const index = getBlockIndex(state);
  return [index.posToOffset(it.from), index.posToOffset(it.to, -1)];
}

/** A keydown (Enter, Backspace…) on a mounted editor, handled by its keymap; returns whether it was handled. */
export function keydown(ed: { view: EditorView }, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  ed.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Puts a text selection (positions) in a mounted editor. */
export function select(ed: { view: EditorView }, from: number, to = from): void {
  ed.view.dispatch(ed.view.state.tr.setSelection(TextSelection.create(ed.view.state.doc, from, to)));
}
