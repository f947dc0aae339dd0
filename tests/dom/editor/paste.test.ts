import { afterEach, describe, expect, it } from 'vitest';
import { createReviewEditor, type ReviewEditor } from '../../../src/renderer/editor/index';
import { DEFAULT_LABELS } from '../../../src/shared/types';
import { select } from './helpers';

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
    ed.view.pasteHTML('<p> First pasted.</p><p>Second pasted.</p><div>Third, from a div.</div>');
    expect(ed.getText()).toBe('Harbin Electric said on Monday. First pasted.\nSecond pasted.\nThird, from a div.\nJilin grew too.');
    expect(covered(ed, 'org')).toBe('Harbin');
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
  });
});
