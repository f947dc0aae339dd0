/** The visible selection snaps to words after a mouse selection or a double-click, never after keys. */
import { afterEach, describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { createReviewEditor, type ReviewEditor } from '../../../src/renderer/editor/index';
import { snapSelectionToWords } from '../../../src/renderer/editor/word-selection';

const TEXT = 'Growth hit 5.8%, a record.\n“Harbin Electric” (HE) signed.';

let editor: ReviewEditor | null = null;
function mount(editable = false): ReviewEditor {
  const div = document.createElement('div');
  document.body.appendChild(div);
  editor = createReviewEditor(div, { text: TEXT, editable });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

/** Puts the raw selection [start, end) (canonical offsets; end < start selects backwards) into the view. */
function rawSelect(ed: ReviewEditor, start: number, end: number): void {
  const { view } = ed;
  const pos = (offset: number) => offset + (offset > TEXT.indexOf('\n') ? 3 : 2);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos(start), pos(end))));
}

/** The visible selection as canonical text. */
function visible(ed: ReviewEditor): string {
  const { from, to } = ed.view.state.selection;
  return ed.view.state.doc.textBetween(from, to, '\n');
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A drag that ends with the raw selection [start, end): mousedown in the text, mouseup on the page. */
async function drag(ed: ReviewEditor, start: number, end: number): Promise<void> {
  ed.view.dom.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0 }));
  rawSelect(ed, start, end);
  document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 }));
  await tick();
}

describe('snapping the visible selection', () => {
  it('widens a drag that starts and ends mid-word to the whole words', async () => {
    const ed = mount();
    await drag(ed, 2, 9); // "owth hi"
    expect(visible(ed)).toBe('Growth hit');
    expect(ed.getSelectionInfo().range?.text).toBe('Growth hit');
  });

  it('leaves out the spaces and punctuation around the words, keeping the percent sign', async () => {
    const ed = mount();
    await drag(ed, 10, 17); // " 5.8%, "
    expect(visible(ed)).toBe('5.8%');
    const quoted = TEXT.indexOf('“');
    await drag(ed, quoted, TEXT.indexOf('(') + 1); // "“Harbin Electric” ("
    expect(visible(ed)).toBe('Harbin Electric');
  });

  it('keeps the direction of a backward selection', () => {
    // (happy-dom's mouse handling does not keep a drag's direction, so the command is run directly.)
    const ed = mount();
    rawSelect(ed, 9, 2);
    snapSelectionToWords(ed.view.state, ed.view.dispatch);
    const { anchor, head } = ed.view.state.selection;
    expect(anchor).toBeGreaterThan(head);
    expect(visible(ed)).toBe('Growth hit');
  });

  it('snaps the word a double-click selected together with the space after it', async () => {
    const ed = mount();
    rawSelect(ed, 0, 7); // "Growth " as some platforms select a double-clicked word
    ed.view.dom.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, button: 0 }));
    await tick();
    expect(visible(ed)).toBe('Growth');
  });

  it('does not touch a keyboard selection (the report is snapped, the highlight is not)', async () => {
    const ed = mount();
    rawSelect(ed, 2, 9);
    ed.view.dom.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'ArrowRight', shiftKey: true }));
    await tick();
    expect(visible(ed)).toBe('owth hi');
    expect(ed.getSelectionInfo().range?.text).toBe('Growth hit');
  });

  it('does not snap while correcting the text (edit mode)', async () => {
    const ed = mount(true);
    await drag(ed, 14, 16); // "%,"
    expect(visible(ed)).toBe('%,');
  });

  it('leaves a selection without words alone', async () => {
    const ed = mount();
    await drag(ed, 15, 17); // ", "
    expect(visible(ed)).toBe(', ');
    expect(snapSelectionToWords(ed.view.state)).toBe(false);
  });

  it('is a command that applies only to an unsnapped selection', () => {
    const ed = mount();
    rawSelect(ed, 0, 6);
    expect(snapSelectionToWords(ed.view.state)).toBe(false);
    rawSelect(ed, 1, 6);
    expect(snapSelectionToWords(ed.view.state)).toBe(true);
    expect(visible(ed)).toBe('rowth'); // asking does not change anything
    snapSelectionToWords(ed.view.state, ed.view.dispatch);
    expect(visible(ed)).toBe('Growth');
  });
});
