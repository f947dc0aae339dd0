import { afterEach, describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { createReviewEditor, type ReviewEditor } from '../../../src/renderer/editor/index';
import { DEFAULT_LABELS } from '../../../src/shared/types';
import { keydown, select } from './helpers';

// Offsets: "Harbni" 0–6, "revenue grew 5.8%" 18–35. Positions in the first section are offset + 1.
const TEXT = 'Harbni Group said revenue grew 5.8% last year.\nThe end.';
const pos = (offset: number) => offset + 1;

let editor: ReviewEditor | null = null;
function mount(text = TEXT, entityEnd = 6): ReviewEditor {
  const div = document.createElement('div');
  document.body.appendChild(div);
  editor = createReviewEditor(div, {
    text,
    editable: true,
    annotations: [
      { id: 'org', kind: 'entity', label: 'ORG', start: 0, end: entityEnd },
      { id: 'claim', kind: 'claim', label: null, start: 18, end: 35 },
    ],
    labels: [...DEFAULT_LABELS].map((l, i) => ({ ...l, id: `l${i}`, kind: 'entity' as const, position: i })),
  });
  return editor;
}

/** A keypress as Chromium sends it for a printable key (see typing.test.ts). */
function keypress(ed: ReviewEditor, key: string): void {
  const event = new KeyboardEvent('keypress', { key, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'charCode', { value: key.codePointAt(0) });
  ed.view.dom.dispatchEvent(event);
  expect(event.defaultPrevented).toBe(true);
}


function covered(ed: ReviewEditor, id: string): string {
  const a = ed.getAnnotation(id)!;
  return ed.getText().slice(a.start, a.end);
}

/** "Harbin Group…" with the entity over "Harbin". */
const fixed = () => mount(TEXT.replace('Harbni', 'Harbin'));

afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

describe('text typed at an annotation edge joins it when it continues the word', () => {
  it('fixes "Harbni" to "Harbin" typed as two keys over the selected "ni", and reports the new range', () => {
    const ed = mount();
    select(ed, pos(4), pos(6)); // "ni"
    keypress(ed, 'i'); // replaces "ni": inside the span
    expect(covered(ed, 'org')).toBe('Harbi');
    keypress(ed, 'n'); // a pure insertion at the entity's end, continuing "Harbi"
    expect(ed.getText().startsWith('Harbin Group')).toBe(true);
    expect(ed.getAnnotation('org')).toMatchObject({ start: 0, end: 6, orphaned: false });
    expect(covered(ed, 'org')).toBe('Harbin');
    expect(ed.flushTextEdit()?.moves).toContainEqual(expect.objectContaining({ id: 'org', start: 0, end: 6 }));
  });

  it('joins a letter typed right after the entity ("Harbins")', () => {
    const ed = fixed();
    select(ed, pos(6));
    keypress(ed, 's');
    expect(covered(ed, 'org')).toBe('Harbins');
  });

  it('does not join a word typed before the entity ("Deputy " before "Harbin")', () => {
    const ed = fixed();
    select(ed, pos(0));
    for (const key of 'New ') keypress(ed, key);
    expect(covered(ed, 'org')).toBe('Harbin');
  });

  it('does not join " Group" typed or pasted after the entity', () => {
    const ed = fixed();
    select(ed, pos(6));
    for (const key of ' Group') keypress(ed, key);
    expect(ed.getText().startsWith('Harbin Group Group')).toBe(true);
    expect(covered(ed, 'org')).toBe('Harbin');
    ed.view.dispatch(ed.view.state.tr.insertText(' Group', pos(6)));
    expect(covered(ed, 'org')).toBe('Harbin');
  });

  it('does not join punctuation, nor a lone apostrophe, but joins a pasted "\'s"', () => {
    const ed = fixed();
    select(ed, pos(6));
    keypress(ed, ',');
    expect(covered(ed, 'org')).toBe('Harbin');
    ed.view.dispatch(ed.view.state.tr.delete(pos(6), pos(7)).insertText('’', pos(6)));
    expect(covered(ed, 'org')).toBe('Harbin');
    ed.view.dispatch(ed.view.state.tr.delete(pos(6), pos(7)).insertText("'s", pos(6)));
    expect(covered(ed, 'org')).toBe("Harbin's");
  });

  it('does not join text typed after a claim that ends with "%"', () => {
    const ed = fixed();
    expect(covered(ed, 'claim')).toBe('revenue grew 5.8%');
    select(ed, pos(35));
    keypress(ed, 'x');
    keypress(ed, '5');
    expect(ed.getText()).toContain('5.8%x5 last');
    expect(covered(ed, 'claim')).toBe('revenue grew 5.8%');
  });

  it('does not join a line break (Enter) typed after the entity', () => {
    const ed = fixed();
    select(ed, pos(6));
    expect(keydown(ed, 'Enter')).toBe(true);
    expect(ed.getText().startsWith('Harbin\n Group')).toBe(true);
    expect(covered(ed, 'org')).toBe('Harbin');
    keypress(ed, 's'); // at the start of the new line, not at the entity's end any more
    expect(covered(ed, 'org')).toBe('Harbin');
  });

  it('joins letters with marks and astral letters', () => {
    const ed = fixed();
    select(ed, pos(6));
    ed.view.dispatch(ed.view.state.tr.insertText('e\u0301𝒳', pos(6)));
    expect(covered(ed, 'org')).toBe('Harbine\u0301𝒳');
  });

  it('in Chinese, joins a character that makes one word with the entity ("北京" + "市") but not one that starts another ("的")', () => {
    // "北京" 0–2 is a PLACE; the text has no spaces, so the segmenter's dictionary decides.
    const text = '北京经济增长了百分之五点八，比去年同期高出一点二个百分点，显示出强劲的复苏势头和发展活力。\n完。'; // long enough for the claim at 18–35 that mount() adds
    const joined = mount(text, 2);
    joined.view.dispatch(joined.view.state.tr.insertText('市', pos(2)));
    expect(covered(joined, 'org')).toBe('北京市');
    joined.destroy();
    const apart = mount(text, 2);
    apart.view.dispatch(apart.view.state.tr.insertText('的', pos(2)));
    expect(covered(apart, 'org')).toBe('北京');
    expect(apart.getText().startsWith('北京的经济')).toBe(true);
  });

  it('keeps an orphaned annotation collapsed when text is typed where its text was', () => {
    const ed = fixed();
    ed.view.dispatch(ed.view.state.tr.delete(pos(0), pos(6)));
    expect(ed.getAnnotation('org')).toMatchObject({ start: 0, end: 0, orphaned: true });
    select(ed, pos(0));
    keypress(ed, 'H');
    expect(ed.getAnnotation('org')).toMatchObject({ start: 0, end: 0, orphaned: true });
  });

  it('undo shrinks the entity back and redo joins again', () => {
    const ed = fixed();
    select(ed, pos(6));
    keypress(ed, 's');
    expect(covered(ed, 'org')).toBe('Harbins');
    expect(ed.undoTextEdit()).toBe(true);
    expect(covered(ed, 'org')).toBe('Harbin');
    expect(ed.redoTextEdit()).toBe(true);
    expect(covered(ed, 'org')).toBe('Harbins');
  });
});
