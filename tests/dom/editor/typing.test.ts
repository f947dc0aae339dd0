import { afterEach, describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { createReviewEditor, type ReviewEditor } from '../../../src/renderer/editor/index';
import { DEFAULT_LABELS } from '../../../src/shared/types';

const TEXT = 'Harbin Electric grew 5.8% last year.\nThe end.';
/** Position of offset `offset` in the first section (its text starts right after the section's open token). */
const pos = (offset: number) => offset + 1;

let editor: ReviewEditor | null = null;
function mount(editable: boolean): ReviewEditor {
  const div = document.createElement('div');
  document.body.appendChild(div);
  editor = createReviewEditor(div, {
    text: TEXT,
    editable,
    annotations: [{ id: 'org', kind: 'entity', label: 'ORG', start: 0, end: 15 }],
    labels: [...DEFAULT_LABELS].map((l, i) => ({ ...l, id: `l${i}`, kind: 'entity' as const, position: i })),
  });
  return editor;
}

/** A keypress as Chromium sends it for a printable key; returns whether it was cancelled. */
function keypress(ed: ReviewEditor, key: string): boolean {
  const event = new KeyboardEvent('keypress', { key, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'charCode', { value: key === 'Enter' ? 13 : key.codePointAt(0) }); // not settable in happy-dom
  ed.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

describe('typing', () => {
  it('inserts a typed character through a transaction, cancelling the browser insertion', () => {
    const ed = mount(true);
    const { view } = ed;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos(0))));
    expect(keypress(ed, 'X')).toBe(true);
    expect(ed.getText()).toBe(`X${TEXT}`);
    expect(view.state.selection.head).toBe(pos(1));
    // Typed before the entity: it stays outside (only the end edge joins, word-join.ts).
    expect(ed.getAnnotation('org')).toMatchObject({ start: 1, end: 16 });
    // On a later line of the same section: after the "\n" that starts it.
    const line = ed.getText().indexOf('The end');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos(line))));
    expect(keypress(ed, 'Y')).toBe(true);
    expect(ed.getText()).toBe(`X${TEXT}`.replace('The end', 'YThe end'));
  });

  it('replaces a selected range with the typed character, astral characters included', () => {
    const ed = mount(true);
    const { view } = ed;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos(21), pos(25)))); // "5.8%"
    expect(keypress(ed, '😀')).toBe(true);
    expect(ed.getText().split('\n')[0]).toBe('Harbin Electric grew 😀 last year.');
  });

  it('leaves Enter and read-only mode to the other handlers', () => {
    const ed = mount(false);
    const { view } = ed;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos(0))));
    keypress(ed, 'X');
    expect(ed.getText()).toBe(TEXT);
    ed.setEditable(true);
    expect(keypress(ed, 'Enter')).toBe(false);
    expect(ed.getText()).toBe(TEXT);
  });
});
