import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { reviewKeymap } from '../../../src/renderer/editor/interaction';
import { BlockIndex, docFromText, offsetToPos, posToOffset, textFromDoc } from '../../../src/renderer/editor/index';

const SAMPLES = ['', 'a', 'one\ntwo', '\n', '\n\n', 'ab\n\ncd\n', '😀x\n\n𝄞\né😀😀', 'first line\n\nthird 🇫🇷 line\n'];

/** The position of an offset computed the slow way: +1 per block opened, +2 per section closed, +1 for the open one. */
function slowPos(text: string, offset: number, sectionBlocks: number): number {
  const before = text.slice(0, offset);
  const block = before.split('\n').length - 1;
  const section = Math.floor(block / sectionBlocks);
  return offset + block + 2 * section + 2;
}

describe('offsets ⇄ positions', () => {
  for (const text of SAMPLES) for (const size of [1, 2, 64]) {
    it(`round-trips every offset of ${JSON.stringify(text)} (sections of ${size})`, () => {
      const doc = docFromText(text, size);
      expect(textFromDoc(doc)).toBe(text);
      const index = BlockIndex.fromDoc(doc);
      expect(index.textLength).toBe(text.length);
      expect(index.docSize).toBe(doc.content.size);
      for (let offset = 0; offset <= text.length; offset++) {
        const pos = offsetToPos(index, offset);
        expect(pos).toBe(slowPos(text, offset, size));
        expect(doc.resolve(pos).parent.type.name).toBe('paragraph');
        expect(posToOffset(index, pos)).toBe(offset);
        // The text between two offsets is the text between their positions.
        if (offset > 0) expect(doc.textBetween(offsetToPos(index, 0), pos, '\n')).toBe(text.slice(0, offset));
      }
      // Every position: the block it falls in, and its offset both ways, match a walk of the document.
      for (let pos = 0; pos <= doc.content.size; pos++) {
        const $pos = doc.resolve(pos);
        const k = index.blockAtPos(pos);
        if ($pos.parent.type.name === 'paragraph') {
          expect(index.contentStart(k)).toBe($pos.start());
          expect(posToOffset(index, pos)).toBe(index.blockStart(k) + $pos.parentOffset);
          expect(posToOffset(index, pos, -1)).toBe(index.blockStart(k) + $pos.parentOffset);
        } else {
          // Between blocks: the next block's start, or with bias -1 the previous block's end.
          expect(index.contentStart(k) >= pos || k === index.blockCount - 1).toBe(true);
          const next = pos <= index.contentStart(k) ? index.blockStart(k) : text.length;
          expect(posToOffset(index, pos)).toBe(next);
          const prev = pos <= index.contentStart(k) ? (k > 0 ? index.blockEnd(k - 1) : 0) : text.length;
          expect(posToOffset(index, pos, -1)).toBe(prev);
        }
      }
      for (let k = 0; k < index.blockCount; k++) {
        expect(index.blockNode(doc, k)).toBe(doc.resolve(index.contentStart(k)).parent);
        expect(doc.resolve(index.blockPos(k)).nodeAfter).toBe(index.blockNode(doc, k));
      }
      for (let s = 0; s < index.sectionCount; s++) expect(doc.resolve(index.sectionPos(s)).nodeAfter).toBe(doc.child(s));
    });
  }

  it('maps the "\\n" offset to the end of its block and the next offset to the next block', () => {
    const index = BlockIndex.fromDoc(docFromText('ab\ncd'));
    expect(offsetToPos(index, 2)).toBe(4); // end of "ab"
    expect(offsetToPos(index, 3)).toBe(6); // start of "cd"
    const split = BlockIndex.fromDoc(docFromText('ab\ncd', 1));
    expect(offsetToPos(split, 2)).toBe(4);
    expect(offsetToPos(split, 3)).toBe(8); // past </p></section><section><p>
    expect(index.blockAtOffset(2)).toBe(0);
    expect(index.blockAtOffset(3)).toBe(1);
  });

  it('maps positions between blocks to the next block start, or the previous end with bias -1', () => {
    const doc = docFromText('ab\ncd');
    const index = BlockIndex.fromDoc(doc);
    expect(posToOffset(index, 0)).toBe(0);
    expect(posToOffset(index, 1)).toBe(0);
    expect(posToOffset(index, 5)).toBe(3);
    expect(posToOffset(index, 5, -1)).toBe(2);
    expect(posToOffset(index, doc.content.size)).toBe(5);
    const split = BlockIndex.fromDoc(docFromText('ab\ncd', 1));
    for (const pos of [5, 6, 7]) {
      expect(posToOffset(split, pos)).toBe(3);
      expect(posToOffset(split, pos, -1)).toBe(2);
    }
  });

  it('handles empty blocks: each has exactly one offset', () => {
    const index = BlockIndex.fromDoc(docFromText('a\n\n\nb'));
    expect([1, 2, 3].map((o) => index.blockAtOffset(o))).toEqual([0, 1, 2]);
    expect(index.blockStart(1)).toBe(2);
    expect(index.blockEnd(1)).toBe(2);
  });

  it('rejects offsets and positions outside the document with a RangeError', () => {
    const index = BlockIndex.fromDoc(docFromText('abc'));
    expect(() => offsetToPos(index, 4)).toThrow(RangeError);
    expect(() => offsetToPos(index, -1)).toThrow(/outside the text/);
    expect(() => offsetToPos(index, 1.5)).toThrow(RangeError);
    expect(() => posToOffset(index, 99)).toThrow(/outside the document/);
    expect(() => index.blockStart(3)).toThrow(/Block 3 does not exist/);
  });
});

