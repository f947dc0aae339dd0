/**
 * An immutable collection of annotation ranges (ProseMirror positions) that maps through edits in
 * time proportional to what the edit touched, not to the number of annotations.
 *
 * Design: items are kept in chunks of a few hundred, each sorted by `from`, each with a lazy
 * `shift` added to every stored position and the chunk's min `from` / max `to`. Mapping through a
 * step leaves chunks that end before the change untouched (shared with the previous version),
 * shifts chunks that start after it in O(1), and maps item by item only the chunks that straddle
 * it. Queries skip chunks by their bounds, so they never depend on chunks staying globally sorted.
 *
 * A live item maps `from` with assoc 1 and `to` with assoc -1 (typing at an edge does not grow an
 * annotation) — unless the caller passes a `JoinTest` and it says that a pure insertion (nothing
 * deleted) exactly at the item's edge joins it; the editor uses that for text that continues the
 * word at the edge (see word-join.ts). The test is asked lazily, at most once per insertion and
 * edge, and only when some item of a chunk the change touches has that edge there. When an item's
 * text is deleted entirely it becomes orphaned — collapsed at the deletion point and flagged — and
 * is kept. Orphaned items map both ends with assoc -1 and never join.
 * Looking up by id scans (≈50k string comparisons, well under a millisecond); only user actions do it.
 */
import type { Mapping, StepMap } from 'prosemirror-transform';

/** One stored annotation range with its payload. */
export interface StoredAnnotation<T> {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly orphaned: boolean;
  readonly data: T;
}

const CHUNK_SIZE = 256;
const CHUNK_MAX = 512;

class Chunk<T> {
  constructor(
    /** Sorted by `from`, then `to`; positions relative to `shift`. */
    readonly items: readonly StoredAnnotation<T>[],
    readonly shift: number,
    readonly minFrom: number,
    readonly maxTo: number,
    readonly orphans: number,
  ) {}

  /** A chunk from items with absolute positions (sorted here). */
  static of<T>(items: StoredAnnotation<T>[]): Chunk<T> {
    items.sort(compareItems);
    let maxTo = -Infinity;
    let orphans = 0;
    for (const item of items) {
      if (item.to > maxTo) maxTo = item.to;
      if (item.orphaned) orphans++;
    }
    return new Chunk(items, 0, items.length ? items[0].from : Infinity, maxTo, orphans);
  }

  get absMin(): number {
    return this.minFrom + this.shift;
  }

  get absMax(): number {
    return this.maxTo + this.shift;
  }

  /** Item `i` with absolute positions. */
  at(i: number): StoredAnnotation<T> {
    const item = this.items[i];
    return this.shift === 0 ? item : { ...item, from: item.from + this.shift, to: item.to + this.shift };
  }

  /** All items with absolute positions (a fresh array). */
  absolute(): StoredAnnotation<T>[] {
    const out = new Array<StoredAnnotation<T>>(this.items.length);
    for (let i = 0; i < out.length; i++) out[i] = this.at(i);
    return out;
  }

  shifted(delta: number): Chunk<T> {
    return new Chunk(this.items, this.shift + delta, this.minFrom, this.maxTo, this.orphans);
  }

  mapped(map: StepMap, inserts: readonly Insertion[] | null): Chunk<T> {
    const items = new Array<StoredAnnotation<T>>(this.items.length);
    for (let i = 0; i < items.length; i++) items[i] = mapItem(this.at(i), map, inserts);
    return Chunk.of(items);
  }
}

/**
 * Whether text inserted by a step, with nothing deleted, joins an annotation that has `edge` at the
 * insertion point. `from`–`to` is the inserted range in positions after the step.
 */
export type JoinTest = (edge: 'start' | 'end', from: number, to: number) => boolean;

/** A pure insertion of one step map, with the join test's answers for it (asked lazily, once each). */
class Insertion {
  private start: boolean | undefined;
  private end: boolean | undefined;

  constructor(
    /** The insertion point, before the step. */
    readonly at: number,
    private readonly newFrom: number,
    private readonly newTo: number,
    private readonly test: JoinTest,
  ) {}

  joinsStart(): boolean {
    return (this.start ??= this.test('start', this.newFrom, this.newTo));
  }

  joinsEnd(): boolean {
    return (this.end ??= this.test('end', this.newFrom, this.newTo));
  }
}

function joinsEndAt(inserts: readonly Insertion[] | null, pos: number): boolean {
  if (inserts) for (const ins of inserts) if (ins.at === pos && ins.joinsEnd()) return true;
  return false;
}

function joinsStartAt(inserts: readonly Insertion[] | null, pos: number): boolean {
  if (inserts) for (const ins of inserts) if (ins.at === pos && ins.joinsStart()) return true;
  return false;
}

