/**
 * The review store's annotations in document order, per map: a map the store made by a few changes
 * (accepted, rejected, added, moved, orphaned, re-attached annotations) is ordered from the previous
 * map's order, and the result must be exactly what sorting it from scratch gives.
 */
import { describe, expect, it } from 'vitest';
import type { Annotation, DocumentBundle } from '../../../src/shared/types';
import { documentOrderOf, inDocumentOrder } from '../../../src/renderer/review/ranges';
import { reviewReducer, type ReviewChange, type ReviewData } from '../../../src/renderer/review/store';

function annotation(id: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId: 'doc-1',
    kind: 'entity',
    label: 'PLACE',
    start,
    end,
    quote: '',
    prefix: '',
    suffix: '',
    attrs: { pending: true },
    origin: 'suggested',
    orphaned: false,
    createdBy: 'Ana',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  } as Annotation;
}

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const ids = (list: readonly Annotation[]) => list.map((a) => a.id);

describe('documentOrderOf', () => {
  it('orders each map the store makes after a change exactly as a full sort does', () => {
    const next = random(7);
    const seeded: Annotation[] = [];
    for (let i = 0; i < 300; i++) {
      const start = Math.floor(next() * 1000);
      seeded.push(annotation(`a${i}`, start, start + 1 + Math.floor(next() * 20), { orphaned: next() < 0.05 }));
    }
    let data = reviewReducer(null, { type: 'loaded', bundle: { document: {}, annotations: seeded, claims: [], sources: [] } as unknown as DocumentBundle }) as ReviewData;
    documentOrderOf(data.annotations);
    let made = 300;
    for (let step = 0; step < 400; step++) {
      const keys = [...data.annotations.keys()];
      const victim = data.annotations.get(keys[Math.floor(next() * keys.length)])!;
      const what = next();
      let change: ReviewChange;
      if (what < 0.3) change = { type: 'updated', annotations: [{ ...victim, attrs: {} }] }; // accepted: same place
      else if (what < 0.55) change = { type: 'removed', ids: [victim.id] }; // rejected
      else if (what < 0.7) {
        const start = Math.floor(next() * 1000);
        change = { type: 'added', annotations: [annotation(`a${made}`, start, start + 5)], claims: [], sources: [] };
        made++;
      } else if (what < 0.8) change = { type: 'updated', annotations: [{ ...victim, start: victim.start + 3, end: victim.end + 3 }] }; // moved
      else if (what < 0.9) change = { type: 'updated', annotations: [{ ...victim, orphaned: !victim.orphaned }] }; // orphaned, or attached again
      else {
        // many at once, as undoing "accept all" does
        const many = Array.from({ length: 100 }, (_, k) => annotation(`a${made + k}`, Math.floor(next() * 1000), 1001));
        made += 100;
        change = { type: 'added', annotations: many, claims: [], sources: [] };
      }
      data = reviewReducer(data, change)!;
      // Now and then a map is never ordered (no view asked): the next one is sorted in full.
      if (next() < 0.1) continue;
      expect(ids(documentOrderOf(data.annotations))).toEqual(ids(inDocumentOrder(data.annotations.values())));
    }
  });

  it('answers the same list for the same map, and new annotations in the same place keep their id order', () => {
    const first = reviewReducer(null, {
      type: 'loaded',
      bundle: { document: {}, annotations: [annotation('b', 10, 20), annotation('a', 30, 40)], claims: [], sources: [] } as unknown as DocumentBundle,
    })!;
    const ordered = documentOrderOf(first.annotations);
    expect(documentOrderOf(first.annotations)).toBe(ordered);
    const second = reviewReducer(first, { type: 'added', annotations: [annotation('c', 10, 20), annotation('0', 10, 25)], claims: [], sources: [] })!;
    expect(ids(documentOrderOf(second.annotations))).toEqual(['0', 'b', 'c', 'a']);
  });
});
