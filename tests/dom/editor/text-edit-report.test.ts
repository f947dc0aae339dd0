import { afterEach, describe, expect, it } from 'vitest';
import { createReviewEditor, type EditorAnnotation, type ReviewEditor } from '../../../src/renderer/editor/index';

// "Harbni" is a typo the editor fixes in place: same length, so nothing moves.
const TEXT = 'Harbni Electric grew 5.8% last year.\nThe end of Harbin.';
/** Position of offset `offset`: both blocks are in the first section, whose text starts at position 1. */
const pos = (offset: number) => offset + 1;
const ann = (id: string, start: number, end: number, kind: EditorAnnotation['kind'] = 'entity'): EditorAnnotation => ({
  id,
  kind,
  label: kind === 'entity' ? 'ORG' : null,
  start,
  end,
});

let editor: ReviewEditor | null = null;
function mount(annotations: EditorAnnotation[]): ReviewEditor {
  const div = document.createElement('div');
  document.body.appendChild(div);
  editor = createReviewEditor(div, { text: TEXT, annotations, editable: true });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

describe('text edit report', () => {
  it('reports an annotation whose text was corrected without changing its length', () => {
    const ed = mount([ann('org', 0, 15), ann('claim', 0, 25, 'claim'), ann('end', TEXT.indexOf('end'), TEXT.indexOf('end') + 3)]);
    const { view } = ed;
    // "Harbni" → "Harbin": replace the last two letters (offsets 4–6).
    view.dispatch(view.state.tr.insertText('in', pos(4), pos(6)));
    const edit = ed.flushTextEdit();
    expect(edit?.text.startsWith('Harbin Electric')).toBe(true);
    const ids = edit!.moves.map((m) => m.id).sort();
    expect(ids).toEqual(['claim', 'org']);
    expect(edit!.moves.find((m) => m.id === 'org')).toEqual({ id: 'org', start: 0, end: 15, orphaned: false });
    // Reported once: the next report starts afresh.
    view.dispatch(view.state.tr.insertText('!', view.state.doc.content.size - 1)); // at the end of the text
    expect(ed.flushTextEdit()?.moves).toEqual([]);
  });

  it('remembers edited ranges across several transactions and maps them through later edits', () => {
    const ed = mount([ann('org', 0, 15), ann('end', TEXT.indexOf('end'), TEXT.indexOf('end') + 3)]);
    const { view } = ed;
    view.dispatch(view.state.tr.insertText('i', pos(4), pos(5))); // "Harbii"
    view.dispatch(view.state.tr.insertText('n', pos(5), pos(6))); // "Harbin"
    // A later same-length change in the second block, after which the first span must still count.
    const endPos = pos(TEXT.indexOf('end'));
    view.dispatch(view.state.tr.insertText('E', endPos, endPos + 1)); // "End"
    const edit = ed.flushTextEdit();
    expect(edit?.text).toBe('Harbin Electric grew 5.8% last year.\nThe End of Harbin.');
    expect(edit!.moves.map((m) => m.id).sort()).toEqual(['end', 'org']);
  });

  it('leaves out annotations far from the edit that did not move', () => {
    const ed = mount([ann('org', 0, 15), ann('end', TEXT.indexOf('end'), TEXT.indexOf('end') + 3)]);
    const { view } = ed;
    view.dispatch(view.state.tr.insertText('5', pos(21), pos(22))); // "5.8%" → same
    const edit = ed.flushTextEdit();
    expect(edit?.moves).toEqual([]);
  });
});
