import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { reviewKeymap } from '../../../src/renderer/editor/interaction';
import { BlockIndex, docFromText, offsetToPos, posToOffset, textFromDoc } from '../../../src/renderer/editor/index';
import { SECTION_BLOCKS } from '../../../src/renderer/editor/schema';

const SAMPLES = ['', 'a', 'one\ntwo', '\n', '\n\n', 'ab\n\ncd\n', '😀x\n\n𝄞\né😀😀', 'first line\n\nthird 🇫🇷 line\n'];

/** The position of an offset computed the slow way: +1 for the open section, +1 per section boundary passed. */
function slowPos(text: string, offset: number, sectionBlocks: number): number {
  const block = text.slice(0, offset).split('\n').length - 1;
  return offset + Math.floor(block / sectionBlocks) + 1;
}

describe('offsets ⇄ positions', () => {
  for (const text of SAMPLES) for (const size of [1, 2, 64]) {
    it(`round-trips every offset of ${JSON.stringify(text)} (sections of ${size})`, () => {
      const doc = docFromText(text, size);
      expect(textFromDoc(doc)).toBe(text);
      expect(doc.childCount).toBe(Math.ceil(text.split('\n').length / size));
      const index = BlockIndex.fromDoc(doc);
      expect(index.textLength).toBe(text.length);
      expect(index.docSize).toBe(doc.content.size);
      expect(index.blockCount).toBe(text.split('\n').length);
      for (let offset = 0; offset <= text.length; offset++) {
        const pos = offsetToPos(index, offset);
        expect(pos).toBe(slowPos(text, offset, size));
        expect(doc.resolve(pos).parent.type.name).toBe('section');
        expect(posToOffset(index, pos)).toBe(offset);
        // The text between two offsets is the text between their positions.
        if (offset > 0) expect(doc.textBetween(offsetToPos(index, 0), pos, '\n')).toBe(text.slice(0, offset));
      }
      // Every position: the block it falls in, and its offset both ways, match a walk of the document.
      for (let pos = 0; pos <= doc.content.size; pos++) {
        const $pos = doc.resolve(pos);
        const k = index.blockAtPos(pos);
        if ($pos.parent.type.name === 'section') {
          expect(index.contentStart(k)).toBeLessThanOrEqual(pos);
          expect(index.contentEnd(k)).toBeGreaterThanOrEqual(pos);
          expect(posToOffset(index, pos)).toBe(index.blockStart(k) + (pos - index.contentStart(k)));
          expect(posToOffset(index, pos, -1)).toBe(posToOffset(index, pos));
          expect(index.sectionAtPos(pos)).toBe($pos.index(0));
        } else {
          // Between sections: the next block's start, or with bias -1 the previous block's end.
          expect(index.contentStart(k) >= pos || k === index.blockCount - 1).toBe(true);
          const next = pos <= index.contentStart(k) ? index.blockStart(k) : text.length;
          expect(posToOffset(index, pos)).toBe(next);
          const prev = pos <= index.contentStart(k) ? (k > 0 ? index.blockEnd(k - 1) : 0) : text.length;
          expect(posToOffset(index, pos, -1)).toBe(prev);
        }
      }
      const blocks = text.split('\n');
      for (let k = 0; k < index.blockCount; k++) {
        expect(index.blockText(doc, k)).toBe(blocks[k]);
        expect(doc.textBetween(index.contentStart(k), index.contentEnd(k))).toBe(blocks[k]);
      }
      for (let s = 0; s < index.sectionCount; s++) {
        expect(doc.resolve(index.sectionPos(s)).nodeAfter).toBe(doc.child(s));
        expect(index.sectionLast(s) - index.sectionStart(s) + 1).toBe(doc.child(s).textContent.split('\n').length);
      }
    });
  }

  it('closes a section at SECTION_BLOCKS blocks or after the block that reaches the character limit', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i}`);
    expect(docFromText(lines.join('\n')).childCount).toBe(Math.ceil(200 / SECTION_BLOCKS));
    const long = ['x'.repeat(3000), 'y'.repeat(2000), 'z', 'w'];
    const doc = docFromText(long.join('\n'), 64, 4096);
    expect(doc.childCount).toBe(2);
    expect(doc.child(0).textContent).toBe(`${long[0]}\n${long[1]}`);
    expect(textFromDoc(doc)).toBe(long.join('\n'));
  });

  it('maps the "\\n" offset to the end of its block and the next offset to the next block', () => {
    const index = BlockIndex.fromDoc(docFromText('ab\ncd'));
    expect(offsetToPos(index, 2)).toBe(3); // end of "ab", before its "\n"
    expect(offsetToPos(index, 3)).toBe(4); // start of "cd", after the "\n"
    const split = BlockIndex.fromDoc(docFromText('ab\ncd', 1));
    expect(offsetToPos(split, 2)).toBe(3);
    expect(offsetToPos(split, 3)).toBe(5); // past </section><section>
    expect(index.blockAtOffset(2)).toBe(0);
    expect(index.blockAtOffset(3)).toBe(1);
  });

  it('maps positions between sections to the next block start, or the previous end with bias -1', () => {
    const doc = docFromText('ab\ncd');
    const index = BlockIndex.fromDoc(doc);
    expect(posToOffset(index, 0)).toBe(0);
    expect(posToOffset(index, 1)).toBe(0);
    expect(posToOffset(index, 3)).toBe(2);
    expect(posToOffset(index, 4)).toBe(3);
    expect(posToOffset(index, doc.content.size)).toBe(5);
    const split = BlockIndex.fromDoc(docFromText('ab\ncd', 1));
    for (const pos of [4]) {
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
  const { section } = docFromText('').type.schema.nodes;
  // Sections of 2 blocks: [alpha\nbeta 😀] [\ngamma] [delta]. Positions: section 0 at 0 (alpha 1–6,
  // its "\n" at 6, beta 😀 7–14), section 1 at 15 (∅ 16, "\n" at 16, gamma 17–22), section 2 at 23
  // (delta 24–29); size 30.
  const edits: Array<[string, (s: EditorState) => EditorState]> = [
    ['typing inside a block', (s) => s.apply(s.tr.insertText('X', 4))],
    ['typing at a block end', (s) => s.apply(s.tr.insertText('X', 6))],
    ['typing in a later section', (s) => s.apply(s.tr.insertText('X', 19))],
    ['splitting a block (Enter)', (s) => s.apply(s.tr.insertText('\n', 3))],
    ['splitting a section', (s) => s.apply(s.tr.split(8))],
    ['joining two blocks', (s) => s.apply(s.tr.delete(6, 7))],
    ['joining two sections', (s) => s.apply(s.tr.join(15))],
    ['deleting across blocks', (s) => s.apply(s.tr.delete(4, 12))],
    ['deleting across sections', (s) => s.apply(s.tr.delete(12, 19))],
    ['deleting whole blocks', (s) => s.apply(s.tr.delete(6, 14))],
    ['deleting a whole section', (s) => s.apply(s.tr.delete(15, 23))],
    ['inserting a block at the end', (s) => s.apply(s.tr.insertText('\nnew', s.doc.content.size - 1))],
    ['inserting a section at the end', (s) => s.apply(s.tr.insert(s.doc.content.size, section.create(null, s.schema.text('new'))))],
    ['inserting a block at the start', (s) => s.apply(s.tr.insertText('\n', 1))],
    ['inserting a section at the start', (s) => s.apply(s.tr.insert(0, section.create()))],
    ['typing the same letter as its neighbour', (s) => s.apply(s.tr.insertText('l', 3))],
    ['replacing everything', (s) => s.apply(s.tr.replaceWith(0, s.doc.content.size, section.create(null, s.schema.text('x'))))],
    ['selection only', (s) => s.apply(s.tr.setSelection(TextSelection.create(s.doc, 3)))],
  ];
  const same = (updated: BlockIndex, fresh: BlockIndex) => {
    expect(updated.blockCount).toBe(fresh.blockCount);
    expect(updated.sectionCount).toBe(fresh.sectionCount);
    expect(updated.textLength).toBe(fresh.textLength);
    expect(updated.docSize).toBe(fresh.docSize);
    for (let k = 0; k < fresh.blockCount; k++) {
      expect(updated.blockStart(k)).toBe(fresh.blockStart(k));
      expect(updated.contentStart(k)).toBe(fresh.contentStart(k));
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
        else if (op === 1) tr.insertText('\n', index.offsetToPos(rnd(index.textLength + 1)));
        else if (op === 2 && rnd(2) === 0) tr.split(index.offsetToPos(rnd(index.textLength + 1)));
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

  it('Backspace at the start of a section joins its first block to the previous one', () => {
    const r = run('ab\ncd\nef\ngh', 6, 'Backspace'); // start of "ef", first block of section 2
    expect(r.ok).toBe(true);
    expect(r.text).toBe('ab\ncdef\ngh');
    expect(r.offset).toBe(5);
    expect(r.state.doc.childCount).toBe(1);
  });

  it('Backspace at the start of an empty first block of a section removes it', () => {
    const r = run('ab\ncd\n\ngh', 6, 'Backspace');
    expect(r.text).toBe('ab\ncd\ngh');
    expect(r.offset).toBe(5);
  });

  it('Delete at the end of a section joins the next block to it', () => {
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

  it('Enter starts a new block, also in an empty one and at a section end', () => {
    expect(run('ab\ncd\nef\ngh', 1, 'Enter').text).toBe('a\nb\ncd\nef\ngh');
    const r = run('ab\n\ncd', 3, 'Enter'); // the empty block, last of section 1 of [ab, ∅] [cd]
    expect(r.text).toBe('ab\n\n\ncd');
    expect(r.offset).toBe(4);
    const end = run('ab\ncd\nef', 5, 'Enter'); // end of "cd", the last block of section 1
    expect(end.text).toBe('ab\ncd\n\nef');
    expect(end.offset).toBe(6);
  });

  it('has no command made for a whole text block: Mod-Enter, and Ctrl-A / Ctrl-E on macOS', () => {
    expect(reviewKeymap['Mod-Enter']).toBeUndefined();
    expect(reviewKeymap['Ctrl-a']).toBeUndefined();
    expect(reviewKeymap['Ctrl-e']).toBeUndefined();
  });
});
