/** Test helpers: a full editor state with every plugin, built from canonical text. */
import { EditorState } from 'prosemirror-state';
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

/** A state with the block index, the four features and the paint plugin. */
export function stateOf(text: string): EditorState {
  return EditorState.create({ doc: docFromText(text), plugins: [blockIndex(), teasers(), notes(), claims(), entities(), paint()] });
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
