import { afterEach, describe, expect, it } from 'vitest';
import { createReviewEditor, type ReviewEditor } from '../../../src/renderer/editor/index';
import { DEFAULT_LABELS } from '../../../src/shared/types';
import { select } from './helpers';
import { SECTION_BLOCKS } from '../../../src/renderer/editor/schema';

// "Harbin" 0–6 (ORG), "Jilin" 31–36 (PLACE) on the second line. Positions in the first section are offset + 1.
const TEXT = 'Harbin Electric said on Monday.\nJilin grew too.';
const pos = (offset: number) => offset + 1;

let editor: ReviewEditor | null = null;
function mount(editable = true): ReviewEditor {
  const div = document.createElement('div');
  document.body.appendChild(div);
  editor = createReviewEditor(div, {
    text: TEXT,
    editable,
    annotations: [
      { id: 'org', kind: 'entity', label: 'ORG', start: 0, end: 6 },
      { id: 'place', kind: 'entity', label: 'PLACE', start: 32, end: 37 },
    ],
    labels: [...DEFAULT_LABELS].map((l, i) => ({ ...l, id: `l${i}`, kind: 'entity' as const, position: i })),
  });
  return editor;
}

const covered = (ed: ReviewEditor, id: string) => {
  const a = ed.getAnnotation(id)!;
  return ed.getText().slice(a.start, a.end);
};

afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

describe('pasting while correcting the text', () => {
  it('keeps the line breaks of pasted plain text as block boundaries, and annotations follow', () => {
    const ed = mount();
    expect(covered(ed, 'place')).toBe('Jilin');
    select(ed, pos(31)); // the end of the first line
    ed.view.pasteText(' It added:\nA new line.');
    expect(ed.getText()).toBe('Harbin Electric said on Monday. It added:\nA new line.\nJilin grew too.');
    expect(covered(ed, 'org')).toBe('Harbin');
    expect(covered(ed, 'place')).toBe('Jilin');
  });

  it('turns pasted paragraphs into blocks, one "\\n" between them (the first continues the caret\'s line, as in any editor)', () => {
    const ed = mount();
    select(ed, pos(31)); // the end of the first line
    ed.view.pasteHTML('<p>First pasted.</p><p>Second pasted.</p><div>Third, from a div.</div>');
    expect(ed.getText()).toBe('Harbin Electric said on Monday.First pasted.\nSecond pasted.\nThird, from a div.\nJilin grew too.');
    expect(covered(ed, 'org')).toBe('Harbin');
    expect(covered(ed, 'place')).toBe('Jilin');
  });

  it('drops blank lines and Windows line ends from pasted text, and a trailing break at a line end', () => {
    const ed = mount();
    select(ed, pos(31)); // the end of the first line
    ed.view.pasteText(' First pasted.\r\n\r\nSecond pasted.\r\n');
    expect(ed.getText()).toBe('Harbin Electric said on Monday. First pasted.\nSecond pasted.\nJilin grew too.');
    expect(covered(ed, 'place')).toBe('Jilin');
  });

  it('keeps a trailing line break pasted at a line start: the pasted line comes before it', () => {
    const ed = mount();
    select(ed, pos(32)); // the start of "Jilin grew too."
    ed.view.pasteText('A pasted line.\n');
    expect(ed.getText()).toBe('Harbin Electric said on Monday.\nA pasted line.\nJilin grew too.');
    expect(covered(ed, 'place')).toBe('Jilin');
  });

  it('reads pasted web HTML as a browser shows it: source line breaks and indentation are not blocks', () => {
    const ed = mount();
    select(ed, pos(0), ed.view.state.doc.content.size - 1);
    ed.view.pasteHTML('<div>\n  <p>One\n    two</p>\n  <p>three.</p>\n</div>');
    expect(ed.getText()).toBe('One two\nthree.');
  });

  it('selects one block, not the whole section, on a triple click', () => {
    const ed = mount();
    const event = new MouseEvent('mousedown', { detail: 3 });
    const handled = ed.view.someProp('handleTripleClick', (f) => f(ed.view, pos(35), event));
    expect(handled).toBe(true);
    const { from, to } = ed.view.state.selection;
    expect(ed.view.state.doc.textBetween(from, to)).toBe('Jilin grew too.');
  });

  it('splits a section a long paste made oversized, without changing the text, and one undo takes the paste back', () => {
    const ed = mount();
    const lines = Array.from({ length: 200 }, (_, i) => `Pasted line ${i + 1}.`);
    select(ed, pos(32)); // the start of "Jilin grew too."
    ed.view.pasteText(`${lines.join('\n')}\n`);
    const expected = `Harbin Electric said on Monday.\n${lines.join('\n')}\nJilin grew too.`;
    expect(ed.getText()).toBe(expected);
    const doc = ed.view.state.doc;
    expect(doc.childCount).toBeGreaterThan(200 / SECTION_BLOCKS);
    doc.forEach((section) => expect(section.textContent.split('\n').length).toBeLessThanOrEqual(SECTION_BLOCKS));
    expect(ed.view.dom.querySelectorAll('section').length).toBe(doc.childCount);
    expect(covered(ed, 'org')).toBe('Harbin');
    expect(covered(ed, 'place')).toBe('Jilin');
    expect(ed.undoTextEdit()).toBe(true);
    expect(ed.getText()).toBe(TEXT);
    expect(covered(ed, 'place')).toBe('Jilin');
  });

  it('pastes nothing while reviewing (read-only)', () => {
    const ed = mount(false);
    select(ed, pos(31));
    ed.view.pasteText('Injected');
    ed.view.pasteHTML('<p>Injected</p>');
    expect(ed.getText()).toBe(TEXT);
  });

  it('copies a selection across blocks and sections as the canonical text, one "\\n" between blocks', () => {
    const ed = mount();
    const { doc } = ed.view.state;
    const slice = doc.slice(pos(24), doc.content.size - 1);
    const serializer = ed.view.someProp('clipboardTextSerializer');
    expect(serializer!(slice, ed.view)).toBe('Monday.\nJilin grew too.');
    // The HTML flavour has a paragraph per block, so mail or a word processor keeps them apart.
    const html = ed.view.someProp('clipboardSerializer')!.serializeFragment(slice.content, { document });
    const wrap = document.createElement('div');
    wrap.appendChild(html);
    expect([...wrap.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Monday.', 'Jilin grew too.']);
  });
});