describe('BlockIndex.update after edits', () => {
  const text = 'alpha\nbeta 😀\n\ngamma\ndelta';
  const { paragraph, section } = docFromText('').type.schema.nodes;
  // Sections of 2 blocks: [alpha, beta 😀] [∅, gamma] [delta]. Positions: alpha 2–7, beta 😀 9–16,
  // ∅ 20, gamma 22–27, delta 32–37; sections at 0, 18, 30; size 39.
  const edits: Array<[string, (s: EditorState) => EditorState]> = [
    ['typing inside a block', (s) => s.apply(s.tr.insertText('X', 4))],
    ['typing at a block end', (s) => s.apply(s.tr.insertText('X', 7))],
    ['typing in a later section', (s) => s.apply(s.tr.insertText('X', 24))],
    ['splitting a block', (s) => s.apply(s.tr.split(5))],
    ['splitting a section', (s) => s.apply(s.tr.split(8, 1))],
    ['joining two blocks', (s) => s.apply(s.tr.join(8))],
    ['joining two sections', (s) => s.apply(s.tr.join(18))],
    ['deleting across blocks', (s) => s.apply(s.tr.delete(4, 12))],
    ['deleting across sections', (s) => s.apply(s.tr.delete(12, 25))],
    ['deleting whole blocks', (s) => s.apply(s.tr.delete(8, 17))],
    ['deleting a whole section', (s) => s.apply(s.tr.delete(18, 30))],
    ['inserting a block at the end', (s) => s.apply(s.tr.insert(s.doc.content.size - 1, paragraph.create(null, s.schema.text('new'))))],
    ['inserting a section at the end', (s) => s.apply(s.tr.insert(s.doc.content.size, section.create(null, paragraph.create(null, s.schema.text('new')))))],
    ['inserting a block at the start', (s) => s.apply(s.tr.insert(1, paragraph.create()))],
    ['inserting a section at the start', (s) => s.apply(s.tr.insert(0, section.create(null, paragraph.create())))],
    ['typing the same letter as its neighbour', (s) => s.apply(s.tr.insertText('l', 4))],
    ['replacing everything', (s) => s.apply(s.tr.replaceWith(0, s.doc.content.size, section.create(null, paragraph.create(null, s.schema.text('x')))))],
    ['selection only', (s) => s.apply(s.tr.setSelection(TextSelection.create(s.doc, 3)))],
  ];
  const same = (updated: BlockIndex, fresh: BlockIndex) => {
    expect(updated.blockCount).toBe(fresh.blockCount);
    expect(updated.sectionCount).toBe(fresh.sectionCount);
    expect(updated.textLength).toBe(fresh.textLength);
    expect(updated.docSize).toBe(fresh.docSize);
    for (let k = 0; k < fresh.blockCount; k++) {
      expect(updated.blockStart(k)).toBe(fresh.blockStart(k));
      expect(updated.blockPos(k)).toBe(fresh.blockPos(k));
      expect(updated.sectionOf(k)).toBe(fresh.sectionOf(k));
    }
  };
  for (const [name, edit] of edits) {
    it(`equals a fresh index after ${name}`, () => {
      const before = EditorState.create({ doc: docFromText(text, 2) });
      const after = edit(before);
      same(BlockIndex.fromDoc(before.doc).update(before.doc, after.doc), BlockIndex.fromDoc(after.doc));
    });
  }

  it('equals a fresh index after random edits, with and without the step maps', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let state = EditorState.create({ doc: docFromText('a\nbb\n\nccc\ndd\ne\nffff\ng\n\nhh', 3) });
    let index = BlockIndex.fromDoc(state.doc);
    for (let i = 0; i < 300; i++) {
      const size = state.doc.content.size;
      const a = rnd(size + 1);
      const b = Math.min(size, a + rnd(12));
      const tr = state.tr;
      try {
        const op = rnd(4);
        if (op === 0) tr.insertText('xy'.slice(0, 1 + rnd(2)), index.offsetToPos(rnd(index.textLength + 1)));
        else if (op === 1) tr.split(index.offsetToPos(rnd(index.textLength + 1)), 1 + rnd(2));
        else tr.delete(a, b);
      } catch {
        continue;
      }
      if (!tr.docChanged) continue;
      const next = state.apply(tr);
      const fresh = BlockIndex.fromDoc(next.doc);
      same(index.update(state.doc, next.doc, tr.mapping), fresh);
      same(index.update(state.doc, next.doc), fresh);
      state = next;
      index = fresh;
    }
  });
});

