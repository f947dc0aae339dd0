/**
 * Canonical-text offsets ⇄ ProseMirror positions.
 *
 * The canonical text is the document's blocks joined by "\n"; offsets are UTF-16 indexes into it.
 * The ProseMirror document holds the blocks in sections (doc → section+, see schema.ts), each a
 * text block whose text is its blocks joined by "\n". A section of `len` characters takes
 * `len + 2` positions (open token, text, close token), and the "\n" between two sections is not
 * in the document. So for an offset in section `s`, which starts at text offset `S_s`:
 *
 *     position of offset S_s + i = S_s + s + 1 + i      (0 ≤ i ≤ len_s)
 *
 * `BlockIndex` keeps, per block, its start offset and the position of its first character in two
 * sorted arrays, and the first block of every section in a third; it answers every question with
 * a binary search (O(log n)). After an edit, `update` re-reads only the sections that changed (a
 * section is a few thousand characters) and shifts the rest.
 *
 * Boundaries: the offset of a block's "\n" (its end) maps to the end of that block's text; the
 * next offset is the start of the next block. A position between two sections (after one's close
 * token, before the next one's open token) maps to the start of the following block, or with
 * `bias < 0` to the end of the preceding one.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { StepMap } from 'prosemirror-transform';

/** Immutable index of the blocks and sections of one document. */
export class BlockIndex {
  private constructor(
    /** Text offset where each block starts, ascending. */
    private readonly starts: Int32Array,
    /** Position of each block's first character (its content start), ascending. */
    private readonly positions: Int32Array,
    /** Index of the first block of each section, ascending; sectionFirst[0] = 0. */
    private readonly sectionFirst: Int32Array,
    /** Length of the canonical text. */
    readonly textLength: number,
    /** Size of the ProseMirror document (`doc.content.size`). */
    readonly docSize: number,
  ) {}

  /** Indexes a document (O(text)). */
  static fromDoc(doc: PMNode): BlockIndex {
    const sections = doc.childCount;
    if (sections === 0) throw new RangeError('A review document has at least one block');
    let count = 0;
    for (let s = 0; s < sections; s++) count += blocksIn(doc.child(s));
    const starts = new Int32Array(count);
    const positions = new Int32Array(count);
    const sectionFirst = new Int32Array(sections);
    const end = readSections(doc, 0, sections, starts, positions, sectionFirst, 0, 0, 0);
    return new BlockIndex(starts, positions, sectionFirst, end.offset - 1, end.pos);
  }

  /** Number of blocks. */
  get blockCount(): number {
    return this.starts.length;
  }

  /** Number of sections. */
  get sectionCount(): number {
    return this.sectionFirst.length;
  }

  /** Text offset where block `k` starts. */
  blockStart(k: number): number {
    this.checkBlock(k);
    return this.starts[k];
  }

  /** Text offset where block `k` ends (the index of its "\n", or the text length for the last). */
  blockEnd(k: number): number {
    this.checkBlock(k);
    return k + 1 < this.starts.length ? this.starts[k + 1] - 1 : this.textLength;
  }

  /** Position where block `k`'s text starts. */
  contentStart(k: number): number {
    this.checkBlock(k);
    return this.positions[k];
  }

  /** Position where block `k`'s text ends (before its "\n" or at its section's end). */
  contentEnd(k: number): number {
    return this.positions[k] + (this.blockEnd(k) - this.starts[k]);
  }

  /** The section holding block `k`. */
  sectionOf(k: number): number {
    this.checkBlock(k);
    return largestAtMost(this.sectionFirst, k);
  }

  /** Index of the first block of section `s`. */
  sectionStart(s: number): number {
    this.checkSection(s);
    return this.sectionFirst[s];
  }

  /** Index of the last block of section `s`. */
  sectionLast(s: number): number {
    this.checkSection(s);
    return (s + 1 < this.sectionFirst.length ? this.sectionFirst[s + 1] : this.starts.length) - 1;
  }

  /** Position just before section `s`'s node. */
  sectionPos(s: number): number {
    this.checkSection(s);
    return this.positions[this.sectionFirst[s]] - 1;
  }

  /** The section at `pos`: the one containing it, or for a position between sections the next one. */
  sectionAtPos(pos: number): number {
    return this.sectionOf(this.blockAtPos(pos));
  }

  /** Block `k`'s text in `doc` (the document this indexes). */
  blockText(doc: PMNode, k: number): string {
    const s = this.sectionOf(k);
    const base = this.positions[this.sectionFirst[s]];
    return doc.child(s).textContent.slice(this.positions[k] - base, this.contentEnd(k) - base);
  }