function compareItems<T>(a: StoredAnnotation<T>, b: StoredAnnotation<T>): number {
  return a.from - b.from || a.to - b.to;
}

function mapItem<T>(item: StoredAnnotation<T>, map: StepMap, inserts: readonly Insertion[] | null): StoredAnnotation<T> {
  if (item.orphaned) {
    const from = map.map(item.from, -1);
    const to = Math.max(from, map.map(item.to, -1));
    return from === item.from && to === item.to ? item : { ...item, from, to };
  }
  const from = map.map(item.from, joinsStartAt(inserts, item.from) ? -1 : 1);
  const to = map.map(item.to, joinsEndAt(inserts, item.to) ? 1 : -1);
  if (from >= to) return { ...item, from: to, to, orphaned: true };
  return from === item.from && to === item.to ? item : { ...item, from, to };
}

/** Throws a RangeError unless `item` is a well-formed range. */
export function checkItem<T>(item: StoredAnnotation<T>): void {
  if (typeof item.id !== 'string' || item.id === '') throw new RangeError('An annotation needs a non-empty id');
  if (!Number.isInteger(item.from) || !Number.isInteger(item.to) || item.from < 0 || item.to < item.from) {
    throw new RangeError(`Annotation ${item.id} has a bad range ${item.from}–${item.to}`);
  }
  if (!item.orphaned && item.from === item.to) {
    throw new RangeError(`Annotation ${item.id} is empty (${item.from}–${item.to}) but not orphaned`);
  }
}

/** Immutable, chunked interval collection; every method returns a new store or reads. */
export class AnnotationStore<T> {
  private constructor(
    private readonly chunks: readonly Chunk<T>[],
    /** Number of annotations. */
    readonly size: number,
  ) {}

  /** A store with nothing in it. */
  static empty<T>(): AnnotationStore<T> {
    return new AnnotationStore<T>([], 0);
  }

  /** Builds a store (O(n log n)). Throws a RangeError on a bad range or a duplicate id. */
  static create<T>(items: Iterable<StoredAnnotation<T>>): AnnotationStore<T> {
    const all = [...items];
    const ids = new Set<string>();
    for (const item of all) {
      checkItem(item);
      if (ids.has(item.id)) throw new RangeError(`Annotation ${item.id} appears twice`);
      ids.add(item.id);
    }
    all.sort(compareItems);
    const chunks: Chunk<T>[] = [];
    for (let i = 0; i < all.length; i += CHUNK_SIZE) chunks.push(Chunk.of(all.slice(i, i + CHUNK_SIZE)));
    return new AnnotationStore(chunks, all.length);
  }

  /** Whether an annotation with this id is stored (scans). */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The annotation with this id at its current positions (scans). */
  get(id: string): StoredAnnotation<T> | undefined {
    for (const chunk of this.chunks) {
      const items = chunk.items;
      for (let i = 0; i < items.length; i++) if (items[i].id === id) return chunk.at(i);
    }
    return undefined;
  }

  /** Adds annotations. Throws a RangeError on a bad range or an id already stored. */
  add(items: readonly StoredAnnotation<T>[]): AnnotationStore<T> {
    if (items.length === 0) return this;
    const fresh = new Set<string>();
    for (const item of items) {
      checkItem(item);
      if (fresh.has(item.id)) throw new RangeError(`Annotation ${item.id} appears twice`);
      fresh.add(item.id);
    }
    for (const chunk of this.chunks) {
      for (const item of chunk.items) if (fresh.has(item.id)) throw new RangeError(`Annotation ${item.id} already exists`);
    }
    if (items.length > 64 && items.length * 4 > this.size) return AnnotationStore.create([...this.toArray(), ...items]);
    let chunks = this.chunks.slice();
    for (const item of items) chunks = insertInto(chunks, item);
    return new AnnotationStore(chunks, this.size + items.length);
  }

  /** Removes annotations by id; unknown ids are ignored. `removed` lists what was there. */
  remove(ids: Iterable<string>): { store: AnnotationStore<T>; removed: StoredAnnotation<T>[] } {
    const wanted = new Set(ids);
    const removed: StoredAnnotation<T>[] = [];
    if (wanted.size === 0) return { store: this, removed };
    const chunks: Chunk<T>[] = [];
    for (const chunk of this.chunks) {
      if (!chunk.items.some((item) => wanted.has(item.id))) {
        chunks.push(chunk);
        continue;
      }
      const kept: StoredAnnotation<T>[] = [];
      chunk.absolute().forEach((item) => (wanted.has(item.id) ? removed.push(item) : kept.push(item)));
      if (kept.length) chunks.push(Chunk.of(kept));
    }
    return removed.length ? { store: new AnnotationStore(chunks, this.size - removed.length), removed } : { store: this, removed };
  }