describe('editing keys across a section boundary', () => {
  const run = (text: string, offset: number, key: string) => {
    let state = EditorState.create({ doc: docFromText(text, 2) });
    const index = BlockIndex.fromDoc(state.doc);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, index.offsetToPos(offset))));
    const ok = reviewKeymap[key](state, (tr) => (state = state.apply(tr)));
    return { ok, state, text: textFromDoc(state.doc), offset: BlockIndex.fromDoc(state.doc).posToOffset(state.selection.head) };
  };

  it('Backspace at the start of a section joins the paragraph to the previous one', () => {
    const r = run('ab\ncd\nef\ngh', 6, 'Backspace'); // start of "ef", first block of section 2
    expect(r.ok).toBe(true);
    expect(r.text).toBe('ab\ncdef\ngh');
    expect(r.offset).toBe(5);
    expect(r.state.doc.child(0).type.name).toBe('section');
  });

  it('Backspace at the start of an empty first block of a section removes it', () => {
    const r = run('ab\ncd\n\ngh', 6, 'Backspace');
    expect(r.text).toBe('ab\ncd\ngh');
    expect(r.offset).toBe(5);
  });

  it('Delete at the end of a section joins the next paragraph to it', () => {
    const r = run('ab\ncd\nef\ngh', 5, 'Delete'); // end of "cd", last block of section 1
    expect(r.text).toBe('ab\ncdef\ngh');
    expect(r.offset).toBe(5);
  });

  it('Backspace and Delete inside a section, and at the document edges, work as before', () => {
    expect(run('ab\ncd\nef\ngh', 3, 'Backspace').text).toBe('abcd\nef\ngh');
    expect(run('ab\ncd\nef\ngh', 2, 'Delete').text).toBe('abcd\nef\ngh');
    expect(run('ab\ncd\nef\ngh', 0, 'Backspace').text).toBe('ab\ncd\nef\ngh');
    expect(run('ab\ncd\nef\ngh', 11, 'Delete').text).toBe('ab\ncd\nef\ngh');
  });

  it('Enter splits the paragraph, also an empty one in the middle of a section', () => {
    expect(run('ab\ncd\nef\ngh', 1, 'Enter').text).toBe('a\nb\ncd\nef\ngh');
    const r = run('ab\n\ncd', 3, 'Enter'); // the empty block, first of section 2 of [ab, ∅] [cd]
    expect(r.text).toBe('ab\n\n\ncd');
    expect(r.offset).toBe(4);
    const mid = run('ab\n\n\ncd', 3, 'Enter');
    expect(mid.text).toBe('ab\n\n\n\ncd');
  });
});
