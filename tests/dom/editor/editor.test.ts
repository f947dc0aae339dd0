import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { createReviewEditor, type CreateReviewEditor, type EditorAnnotation, type ReviewEditor } from '../../../src/renderer/editor/index';
import { getVisibleBlocks, setVisibleBlocks } from '../../../src/renderer/editor/paint';
import { DEFAULT_LABELS } from '../../../src/shared/types';

// The engine satisfies the lead's contract (a type-level check).
const contractCheck: CreateReviewEditor = createReviewEditor;
void contractCheck;

const TEXT = 'Harbin Electric grew 5.8% last year.\nRelated: More news | Economy\nThe end.';
const ann = (id: string, kind: EditorAnnotation['kind'], start: number, end: number, label: string | null = null): EditorAnnotation => ({
  id,
  kind,
  label: kind === 'entity' ? (label ?? 'ORG') : label,
  start,
  end,
});

let editor: ReviewEditor | null = null;
function mount(options: Partial<Parameters<typeof createReviewEditor>[1]> = {}): ReviewEditor {
  const div = document.createElement('div');
  document.body.appendChild(div);
  editor = createReviewEditor(div, { text: TEXT, annotations: [], labels: [...DEFAULT_LABELS].map((l, i) => ({ ...l, id: `l${i}`, kind: 'entity' as const, position: i })), ...options });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

describe('review editor', () => {
  it('shows the text one paragraph per block and gives it back', () => {
    const ed = mount();
    expect(ed.view.dom.querySelectorAll('p')).toHaveLength(3);
    expect(ed.getText()).toBe(TEXT);
  });

  it('paints added annotations on the visible blocks (fallback decorations in happy-dom)', () => {
    const ed = mount({ annotations: [ann('org', 'entity', 0, 15)] });
    expect(ed.view.dom.querySelector('[data-annotation-id="org"]')?.className).toContain('cd-entity-ORG');
    ed.addAnnotations([ann('pct', 'entity', 21, 25, 'PERCENT'), ann('claim', 'claim', 0, 25)]);
    expect(ed.view.dom.querySelector('[data-annotation-id="pct"]')?.textContent).toBe('5.8%');
    expect(ed.view.dom.querySelectorAll('[data-annotation-id="claim"].cd-claim-unverified').length).toBeGreaterThan(0);
    ed.removeAnnotations(['pct']);
    expect(ed.view.dom.querySelector('[data-annotation-id="pct"]')).toBeNull();
  });

  it('paints only the blocks near the viewport', () => {
    const ed = mount({ annotations: [ann('a', 'entity', 0, 6), ann('b', 'entity', TEXT.indexOf('end'), TEXT.indexOf('end') + 3)] });
    ed.view.dispatch(setVisibleBlocks(ed.view.state.tr, { first: 0, last: 0 }));
    expect(getVisibleBlocks(ed.view.state)).toEqual({ first: 0, last: 0 });
    expect(ed.view.dom.querySelector('[data-annotation-id="a"]')).not.toBeNull();
    expect(ed.view.dom.querySelector('[data-annotation-id="b"]')).toBeNull();
    ed.view.dispatch(setVisibleBlocks(ed.view.state.tr, { first: 2, last: 2 }));
    expect(ed.view.dom.querySelector('[data-annotation-id="b"]')).not.toBeNull();
  });

  it('outlines the selected annotation with data-annotation-id in the DOM', () => {
    const ed = mount({ annotations: [ann('org', 'entity', 0, 15)] });
    ed.selectAnnotation('org');
    expect(ed.view.dom.querySelector('.cd-selected[data-annotation-id="org"]')?.textContent).toBe('Harbin Electric');
    expect(ed.getSelectedAnnotation()).toBe('org');
    ed.selectAnnotation(null);
    expect(ed.view.dom.querySelector('.cd-selected')).toBeNull();
    expect(() => ed.selectAnnotation('nope')).toThrow(RangeError);
  });

  it('reports every annotation under a click, innermost first', () => {
    const onAnnotationClick = vi.fn();
    const ed = mount({ annotations: [ann('claim', 'claim', 0, 25), ann('org', 'entity', 0, 15)], onAnnotationClick });
    const pos = 5;
    ed.view.someProp('handleClick', (f) => f(ed.view, pos, new MouseEvent('click')));
    expect(onAnnotationClick).toHaveBeenCalledTimes(1);
    expect(onAnnotationClick.mock.calls[0][0]).toEqual(['org', 'claim']);
    expect(onAnnotationClick.mock.calls[0][1]).toHaveProperty('top');
    expect(ed.annotationsAt(20)).toEqual(['claim']);
  });

  it('refuses typing in read-only mode but keeps the selection usable', () => {
    const ed = mount();
    const { view } = ed;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 2, 8)));
    view.dispatch(view.state.tr.insertText('X', 2));
    expect(ed.getText()).toBe(TEXT);
    expect(ed.getSelection()).toMatchObject({ start: 0, end: 6, text: 'Harbin' });
    expect(view.someProp('handleTextInput', (f) => f(view, 1, 1, 'X', () => view.state.tr))).toBe(true);
    expect(view.dom.getAttribute('aria-readonly')).toBe('true');
    expect(view.dom.getAttribute('contenteditable')).toBe('true');
  });

  it('moves annotations with typed text in edit mode and reports the edit with the moves', () => {
    vi.useFakeTimers();
    try {
      const onTextEdit = vi.fn();
      const ed = mount({ annotations: [ann('org', 'entity', 0, 15), ann('pct', 'entity', 21, 25, 'PERCENT'), ann('end', 'entity', TEXT.indexOf('end'), TEXT.indexOf('end') + 3)], onTextEdit });
      ed.setEditable(true);
      const { view } = ed;
      view.dispatch(view.state.tr.insertText('The ', 2)); // before "Harbin"
      view.dispatch(view.state.tr.delete(22, 35)); // "grew 5.8% las" (offsets 20–33 of the first block)
      expect(onTextEdit).not.toHaveBeenCalled();
      vi.advanceTimersByTime(400);
      expect(onTextEdit).toHaveBeenCalledTimes(1);
      const { text, moves } = onTextEdit.mock.calls[0][0];
      expect(text).toBe(ed.getText());
      expect(text.split('\n')[0]).toBe('The Harbin Electric t year.');
      const byId = Object.fromEntries(moves.map((m: { id: string }) => [m.id, m]));
      expect(byId.org).toEqual({ id: 'org', start: 4, end: 19, orphaned: false });
      expect(byId.pct).toMatchObject({ id: 'pct', orphaned: true });
      // "end" was only shifted by the edits: the core shifts it by the same diff, so it is not listed.
      expect(byId.end).toBeUndefined();
      expect(ed.getAnnotation('end')).toMatchObject({ start: text.indexOf('end'), end: text.indexOf('end') + 3, orphaned: false });
      expect(ed.getAnnotation('pct')?.orphaned).toBe(true);
      expect(view.dom.querySelector('.cd-orphan[data-annotation-id="pct"]')).not.toBeNull();
      // Nothing moved since: the next report is empty of moves.
      view.dispatch(view.state.tr.insertText('!', view.state.doc.content.size - 2));
      expect(ed.flushTextEdit()?.moves).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('splits and joins paragraphs in edit mode, keeping the canonical text in step', () => {
    const ed = mount({ editable: true, annotations: [ann('end', 'entity', TEXT.indexOf('end'), TEXT.indexOf('end') + 3)] });
    const { view } = ed;
    view.dispatch(view.state.tr.split(9)); // "Harbin " | "Electric…"
    expect(ed.getText()).toBe(TEXT.replace('Harbin ', 'Harbin \n'));
    expect(ed.getAnnotation('end')).toMatchObject({ start: TEXT.indexOf('end') + 1 });
    expect(ed.annotationsAt(ed.getText().indexOf('end'))).toEqual(['end']);
  });

  it('hides a teaser block in clean view', () => {
    const start = TEXT.indexOf('Related');
    const ed = mount({ annotations: [ann('t', 'teaser', start, TEXT.indexOf('\n', start))] });
    ed.setCleanView(true);
    const blocks = ed.view.dom.querySelectorAll('p');
    expect(blocks[1].classList.contains('cd-hidden-block')).toBe(true);
    expect(blocks[0].classList.contains('cd-hidden-block')).toBe(false);
    ed.setCleanView(false);
    expect(ed.view.dom.querySelector('.cd-hidden-block')).toBeNull();
  });

  it('reports the snapped selection with its sentence and block', () => {
    const onSelectionChange = vi.fn();
    const ed = mount({ onSelectionChange });
    const { view } = ed;
    ed.selectRange(20, 26);
    const info = onSelectionChange.mock.calls.at(-1)![0];
    expect(info.range).toEqual({ start: 21, end: 25, text: '5.8%' });
    expect(info.sentence).toEqual({ start: 0, end: 36 });
    expect(info.block).toEqual({ start: 0, end: 36 });
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 4)));
    expect(onSelectionChange.mock.calls.at(-1)![0].range).toBeNull();
  });

  it('updates labels, kinds and statuses, applying a range only when the host moved it', () => {
    const ed = mount({ editable: true, annotations: [ann('c', 'claim', 0, 25)] });
    ed.view.dispatch(ed.view.state.tr.insertText('The ', 2));
    // The host still has the old offsets: they must not undo the editor's mapping.
    ed.updateAnnotations([{ ...ann('c', 'claim', 0, 25), status: 'verified' }]);
    expect(ed.getAnnotation('c')).toMatchObject({ start: 4, end: 29, status: 'verified' });
    ed.updateAnnotations([{ ...ann('c', 'claim', 4, 10), status: 'verified' }]);
    expect(ed.getAnnotation('c')).toMatchObject({ start: 4, end: 10 });
    ed.updateAnnotation('c', { kind: 'note' });
    expect(ed.getAnnotation('c')?.kind).toBe('note');
    expect(() => ed.updateAnnotation('zzz', { label: 'X' })).toThrow(RangeError);
  });

  it('replaces attrs on update, so a confirmed teaser candidate stops looking like one', () => {
    const start = TEXT.indexOf('Related');
    const teaser = { ...ann('t', 'teaser', start, start + 7), attrs: { candidate: true } };
    const ed = mount({ annotations: [teaser] });
    expect(ed.getAnnotation('t')?.attrs?.candidate).toBe(true);
    ed.updateAnnotations([{ ...teaser, attrs: { reason: 'related_teaser' } }]);
    expect(ed.getAnnotation('t')?.attrs?.candidate).toBeFalsy();
  });

  it('undoes and redoes text corrections only in edit mode', () => {
    const ed = mount();
    expect(ed.undoTextEdit()).toBe(false);
    ed.setEditable(true);
    ed.view.dispatch(ed.view.state.tr.insertText('The ', 2));
    expect(ed.undoTextEdit()).toBe(true);
    expect(ed.getText()).toBe(TEXT);
    expect(ed.redoTextEdit()).toBe(true);
    expect(ed.getText()).toBe(`The ${TEXT}`);
    ed.setEditable(false);
    expect(ed.undoTextEdit()).toBe(false);
    expect(ed.getText()).toBe(`The ${TEXT}`);
  });

  it('rejects bad annotations with a RangeError naming them', () => {
    const ed = mount();
    expect(() => ed.addAnnotations([ann('bad', 'entity', 5, 999)])).toThrow(/Annotation bad/);
    expect(() => ed.addAnnotations([ann('e', 'entity', 3, 3)])).toThrow(/empty/);
    ed.addAnnotations([ann('dup', 'claim', 0, 3)]);
    expect(() => ed.addAnnotations([ann('dup', 'claim', 0, 3)])).toThrow(/already exists/);
  });

  it('replaces the whole document without reporting a text edit', () => {
    const onTextEdit = vi.fn();
    const ed = mount({ onTextEdit });
    ed.setDocument('New text\nhere', [ann('n', 'entity', 0, 3)]);
    expect(ed.getText()).toBe('New text\nhere');
    expect(ed.getAnnotations().map((a) => a.id)).toEqual(['n']);
    expect(ed.flushTextEdit()).toBeNull();
    expect(onTextEdit).not.toHaveBeenCalled();
  });
});
