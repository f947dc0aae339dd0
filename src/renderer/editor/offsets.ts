/**
 * Canonical-text offsets ⇄ ProseMirror positions.
 *
 * The canonical text is the document's blocks joined by "\n"; offsets are UTF-16 indexes into it.
 * In the ProseMirror document every block is a paragraph of `len` characters taking `len + 2`
 * positions (open token, text, close token). So for block k starting at text offset `s_k`:
 *
 *     node position of block k   = s_k + k
 *     position of offset s_k + i = s_k + k + 1 + i        (0 ≤ i ≤ len_k)
 *
 * `BlockIndex` keeps the block start offsets in one sorted array and answers both directions with
 * a binary search (O(log n)). After an edit, `update` re-reads only the blocks that changed (found
 * by node identity, which ProseMirror preserves for untouched blocks) and shifts the rest.
 *
 * Boundaries: the offset of a block's "\n" (its end) maps to the end of that block's content; the
 * next offset is the start of the next block. A position between two blocks (outside any
 * paragraph) maps to the start of the following block, or with `bias < 0` to the end of the
 * preceding one.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { StepMap } from 'prosemirror-transform';

/** Immutable index of block start offsets for one document. */
export class BlockIndex {
  private constructor(
    /** Text offset where each block starts, ascending. */
    private readonly starts: Int32Array,
    /** Length of the canonical text. */
    readonly textLength: number,
  ) {}

  /** Indexes a document (O(blocks)). */
  static fromDoc(doc: PMNode): BlockIndex {
    const count = doc.childCount;
    if (count === 0) throw new RangeError('A review document has at least one block');
    const starts = new Int32Array(count);
    let offset = 0;
    for (let k = 0; k < count; k++) {
      starts[k] = offset;
      offset += doc.child(k).content.size + 1;
    }
    return new BlockIndex(starts, offset - 1);
  }

  /** Number of blocks. */
  get blockCount(): number {
    return this.starts.length;
  }

  /** Size of the ProseMirror document (`doc.content.size`). */
  get docSize(): number {
    return this.textLength + 1 + this.starts.length;
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

  /** Position just before block `k`'s node (what `doc.resolve` calls `before`). */
  blockPos(k: number): number {
    this.checkBlock(k);
    return this.starts[k] + k;
  }

  /** Position where block `k`'s text starts. */
  contentStart(k: number): number {
    return this.blockPos(k) + 1;
  }

  /** Position where block `k`'s text ends. */
  contentEnd(k: number): number {
    return this.blockEnd(k) + k + 1;
  }

  /** The block containing `offset`; the "\n" after a block belongs to that block. */
  blockAtOffset(offset: number): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.textLength) {
      throw new RangeError(`Offset ${offset} is outside the text (0–${this.textLength})`);
    }
    // Largest k with starts[k] <= offset.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The block whose node starts at or before `pos` (a position between blocks belongs to the next one). */
  blockAtPos(pos: number): number {
    if (!Number.isInteger(pos) || pos < 0 || pos > this.docSize) {
      throw new RangeError(`Position ${pos} is outside the document (0–${this.docSize})`);
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] + mid <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Canonical-text offset → ProseMirror position (always inside a paragraph). */
  offsetToPos(offset: number): number {
    return offset + this.blockAtOffset(offset) + 1;
  }

  /** ProseMirror position → canonical-text offset. See the module note for positions between blocks. */
  posToOffset(pos: number, bias: -1 | 1 = 1): number {
    const k = this.blockAtPos(pos);
    const start = this.starts[k] + k + 1;
    if (pos < start) return bias < 0 && k > 0 ? this.starts[k] - 1 : this.starts[k];
    const end = this.contentEnd(k);
    return pos > end ? this.textLength : this.starts[k] + (pos - start);
  }

  /**
   * The index of `newDoc`, given that this indexes `oldDoc`. Work is proportional to the changed
   * blocks plus one array copy; untouched blocks are recognised by node identity.
   */
  update(oldDoc: PMNode, newDoc: PMNode, mapping?: MappingLike): BlockIndex {
    if (oldDoc === newDoc) return this;
    if (oldDoc.childCount !== this.starts.length) {
      throw new RangeError(`BlockIndex.update: the old document has ${oldDoc.childCount} blocks, the index ${this.starts.length}`);
    }
    const range = changedRange(oldDoc, newDoc, mapping);
    if (!range) return this;
    const oldCount = this.starts.length;
    const first = this.blockAtPos(range.from);
    // Last old block touched: the one containing range.toOld (a block boundary belongs to the block before it).
    // An empty old range exactly at a block boundary touches no old block (blocks were inserted there).
    const lastOld = range.toOld > this.blockPos(first) ? Math.max(first, this.blockAtPos(range.toOld - 1)) : first - 1;

    // New blocks: from block `first` up to the one containing range.toNew.
    const lengths: number[] = [];
    let pos = this.blockPos(first);
    let i = first;
    while (i < newDoc.childCount && pos < range.toNew) {
      const child = newDoc.child(i);
      lengths.push(child.content.size);
      pos += child.nodeSize;
      i++;
    }
    const tail = oldCount - lastOld - 1;
    const newCount = first + lengths.length + tail;
    if (newCount !== newDoc.childCount) return BlockIndex.fromDoc(newDoc); // defensive: never seen

    const starts = new Int32Array(newCount);
    starts.set(this.starts.subarray(0, first));
    let offset = this.starts[first];
    for (let j = 0; j < lengths.length; j++) {
      starts[first + j] = offset;
      offset += lengths[j] + 1;
    }
    const oldAfter = lastOld + 1 < oldCount ? this.starts[lastOld + 1] : this.textLength + 1;
    const delta = offset - oldAfter;
    for (let j = 0; j < tail; j++) starts[first + lengths.length + j] = this.starts[lastOld + 1 + j] + delta;
    return new BlockIndex(starts, this.textLength + delta);
  }

  private checkBlock(k: number): void {
    if (!Number.isInteger(k) || k < 0 || k >= this.starts.length) {
      throw new RangeError(`Block ${k} does not exist (the document has ${this.starts.length})`);
    }
  }
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

/** The canonical text of a document: its blocks' text joined by "\n". */
export function textFromDoc(doc: PMNode): string {
  const parts = new Array<string>(doc.childCount);
  for (let k = 0; k < doc.childCount; k++) parts[k] = doc.child(k).textContent;
  return parts.join('\n');
}
