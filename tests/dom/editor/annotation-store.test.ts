import { describe, expect, it } from 'vitest';
import { Mapping, StepMap } from 'prosemirror-transform';
import { AnnotationStore, type StoredAnnotation } from '../../../src/renderer/editor/annotation-store';

const a = (id: string, from: number, to: number, orphaned = false): StoredAnnotation<null> => ({ id, from, to, orphaned, data: null });

/** A reference mapping of one item, the slow way. */
function reference(item: StoredAnnotation<null>, map: StepMap): [number, number, boolean] {
  if (item.orphaned) return [map.map(item.from, -1), Math.max(map.map(item.from, -1), map.map(item.to, -1)), true];
  const from = map.map(item.from, 1);
  const to = map.map(item.to, -1);
  return from >= to ? [to, to, true] : [from, to, false];
}

describe('AnnotationStore', () => {
  it('maps thousands of ranges through edits exactly like mapping each one', () => {
    const items: StoredAnnotation<null>[] = [];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 3000; i++) {
      const from = rnd(20000);
      items.push(a(`a${i}`, from, from + 1 + rnd(i % 50 === 0 ? 3000 : 40)));
    }
    let store = AnnotationStore.create(items);
    let expected = new Map(items.map((i) => [i.id, [i.from, i.to, false] as [number, number, boolean]]));
    const maps = [new StepMap([500, 0, 3]), new StepMap([100, 40, 0]), new StepMap([19000, 500, 2]), new StepMap([0, 0, 10]), new StepMap([7000, 1, 1])];
    for (const map of maps) {
      store = store.map(new Mapping([map]));
      expected = new Map([...expected].map(([id, [from, to, orphaned]]) => [id, reference(a(id, from, to, orphaned), map)]));
    }
    expect(store.size).toBe(3000);
    for (const [id, [from, to, orphaned]] of expected) expect(store.get(id)).toMatchObject({ from, to, orphaned });
  });

  it('shares untouched chunks with the previous version when mapping', () => {
    const store = AnnotationStore.create(Array.from({ length: 2000 }, (_, i) => a(`a${i}`, i * 10, i * 10 + 5)));
    const mapped = store.map(new Mapping([new StepMap([19_990, 0, 1])]));
    // Everything before the edit is still at the same place; only the last items moved.
    expect(mapped.get('a0')).toBe(store.get('a0'));
    expect(mapped.get('a1999')).toMatchObject({ from: 19_991, to: 19_996 });
  });

  it('keeps an annotation whose text was deleted, orphaned at the deletion point', () => {
    const store = AnnotationStore.create([a('x', 10, 20), a('y', 15, 30)]);
    const mapped = store.map(new Mapping([new StepMap([5, 20, 0])]));
    expect(mapped.get('x')).toMatchObject({ from: 5, to: 5, orphaned: true });
    expect(mapped.get('y')).toMatchObject({ from: 5, to: 10, orphaned: false });
    expect(mapped.orphanCount).toBe(1);
    expect(mapped.orphans().map((i) => i.id)).toEqual(['x']);
  });

  it('does not grow an annotation when text is typed at its edges', () => {
    const store = AnnotationStore.create([a('x', 10, 20)]);
    expect(store.map(new Mapping([new StepMap([10, 0, 2])])).get('x')).toMatchObject({ from: 12, to: 22 });
    expect(store.map(new Mapping([new StepMap([20, 0, 2])])).get('x')).toMatchObject({ from: 10, to: 20 });
  });

  it('finds every annotation covering a position, across chunk boundaries', () => {
    const items = Array.from({ length: 1500 }, (_, i) => a(`a${i}`, i, i + 3));
    items.push(a('long', 0, 5000));
    const store = AnnotationStore.create(items);
    expect(store.at(1000).map((i) => i.id).sort()).toEqual(['a1000', 'a998', 'a999', 'long'].sort());
  });

  it('adds into the right chunk and splits chunks that grow too big', () => {
    let store = AnnotationStore.create(Array.from({ length: 600 }, (_, i) => a(`a${i}`, i * 2, i * 2 + 1)));
    for (let i = 0; i < 700; i++) store = store.add([a(`b${i}`, 300 + i, 301 + i)]);
    expect(store.size).toBe(1300);
    expect(store.at(350).map((i) => i.id).sort()).toEqual(['a175', 'b50']);
    expect(store.toArray().map((i) => i.from)).toEqual([...store.toArray().map((i) => i.from)].sort((x, y) => x - y));
  });

  it('removes by id and reports what it removed', () => {
    const store = AnnotationStore.create([a('x', 1, 2), a('y', 3, 4)]);
    const { store: next, removed } = store.remove(['x', 'nope']);
    expect(removed.map((i) => i.id)).toEqual(['x']);
    expect(next.size).toBe(1);
    expect(next.has('x')).toBe(false);
  });

  it('rejects bad ranges and duplicate ids with a RangeError', () => {
    expect(() => AnnotationStore.create([a('x', 5, 2)])).toThrow(/bad range/);
    expect(() => AnnotationStore.create([a('x', 5, 5)])).toThrow(/empty/);
    expect(() => AnnotationStore.create([a('x', 1, 2), a('x', 3, 4)])).toThrow(/twice/);
    expect(() => AnnotationStore.create([a('x', 1, 2)]).add([a('x', 3, 4)])).toThrow(/already exists/);
  });
});

