/** The visible selection snaps to words after a mouse selection or a double-click, never after keys. */
import { afterEach, describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { getBlockIndex } from '../../../src/renderer/editor/block-index';
import { createReviewEditor, type ReviewEditor } from '../../../src/renderer/editor/index';
import { snapSelectionToWords } from '../../../src/renderer/editor/word-selection';

const TEXT = 'Growth hit 5.8%, a record.\n“Harbin Electric” (HE) signed.';

let editor: ReviewEditor | null = null;
function mount(editable = false, body = TEXT): ReviewEditor {
  const div = document.createElement('div');
  document.body.appendChild(div);
  editor = createReviewEditor(div, { text: body, editable });
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
  const pos = (offset: number) => getBlockIndex(view.state).offsetToPos(offset);
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

describe('snapping a number with its unit signs', () => {
  const AMOUNTS = 'GDP rose 5.8%, up from (2.7%); "US$3.5" and HK$10, $10, €5bn, ¥2.7 and 5€ at 30°C; 10 billion yuan.';

  /**
   * The second click of a double-click: mousedown, the browser's word selection [start, end),
   * mouseup, dblclick. (The mouseup goes to the page, as in `drag`: happy-dom cannot run
   * ProseMirror's own click handling on the text.)
   */
  async function doubleClick(ed: ReviewEditor, start: number, end: number): Promise<void> {
    ed.view.dom.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0, detail: 2 }));
    rawSelect(ed, start, end);
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0, detail: 2 }));
    ed.view.dom.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, button: 0, detail: 2 }));
    await tick();
  }
  /** [start, end) of `part` inside the first `whole` (after `after`, when given). */
  function range(whole: string, part = whole, after = ''): [number, number] {
    const at = AMOUNTS.indexOf(whole, after ? AMOUNTS.indexOf(after) : 0);
    if (at < 0) throw new Error(`not in text: ${whole}`);
    const start = at + whole.indexOf(part);
    return [start, start + part.length];
  }
  /**
   * The visible selection after one pointer selection of [start, end) in a fresh editor (ProseMirror
   * counts quick successive mousedowns as double and triple clicks of its own).
   */
  async function after(how: typeof drag, [start, end]: [number, number]): Promise<string> {
    editor?.destroy();
    const ed = mount(false, AMOUNTS);
    await how(ed, start, end);
    return visible(ed);
  }

  it('selects "5.8%" whole after a double-click on the 5, the 8 or the %', async () => {
    // Browsers select the number ("5.8") for a double-click on a digit, the sign alone on the "%".
    for (const part of ['5.8', '%', '5', '8']) {
      expect(await after(doubleClick, range('5.8%', part)), part).toBe('5.8%');
      expect(editor!.getSelectionInfo().range?.text, part).toBe('5.8%');
    }
  });

  it('gives the tag the whole quantity, as the selection report does', async () => {
    const [start, end] = range('5.8%', '5.8');
    await after(doubleClick, [start, end]);
    expect(editor!.getSelection()).toMatchObject({ start, end: end + 1, text: '5.8%' });
  });

  it('selects a currency amount or a temperature whole from any part of it', async () => {
    const cases: Array<[string, string, string?]> = [
      ['US$3.5', 'US'],
      ['US$3.5', '$'],
      ['US$3.5', '3.5'],
      ['HK$10', '10'],
      ['$10', '10', ', $10'],
      ['$10', '$', ', $10'],
      ['€5bn', '5bn'],
      ['€5bn', '€'],
      ['¥2.7', '2.7'],
      ['5€', '5', 'and 5€'],
      ['5€', '€', 'and 5€'],
      ['30°C', '30'],
      ['30°C', '°'],
      ['30°C', 'C'],
    ];
    for (const [whole, part, following] of cases) {
      expect(await after(doubleClick, range(whole, part, following)), `${part} of ${whole}`).toBe(whole);
    }
  });

  it('leaves out the comma, full stop, bracket or quote after the unit', async () => {
    expect(await after(drag, range('rose 5.8%, ', ' 5.8%, '))).toBe('5.8%');
    expect(await after(drag, range('(2.7%); '))).toBe('2.7%');
    expect(await after(drag, range('"US$3.5" '))).toBe('US$3.5');
    expect(await after(drag, range(' 30°C; '))).toBe('30°C');
    // Some platforms select a double-clicked word with the punctuation and space after it.
    expect(await after(doubleClick, range('5.8%, '))).toBe('5.8%');
    expect(await after(doubleClick, range('5€ '))).toBe('5€');
  });

  it('keeps "10 billion yuan" whole and leaves the full stop out', async () => {
    expect(await after(drag, range('10 billion yuan.', '0 billion yuan.'))).toBe('10 billion yuan');
  });

  it("keeps the selection's direction when it widens to the unit", () => {
    const ed = mount(false, AMOUNTS);
    const [start, end] = range('5.8%', '5.8');
    rawSelect(ed, end, start);
    expect(snapSelectionToWords(ed.view.state, ed.view.dispatch)).toBe(true);
    const { anchor, head } = ed.view.state.selection;
    expect(anchor).toBeGreaterThan(head);
    expect(visible(ed)).toBe('5.8%');
  });

  it('does not widen a selection while correcting the text (edit mode)', async () => {
    const ed = mount(true, AMOUNTS);
    await doubleClick(ed, ...range('5.8%', '5.8'));
    expect(visible(ed)).toBe('5.8');
  });
});
