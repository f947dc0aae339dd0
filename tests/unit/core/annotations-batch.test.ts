import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { BATCH_ROWS } from '../../../src/main/core/pg/batch';
import { client, importText, newCore } from './helpers';

async function setup() {
  const core = newCore();
  const api = client(core);
  const bundle = await importText(core);
  return { api, doc: bundle.document };
}

/** Writes are batched (one statement per BATCH_ROWS rows on PostgreSQL); these cross a batch boundary. */
describe('annotations created and deleted in bulk', () => {
  const n = BATCH_ROWS + 50;

  test('one id given twice in one call is a conflict naming the second, and nothing is stored', async () => {
    const { api, doc } = await setup();
    const id = randomUUID();
    const error = await api.fail('annotations:create', {
      documentId: doc.id,
      annotations: [
        { id, kind: 'note', start: 0, end: 4 },
        { id, kind: 'note', start: 5, end: 9 },
      ],
    });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Annotation 2 cannot be created/) });
    expect(await api.call('annotations:list', { documentId: doc.id })).toEqual([]);
  });

  test(`${n} at once: every one stored with its claim row and logged in the order given; deleting most keeps their snapshots`, async () => {
    const { api, doc } = await setup();
    const span = doc.text.length - 10;
    const created = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: Array.from({ length: n }, (_, i) => ({ kind: i % 2 ? ('claim' as const) : ('note' as const), start: i % span, end: (i % span) + 5 })),
    });
    expect(created.annotations).toHaveLength(n);
    expect(created.claims).toHaveLength(Math.floor(n / 2));
    expect((await api.call('documents:get', { id: doc.id })).annotationCount).toBe(n);
    expect(await api.call('annotations:list', { documentId: doc.id })).toHaveLength(n);

    const log = await api.call('events:list', { documentId: doc.id, limit: n + 10 });
    const createdEvents = log.filter((e) => e.action === 'annotation.created').reverse(); // oldest first
    expect(createdEvents.map((e) => e.annotationId)).toEqual(created.annotations.map((a) => a.id));

    const claim = created.annotations[1];
    const source = await api.call('sources:add', { annotationId: claim.id, url: 'https://example.org/report' });
    const doomed = created.annotations.slice(0, n - 10).map((a) => a.id);
    expect(await api.call('annotations:delete', { ids: doomed })).toEqual({ deleted: n - 10 });
    expect(await api.call('annotations:list', { documentId: doc.id })).toHaveLength(10);
    const [snapshot] = await api.call('events:list', { annotationId: claim.id, limit: 1 });
    expect(snapshot.action).toBe('annotation.deleted');
    expect(snapshot.data).toMatchObject({ annotation: { id: claim.id }, claim: { annotationId: claim.id }, sources: [{ id: expect.any(String), url: source.url }] });
  });
});