  /** The block containing `offset`; the "\n" after a block belongs to that block. */
  blockAtOffset(offset: number): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.textLength) {
      throw new RangeError(`Offset ${offset} is outside the text (0–${this.textLength})`);
    }
    return largestAtMost(this.starts, offset);
  }

  /** The block at `pos`: the one whose text contains it, or for a position between sections the next one. */
  blockAtPos(pos: number): number {
    if (!Number.isInteger(pos) || pos < 0 || pos > this.docSize) {
      throw new RangeError(`Position ${pos} is outside the document (0–${this.docSize})`);
    }
    const k = largestAtMost(this.positions, pos);
    return k + 1 < this.starts.length && pos > this.contentEnd(k) ? k + 1 : k;
  }

  /** Canonical-text offset → ProseMirror position (always inside a section). */
  offsetToPos(offset: number): number {
    const k = this.blockAtOffset(offset);
    return this.positions[k] + (offset - this.starts[k]);
  }

  /** ProseMirror position → canonical-text offset. See the module note for positions between sections. */
  posToOffset(pos: number, bias: -1 | 1 = 1): number {
    const k = this.blockAtPos(pos);
    const start = this.positions[k];
    if (pos < start) return bias < 0 && k > 0 ? this.starts[k] - 1 : this.starts[k];
    const end = this.contentEnd(k);
    return pos > end ? this.textLength : this.starts[k] + (pos - start);
  }

  /**
   * The index of `newDoc`, given that this indexes `oldDoc`. Work is proportional to the changed
   * sections plus one copy of the arrays.
   */
  update(oldDoc: PMNode, newDoc: PMNode, mapping?: MappingLike): BlockIndex {
    if (oldDoc === newDoc) return this;
    if (oldDoc.childCount !== this.sectionFirst.length || oldDoc.content.size !== this.docSize) {
      throw new RangeError(`BlockIndex.update: the old document does not match the index`);
    }
    const range = changedRange(oldDoc, newDoc, mapping);
    if (!range) return this;
    const oldSections = this.sectionFirst.length;
    const oldCount = this.starts.length;
    // First section touched: the one whose node starts at or before range.from (content before it is shared).
    const first = this.sectionStartingAtOrBefore(range.from);
    const firstPos = this.sectionPos(first);
    // Last old section touched: the one containing range.toOld - 1; none when nothing old was replaced.
    const lastOld = range.toOld > firstPos ? Math.max(first, this.sectionStartingAtOrBefore(range.toOld - 1)) : first - 1;
    const oldEndPos = lastOld + 1 < oldSections ? this.sectionPos(lastOld + 1) : this.docSize;
    // New sections: from `first` until one ends at or after range.toNew.
    let newEnd = firstPos;
    let s = first;
    let added = 0;
    while (s < newDoc.childCount && newEnd < range.toNew) {
      const section = newDoc.child(s);
      added += blocksIn(section);
      newEnd += section.nodeSize;
      s++;
    }
    const newSectionsRead = s - first;
    const tailSections = oldSections - lastOld - 1;
    const sectionCount = first + newSectionsRead + tailSections;
    // The unchanged tail must line up exactly; if not (never seen), index from scratch.
    if (sectionCount !== newDoc.childCount || newEnd - range.toNew !== oldEndPos - range.toOld) return BlockIndex.fromDoc(newDoc);

    const firstBlock = this.sectionFirst[first] ?? oldCount;
    const tailBlock = lastOld + 1 < oldSections ? this.sectionFirst[lastOld + 1] : oldCount;
    const tail = oldCount - tailBlock;
    const count = firstBlock + added + tail;
    const starts = new Int32Array(count);
    const positions = new Int32Array(count);
    const sectionFirst = new Int32Array(sectionCount);
    starts.set(this.starts.subarray(0, firstBlock));
    positions.set(this.positions.subarray(0, firstBlock));
    sectionFirst.set(this.sectionFirst.subarray(0, first));
    const startOffset = firstBlock < oldCount ? this.starts[firstBlock] : this.textLength + 1;
    const end = readSections(newDoc, first, first + newSectionsRead, starts, positions, sectionFirst, firstBlock, startOffset, firstPos);
    const oldAfter = tailBlock < oldCount ? this.starts[tailBlock] : this.textLength + 1;
    const offsetDelta = end.offset - oldAfter;
    const posDelta = newEnd - oldEndPos;
    const blockDelta = firstBlock + added - tailBlock;
    for (let j = 0; j < tail; j++) {
      starts[tailBlock + blockDelta + j] = this.starts[tailBlock + j] + offsetDelta;
      positions[tailBlock + blockDelta + j] = this.positions[tailBlock + j] + posDelta;
    }
    for (let j = 0; j < tailSections; j++) sectionFirst[first + newSectionsRead + j] = this.sectionFirst[lastOld + 1 + j] + blockDelta;
    if (count === 0) return BlockIndex.fromDoc(newDoc); // throws: a document has at least one block
    return new BlockIndex(starts, positions, sectionFirst, this.textLength + offsetDelta, this.docSize + posDelta);
  }

  /** The section whose node starts at or before `pos` (0 for position 0). */
  private sectionStartingAtOrBefore(pos: number): number {
    let lo = 0;
    let hi = this.sectionFirst.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.positions[this.sectionFirst[mid]] - 1 <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private checkBlock(k: number): void {
    if (!Number.isInteger(k) || k < 0 || k >= this.starts.length) {
      throw new RangeError(`Block ${k} does not exist (the document has ${this.starts.length})`);
    }
  }

  private checkSection(s: number): void {
    if (!Number.isInteger(s) || s < 0 || s >= this.sectionFirst.length) {
      throw new RangeError(`Section ${s} does not exist (the document has ${this.sectionFirst.length})`);
    }
  }
}

