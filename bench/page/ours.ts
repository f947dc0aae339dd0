/**
 * Ours: the Copydesk review editor (src/renderer/editor), driven only through the public contract
 * (src/renderer/editor/contract.ts): createReviewEditor, addAnnotations, setEditable, view.
 */
import { TextSelection } from 'prosemirror-state';
import { BlockIndex, createReviewEditor, offsetToPos } from '../../src/renderer/editor/index';
import type { Annotation } from '../../src/shared/types';
import { install, type ActionsData, type DocData, type Impl } from './common';
import './bench.css';

const mount = document.getElementById('mount') as HTMLDivElement;
let editor: ReturnType<typeof createReviewEditor> | null = null;
let doc: DocData | null = null;

/** ProseMirror position of a canonical offset, by the editor's own mapping (index cached per document). */
let indexed: { doc: unknown; index: BlockIndex } | null = null;
const posOf = (offset: number) => {
  const pmDoc = editor!.view.state.doc;
  if (indexed?.doc !== pmDoc) indexed = { doc: pmDoc, index: BlockIndex.fromDoc(pmDoc) };
  return offsetToPos(indexed.index, offset);
};

function cssHighlightCount(): number {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size : 0;
}

const impl: Impl = {
  name: 'ours',
  method:
    'Copydesk createReviewEditor(mount, { text, annotations, labels }); add = editor.addAnnotations([a]); ' +
    'type = setEditable(true), caret by a ProseMirror TextSelection, native key press (ProseMirror reads the DOM change)',
  open(d: DocData, annotations: unknown[]) {
    doc = d;
    editor = createReviewEditor(mount, { text: d.text, annotations: annotations as Annotation[], labels: d.labels });
  },
  painted() {
    if (cssHighlightCount() > 0) return true;
    const h = innerHeight;
    for (const el of mount.querySelectorAll('[data-annotation-id]')) {
      const r = el.getBoundingClientRect();
      if (r.bottom > 0 && r.top < h && r.width > 0) return true;
    }
    return false;
  },
  add(i: number, actions: ActionsData, idSuffix: string) {
    const a = actions.adds[i] as Annotation;
    editor!.addAnnotations([idSuffix ? { ...a, id: a.id + idSuffix } : a]);
  },
  rectAt(offset: number) {
    return editor!.view.coordsAtPos(posOf(offset));
  },
  enterTypeMode() {
    editor!.setEditable(true);
  },
  placeCaret(offset: number) {
    const view = editor!.view;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, posOf(offset))));
    view.focus();
  },
  root() {
    return mount;
  },
};

install(impl);
