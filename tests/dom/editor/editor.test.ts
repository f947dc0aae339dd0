import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { createReviewEditor, type CreateReviewEditor, type EditorAnnotation, type ReviewEditor } from '../../../src/renderer/editor/index';
import { getVisibleSections, setVisibleSections } from '../../../src/renderer/editor/paint';
import { SECTION_BLOCKS } from '../../../src/renderer/editor/schema';
import { DEFAULT_LABELS } from '../../../src/shared/types';
import { installFakeLayout, nextFrame } from './fake-layout';
import { keydown, select } from './helpers';

// The engine satisfies the lead's contract (a type-level check).
const contractCheck: CreateReviewEditor = createReviewEditor;
void contractCheck;

const TEXT = 'Harbin Electric grew 5.8% last year.\nRelated: More news | Economy\nThe end.';
/** Position of `offset` in TEXT: one section, whose text starts right after its open token. */
const pos = (offset: number) => offset + 1;
/** Three sections: two full ones (SECTION_BLOCKS lines each) and one of two lines. */
const LONG = Array.from({ length: 2 * SECTION_BLOCKS + 2 }, (_, i) => `Line ${i}.`).join('\n');
const lineStart = (i: number) => LONG.indexOf(`Line ${i}.`);
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


/** The text a section shows, without what clean view hides inline. */
function visibleText(section: Element): string {
  const copy = section.cloneNode(true) as Element;
  copy.querySelectorAll('.cd-hidden').forEach((el) => el.remove());
  return copy.textContent ?? '';
}

afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('review editor', () => {
  it('shows the text one line per block, in sections, and gives it back', () => {
    const ed = mount();
    expect(ed.view.dom.querySelectorAll('p')).toHaveLength(0);
    const sections = ed.view.dom.querySelectorAll('section.cd-section');
    expect(sections).toHaveLength(1);
    expect(sections[0].textContent!.split('\n')).toEqual(TEXT.split('\n'));
    expect(ed.getText()).toBe(TEXT);
    // A longer text: SECTION_BLOCKS lines per section, the "\n" between two sections left implicit.
    ed.setDocument(LONG, []);
    const long = [...ed.view.dom.children];
    expect(long.every((el) => el.matches('section.cd-section'))).toBe(true);
    expect(long.map((el) => el.textContent!.split('\n').length)).toEqual([SECTION_BLOCKS, SECTION_BLOCKS, 2]);
    expect(long.map((el) => el.textContent).join('\n')).toBe(LONG);
    expect(ed.getText()).toBe(LONG);
  });

  it('paints added annotations on the visible sections (fallback decorations in happy-dom)', () => {
    const ed = mount({ annotations: [ann('org', 'entity', 0, 15)] });
    expect(ed.view.dom.querySelector('[data-annotation-id="org"]')?.className).toContain('cd-entity-ORG');
    ed.addAnnotations([ann('pct', 'entity', 21, 25, 'PERCENT'), ann('claim', 'claim', 0, 25)]);
    expect(ed.view.dom.querySelector('[data-annotation-id="pct"]')?.textContent).toBe('5.8%');
    expect(ed.view.dom.querySelectorAll('[data-annotation-id="claim"].cd-claim-unverified').length).toBeGreaterThan(0);
    ed.removeAnnotations(['pct']);
    expect(ed.view.dom.querySelector('[data-annotation-id="pct"]')).toBeNull();
  });

  it('paints only the sections near the viewport', () => {
    const last = 2 * SECTION_BLOCKS + 1;
    const ed = mount({ text: LONG, annotations: [ann('a', 'entity', 0, 4), ann('b', 'entity', lineStart(last), lineStart(last) + 4)] });
    ed.view.dispatch(setVisibleSections(ed.view.state.tr, { first: 0, last: 0 }));
    expect(getVisibleSections(ed.view.state)).toEqual({ first: 0, last: 0 });
    expect(ed.view.dom.querySelector('[data-annotation-id="a"]')).not.toBeNull();
    expect(ed.view.dom.querySelector('[data-annotation-id="b"]')).toBeNull();
    ed.view.dispatch(setVisibleSections(ed.view.state.tr, { first: 2, last: 2 }));
    expect(ed.view.dom.children[2].querySelector('[data-annotation-id="b"]')?.textContent).toBe('Line');
    expect(ed.view.dom.querySelector('[data-annotation-id="a"]')).toBeNull();
  });

  it('outlines the selected annotation beside the text, with data-annotation-id (selected-outline.test.ts: where)', async () => {
    const ed = mount({ annotations: [ann('org', 'entity', 0, 15)] });
    installFakeLayout(() => ed.view);
    ed.selectAnnotation('org');
    await nextFrame();
    const mountEl = ed.view.dom.parentElement!;
    expect(mountEl.querySelectorAll('.cd-outline .cd-selected[data-annotation-id="org"]')).toHaveLength(1);
    expect(ed.getSelectedAnnotation()).toBe('org');
    ed.selectAnnotation(null);
    await nextFrame();
    expect(mountEl.querySelector('.cd-selected')).toBeNull();
    expect(() => ed.selectAnnotation('nope')).toThrow(RangeError);
  });

  it('reports every annotation under a click, innermost first', () => {
    const onAnnotationClick = vi.fn();
    const ed = mount({ annotations: [ann('claim', 'claim', 0, 25), ann('org', 'entity', 0, 15)], onAnnotationClick });
    ed.view.someProp('handleClick', (f) => f(ed.view, pos(4), new MouseEvent('click')));
    expect(onAnnotationClick).toHaveBeenCalledTimes(1);
    expect(onAnnotationClick.mock.calls[0][0]).toEqual(['org', 'claim']);
    expect(onAnnotationClick.mock.calls[0][1]).toHaveProperty('top');
    expect(ed.annotationsAt(20)).toEqual(['claim']);
  });

  it('refuses typing in read-only mode but keeps the selection usable', () => {
    const ed = mount();
    const { view } = ed;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos(0), pos(6))));
    view.dispatch(view.state.tr.insertText('X', pos(0)));
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
      view.dispatch(view.state.tr.insertText('The ', pos(0))); // before "Harbin"
      view.dispatch(view.state.tr.delete(pos(20), pos(33))); // "grew 5.8% las" (offsets 20–33 after the insertion)
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
      view.dispatch(view.state.tr.insertText('!', view.state.doc.content.size - 1)); // at the end of the text
      expect(ed.flushTextEdit()?.moves).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('breaks and joins lines in edit mode, keeping the canonical text in step', () => {
    const ed = mount({ editable: true, annotations: [ann('end', 'entity', TEXT.indexOf('end'), TEXT.indexOf('end') + 3)] });
    const { view } = ed;
    select(ed, pos(7)); // "Harbin " | "Electric…"
    expect(keydown(ed, 'Enter')).toBe(true);
    const broken = TEXT.replace('Harbin ', 'Harbin \n');
    expect(ed.getText()).toBe(broken);
    expect(view.dom.querySelector('section')!.textContent).toBe(broken); // a new line in the same section
    expect(view.state.selection.head).toBe(pos(8)); // at the start of the new line
    expect(ed.getAnnotation('end')).toMatchObject({ start: TEXT.indexOf('end') + 1 });
    expect(ed.annotationsAt(broken.indexOf('end'))).toEqual(['end']);
    // Backspace there joins the two lines again.
    expect(keydown(ed, 'Backspace')).toBe(true);
    expect(ed.getText()).toBe(TEXT);
    expect(view.state.selection.head).toBe(pos(7));
    expect(ed.getAnnotation('end')).toMatchObject({ start: TEXT.indexOf('end') });
    // Delete right before a block's "\n" joins the next line to it.
    const eol = TEXT.indexOf('\n');
    select(ed, pos(eol));
    expect(keydown(ed, 'Delete')).toBe(true);
    expect(ed.getText()).toBe(TEXT.slice(0, eol) + TEXT.slice(eol + 1));
    expect(view.dom.querySelector('section')!.textContent).toBe(ed.getText());
    expect(ed.getAnnotation('end')).toMatchObject({ start: TEXT.indexOf('end') - 1 });
  });

  it('joins two sections with Backspace at the start of one or Delete at the end of the other', () => {
    const later = lineStart(2 * SECTION_BLOCKS + 1);
    const ed = mount({ text: LONG, editable: true, annotations: [ann('later', 'entity', later, later + 4)] });
    const { view } = ed;
    const second = lineStart(SECTION_BLOCKS); // the first line of the second section
    select(ed, pos(second) + 1); // its text starts after the first section's close and its own open token
    expect(keydown(ed, 'Backspace')).toBe(true);
    const joined = LONG.slice(0, second - 1) + LONG.slice(second);
    expect(ed.getText()).toBe(joined);
    expect(view.dom.children).toHaveLength(2);
    expect(view.dom.children[0].textContent).toBe(joined.slice(0, joined.indexOf(`Line ${2 * SECTION_BLOCKS}.`) - 1));
    expect(ed.getAnnotation('later')).toMatchObject({ start: later - 1, end: later + 3 });
    // Delete at the end of the (now) first section joins the last one to it.
    const end = joined.indexOf(`Line ${2 * SECTION_BLOCKS}.`) - 1;
    select(ed, pos(end));
    expect(keydown(ed, 'Delete')).toBe(true);
    expect(ed.getText()).toBe(joined.slice(0, end) + joined.slice(end + 1));
    expect(view.dom.children).toHaveLength(1);
    expect(ed.getAnnotation('later')).toMatchObject({ start: later - 2, end: later + 2 });
    expect(ed.annotationsAt(later - 2)).toEqual(['later']);
  });

  it('hides a teaser line in clean view, with its line break', () => {
    const start = TEXT.indexOf('Related');
    const ed = mount({ annotations: [ann('t', 'teaser', start, TEXT.indexOf('\n', start))] });
    ed.setCleanView(true);
    const section = ed.view.dom.querySelector('section')!;
    expect(section.classList.contains('cd-hidden-block')).toBe(false);
    // Hidden inline (in as many spans as other decorations split it into), with the "\n" after it.
    const hidden = [...section.querySelectorAll('.cd-hidden[data-annotation-id="t"]')].map((el) => el.textContent).join('');
    expect(hidden).toBe('Related: More news | Economy\n');
    expect(visibleText(section)).toBe('Harbin Electric grew 5.8% last year.\nThe end.');
    ed.setCleanView(false);
    expect(ed.view.dom.querySelector('.cd-hidden')).toBeNull();
    expect(visibleText(section)).toBe(TEXT);
  });

  it('hides a section a teaser covers completely in clean view', () => {
    const from = lineStart(SECTION_BLOCKS);
    const to = lineStart(2 * SECTION_BLOCKS) - 1;
    const ed = mount({ text: LONG, annotations: [ann('t', 'teaser', from, to)] });
    ed.setCleanView(true);
    const sections = [...ed.view.dom.children];
    expect(sections.map((el) => el.classList.contains('cd-hidden-block'))).toEqual([false, true, false]);
    expect(ed.view.dom.querySelector('.cd-hidden')).toBeNull();
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
    // On a later line of the same section: that line's block and sentence.
    const second = TEXT.indexOf('Related');
    ed.selectRange(second + 9, second + 13);
    const next = onSelectionChange.mock.calls.at(-1)![0];
    expect(next.range).toEqual({ start: second + 9, end: second + 13, text: 'More' });
    expect(next.block).toEqual({ start: second, end: TEXT.indexOf('\n', second) });
    expect(next.sentence).toEqual({ start: second, end: TEXT.indexOf('\n', second) });
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 4)));
    expect(onSelectionChange.mock.calls.at(-1)![0].range).toBeNull();
  });

  it('updates labels, kinds and statuses, applying a range only when the host moved it', () => {
    const ed = mount({ editable: true, annotations: [ann('c', 'claim', 0, 25)] });
    ed.view.dispatch(ed.view.state.tr.insertText('The ', pos(0)));
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
    ed.view.dispatch(ed.view.state.tr.insertText('The ', pos(0)));
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