describe('AnnotationStore joins', () => {
  it('grows an edge at a pure insertion when the join test says so, asking once per insertion and edge', () => {
    const store = AnnotationStore.create([a('x', 10, 20), a('y', 20, 30), a('z', 10, 20), a('o', 20, 20, true)]);
    const asked: string[] = [];
    const joins = (edge: 'start' | 'end', from: number, to: number) => (asked.push(`${edge} ${from}-${to}`), edge === 'end');
    const mapped = store.map(new Mapping([new StepMap([20, 0, 2])]), () => joins);
    expect(mapped.get('x')).toMatchObject({ from: 10, to: 22 });
    expect(mapped.get('z')).toMatchObject({ from: 10, to: 22 });
    expect(mapped.get('y')).toMatchObject({ from: 22, to: 32 });
    expect(mapped.get('o')).toMatchObject({ from: 20, to: 20, orphaned: true });
    expect(asked.sort()).toEqual(['end 20-22', 'start 20-22']);
    const front = store.map(new Mapping([new StepMap([10, 0, 3])]), () => () => true);
    expect(front.get('x')).toMatchObject({ from: 10, to: 23 });
  });

  it('never joins a replacement, and maps like before without a join test', () => {
    const store = AnnotationStore.create([a('x', 10, 20)]);
    expect(store.map(new Mapping([new StepMap([20, 1, 2])]), () => () => true).get('x')).toMatchObject({ from: 10, to: 20 });
    expect(store.map(new Mapping([new StepMap([20, 0, 2])])).get('x')).toMatchObject({ from: 10, to: 20 });
  });

  it('maps a chunk that ends exactly at a joining insertion, and only asks about touched edges', () => {
    const store = AnnotationStore.create(Array.from({ length: 2000 }, (_, i) => a(`a${i}`, i * 10, i * 10 + 5)));
    const last = store.toArray()[255]; // the last item of the first chunk
    let asked = 0;
    const mapped = store.map(new Mapping([new StepMap([last.to, 0, 1])]), () => () => (asked++, true));
    expect(mapped.get(last.id)).toMatchObject({ from: last.from, to: last.to + 1 });
    expect(mapped.get('a0')).toBe(store.get('a0'));
    expect(mapped.get('a1999')).toMatchObject({ from: 19_991, to: 19_996 });
    expect(asked).toBe(1);
  });
});
