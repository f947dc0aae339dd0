import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { BlockIndex, docFromText, offsetToPos, posToOffset, textFromDoc } from '../../../src/renderer/editor/index';

const SAMPLES = ['', 'a', 'one\ntwo', '\n', '\n\n', 'ab\n\ncd\n', '😀x\n\n𝄞\né😀😀', 'first line\n\nthird 🇫🇷 line\n'];

/** The position of an offset computed the slow way: walk the document. */
function slowPos(text: string, offset: number): number {
  const before = text.slice(0, offset);
  const block = before.split('\n').length - 1;
  return offset + block + 1;
}

describe('offsets ⇄ positions', () => {
  for (const text of SAMPLES) {
    it(`round-trips every offset of ${JSON.stringify(text)}`, () => {
      const doc = docFromText(text);
      expect(textFromDoc(doc)).toBe(text);
      const index = BlockIndex.fromDoc(doc);
      expect(index.textLength).toBe(text.length);
      expect(index.docSize).toBe(doc.content.size);
      for (let offset = 0; offset <= text.length; offset++) {
        const pos = offsetToPos(index, offset);
        expect(pos).toBe(slowPos(text, offset));
        expect(doc.resolve(pos).parent.type.name).toBe('paragraph');
        expect(posToOffset(index, pos)).toBe(offset);
        // The text between two offsets is the text between their positions.
        if (offset > 0) expect(doc.textBetween(offsetToPos(index, 0), pos, '\n')).toBe(text.slice(0, offset));
      }
    });
  }

  it('maps the "\\n" offset to the end of its block and the next offset to the next block', () => {
    const index = BlockIndex.fromDoc(docFromText('ab\ncd'));
    expect(offsetToPos(index, 2)).toBe(3); // end of "ab"
    expect(offsetToPos(index, 3)).toBe(5); // start of "cd"
    expect(index.blockAtOffset(2)).toBe(0);
    expect(index.blockAtOffset(3)).toBe(1);
  });

  it('maps positions between blocks to the next block start, or the previous end with bias -1', () => {
    const doc = docFromText('ab\ncd');
    const index = BlockIndex.fromDoc(doc);
    expect(posToOffset(index, 0)).toBe(0);
    expect(posToOffset(index, 4)).toBe(3);
    expect(posToOffset(index, 4, -1)).toBe(2);
    expect(posToOffset(index, doc.content.size)).toBe(5);
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
  const edits: Array<[string, (s: EditorState) => EditorState]> = [
    ['typing inside a block', (s) => s.apply(s.tr.insertText('X', 3))],
    ['typing at a block end', (s) => s.apply(s.tr.insertText('X', 6))],
    ['splitting a block', (s) => s.apply(s.tr.split(4))],
    ['joining two blocks', (s) => s.apply(s.tr.join(7))],
    ['deleting across blocks', (s) => s.apply(s.tr.delete(3, 12))],
    ['deleting whole blocks', (s) => s.apply(s.tr.delete(7, 17))],
    ['inserting a block at the end', (s) => s.apply(s.tr.insert(s.doc.content.size, s.schema.nodes.paragraph.create(null, s.schema.text('new'))))],
    ['inserting a block at the start', (s) => s.apply(s.tr.insert(0, s.schema.nodes.paragraph.create()))],
    ['typing the same letter as its neighbour', (s) => s.apply(s.tr.insertText('l', 3))],
    ['replacing everything', (s) => s.apply(s.tr.replaceWith(0, s.doc.content.size, s.schema.nodes.paragraph.create(null, s.schema.text('x'))))],
    ['selection only', (s) => s.apply(s.tr.setSelection(TextSelection.create(s.doc, 2)))],
  ];
  for (const [name, edit] of edits) {
    it(`equals a fresh index after ${name}`, () => {
      const before = EditorState.create({ doc: docFromText(text) });
      const after = edit(before);
      const updated = BlockIndex.fromDoc(before.doc).update(before.doc, after.doc);
      const fresh = BlockIndex.fromDoc(after.doc);
      expect(updated.blockCount).toBe(fresh.blockCount);
      expect(updated.textLength).toBe(fresh.textLength);
      for (let k = 0; k < fresh.blockCount; k++) expect(updated.blockStart(k)).toBe(fresh.blockStart(k));
    });
  }
});