/** Largest k with sorted[k] <= value (0 when none). */
function largestAtMost(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Number of blocks in a section: one more than its "\n" characters. */
function blocksIn(section: PMNode): number {
  const text = section.textContent;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Fills the index arrays for sections [from, to) of `doc`, starting at block `k`, text offset
 * `offset` and position `pos` (before section `from`). Returns the offset and position after them
 * (the offset counts a "\n" after the last section read).
 */
function readSections(
  doc: PMNode, from: number, to: number, starts: Int32Array, positions: Int32Array, sectionFirst: Int32Array,
  k: number, offset: number, pos: number,
): { offset: number; pos: number } {
  for (let s = from; s < to; s++) {
    const section = doc.child(s);
    const text = section.textContent;
    sectionFirst[s] = k;
    for (let i = 0; ; k++) {
      starts[k] = offset + i;
      positions[k] = pos + 1 + i;
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl + 1;
    }
    k++;
    offset += text.length + 1;
    pos += section.nodeSize;
  }
  return { offset, pos };
}

/** The part of a document that differs between two versions: [from, toOld) became [from, toNew). */
export interface ChangedRange {
  from: number;
  toOld: number;
  toNew: number;
}

/** The part of `Mapping` used here. */
export interface MappingLike {
  readonly maps: readonly StepMap[];
  slice(from?: number, to?: number): { map(pos: number, assoc?: number): number };
}

/**
 * Where two documents differ; null when they are equal. With the mapping of the transaction(s)
 * between them this reads the step maps (O(steps²), tiny); otherwise it compares the documents
 * by node identity (O(blocks), still cheap). Content before `from` and after `toNew` / `toOld` is
 * the same in both documents.
 */
export function changedRange(oldDoc: PMNode, newDoc: PMNode, mapping?: MappingLike): ChangedRange | null {
  if (mapping && mapping.maps.length > 0 && mapping.maps.length <= 16) {
    let from = Infinity;
    let toNew = -Infinity;
    mapping.maps.forEach((map, i) => {
      const rest = mapping.slice(i + 1);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        from = Math.min(from, rest.map(newStart, -1));
        toNew = Math.max(toNew, rest.map(newEnd, 1));
      });
    });
    if (from === Infinity) return oldDoc.eq(newDoc) ? null : changedRange(oldDoc, newDoc);
    const toOld = toNew - (newDoc.content.size - oldDoc.content.size);
    if (toOld >= from && toNew >= from) return { from, toOld, toNew };
  }
  const from = oldDoc.content.findDiffStart(newDoc.content);
  if (from == null) return null;
  const end = oldDoc.content.findDiffEnd(newDoc.content) ?? { a: oldDoc.content.size, b: newDoc.content.size };
  let toOld = end.a;
  let toNew = end.b;
  const overlap = from - Math.min(toOld, toNew);
  if (overlap > 0) {
    toOld += overlap;
    toNew += overlap;
  }
  return { from, toOld, toNew };
}

/** Canonical-text offset → ProseMirror position, through a block index. */
export function offsetToPos(index: BlockIndex, offset: number): number {
  return index.offsetToPos(offset);
}

/** ProseMirror position → canonical-text offset, through a block index. */
export function posToOffset(index: BlockIndex, pos: number, bias: -1 | 1 = 1): number {
  return index.posToOffset(pos, bias);
}

/** The canonical text of a document: its sections' text joined by "\n". */
export function textFromDoc(doc: PMNode): string {
  const parts: string[] = [];
  doc.forEach((section) => void parts.push(section.textContent));
  return parts.join('\n');
}