  /**
   * Maps every range through a transaction's mapping. `joins(i)`, when given, is the join test for
   * pure insertions of the i-th step map (positions in the document after that step).
   */
  map(mapping: Mapping, joins?: (mapIndex: number) => JoinTest | undefined): AnnotationStore<T> {
    let store: AnnotationStore<T> = this;
    for (let i = 0; i < mapping.maps.length; i++) store = store.mapStep(mapping.maps[i], joins?.(i));
    return store;
  }

  /**
   * Maps through one step map: O(chunks) plus the items of the chunks that straddle the change (and
   * of a chunk that ends exactly at an insertion its last items join).
   */
  mapStep(map: StepMap, joins?: JoinTest): AnnotationStore<T> {
    let lo = Infinity;
    let hi = -Infinity;
    let delta = 0;
    let inserts: Insertion[] | null = null;
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      lo = Math.min(lo, oldStart);
      hi = Math.max(hi, oldEnd);
      delta += newEnd - newStart - (oldEnd - oldStart);
      if (joins && oldStart === oldEnd && newEnd > newStart) (inserts ??= []).push(new Insertion(oldStart, newStart, newEnd, joins));
    });
    if (lo === Infinity || this.size === 0) return this;
    let changed = false;
    const chunks = this.chunks.map((chunk) => {
      if (chunk.absMax < lo || (chunk.absMax === lo && !joinsEndAt(inserts, lo))) return chunk;
      changed = true;
      if (chunk.absMin > hi) return delta === 0 ? chunk : chunk.shifted(delta);
      return chunk.mapped(map, inserts);
    });
    return changed ? new AnnotationStore(chunks, this.size) : this;
  }

  /**
   * Calls `fn` for every annotation touching [from, to] (item.from ≤ to and item.to ≥ from, so
   * adjacent and collapsed ones are included; filter as needed). Return false to stop.
   */
  between(from: number, to: number, fn: (item: StoredAnnotation<T>) => boolean | void): void {
    for (const chunk of this.chunks) {
      if (chunk.absMax < from || chunk.absMin > to) continue;
      const relFrom = from - chunk.shift;
      const relTo = to - chunk.shift;
      const items = chunk.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item.from > relTo) break;
        if (item.to >= relFrom && fn(chunk.at(i)) === false) return;
      }
    }
  }

  /** Live (not orphaned) annotations covering the character after `pos`, i.e. from ≤ pos < to. */
  at(pos: number): StoredAnnotation<T>[] {
    const found: StoredAnnotation<T>[] = [];
    this.between(pos, pos, (item) => {
      if (!item.orphaned && item.from <= pos && item.to > pos) found.push(item);
    });
    return found;
  }

  /** Number of orphaned annotations. */
  get orphanCount(): number {
    let n = 0;
    for (const chunk of this.chunks) n += chunk.orphans;
    return n;
  }

  /** The orphaned annotations (skips chunks that have none). */
  orphans(): StoredAnnotation<T>[] {
    const out: StoredAnnotation<T>[] = [];
    for (const chunk of this.chunks) {
      if (chunk.orphans === 0) continue;
      for (let i = 0; i < chunk.items.length; i++) if (chunk.items[i].orphaned) out.push(chunk.at(i));
    }
    return out;
  }

  /** Every annotation, ordered by chunk (document order except right after unusual edits). */
  forEach(fn: (item: StoredAnnotation<T>) => void): void {
    for (const chunk of this.chunks) for (let i = 0; i < chunk.items.length; i++) fn(chunk.at(i));
  }

  /** Every annotation in document order. */
  toArray(): StoredAnnotation<T>[] {
    const out: StoredAnnotation<T>[] = [];
    this.forEach((item) => out.push(item));
    return out.sort(compareItems);
  }
}

/** Inserts one item into the chunk whose range it belongs to, splitting a chunk that grows too big. */
function insertInto<T>(chunks: Chunk<T>[], item: StoredAnnotation<T>): Chunk<T>[] {
  if (chunks.length === 0) return [Chunk.of([item])];
  // Last chunk starting at or before item.from (chunks are sorted by start, roughly, after edits).
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid].absMin <= item.from) lo = mid;
    else hi = mid - 1;
  }
  const items = chunks[lo].absolute();
  items.push(item);
  if (items.length <= CHUNK_MAX) {
    chunks[lo] = Chunk.of(items);
    return chunks;
  }
  items.sort(compareItems);
  const half = items.length >> 1;
  chunks.splice(lo, 1, Chunk.of(items.slice(0, half)), Chunk.of(items.slice(half)));
  return chunks;
}
