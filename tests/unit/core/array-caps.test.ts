// Every array of the API is capped to what its operation can mean, so a million-element request is
// refused at once with a sentence instead of after seconds of validation — or, for labels:reorder,
// accepted (issue 11, item 25).
import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { MAX_LABELS } from '../../../src/shared/request-limits';
import { client, importText, newCore } from './helpers';

const MILLION = 1_000_000;

describe('array sizes in requests', () => {
  test.each([
    ['labels:reorder', () => ({ ids: Array(MILLION).fill(randomUUID()) })],
    ['export:toFolder', () => ({ ids: Array(MILLION).fill(randomUUID()), formats: ['txt'], dir: '/tmp/nowhere' })],
    ['export:toFolder', () => ({ ids: [randomUUID()], formats: Array(MILLION).fill('txt'), dir: '/tmp/nowhere' })],
    ['documents:updateText', () => ({ id: randomUUID(), baseRevision: 0, text: 'x', moves: Array(MILLION).fill({ id: randomUUID(), start: 0, end: 1, orphaned: false }) })],
    ['annotations:restore', () => ({ documentId: randomUUID(), annotations: [], claims: Array(MILLION).fill({}) })],
    ['annotations:restore', () => ({ documentId: randomUUID(), annotations: [], sources: Array(MILLION).fill({}) })],
  ])('%s with a million-element array is refused within a second, changing nothing', async (name, input) => {
    const core = newCore();
    const labelsBefore = await client(core).call('labels:list', {});
    const started = performance.now();
    const error = await client(core).fail(name, input());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(new RegExp(`^The request for ${name} is not valid: `));
    expect(await client(core).call('labels:list', {})).toEqual(labelsBefore);
  });

  test('a claim checklist of 100,001 items is refused', async () => {
    const core = newCore();
    const checklist = Object.fromEntries(Array.from({ length: 100_001 }, (_, i) => [`item ${i}`, true]));
    const error = await client(core).fail('claims:update', { annotationId: randomUUID(), checklist });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/at most 100 checklist items/);
  });

  test(`a library holds at most ${MAX_LABELS} labels, the most a reorder can name`, async () => {
    const core = newCore();
    await importText(core);
    const api = client(core);
    const existing = (await api.call('labels:list', {})).length;
    for (let i = existing; i < MAX_LABELS; i++) await api.call('labels:create', { name: `LABEL${i}`, color: '#123456', hotkey: null });
    const labels = await api.call('labels:list', {});
    expect(labels).toHaveLength(MAX_LABELS);
    const refused = await api.fail('labels:create', { name: 'ONE_MORE', color: '#123456', hotkey: null });
    expect(refused).toEqual({ code: 'conflict', message: `A library holds at most ${MAX_LABELS} labels. Delete one you no longer use first.` });
    const reordered = await api.call('labels:reorder', { ids: labels.map((l) => l.id).reverse() });
    expect(reordered[0].id).toBe(labels[labels.length - 1].id);
  });
});
