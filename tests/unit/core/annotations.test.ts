import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { rowCount } from '../pg/harness';
import { client, importText, newCore, rangeOf } from './helpers';

async function setup() {
  const core = newCore();
  const api = client(core);
  const bundle = await importText(core);
  return { core, api, doc: bundle.document };
}

describe('annotations', () => {
  test('creating stores the quote with its context and moves a new document into review', async () => {
    const { api, doc } = await setup();
    const gdp = rangeOf(doc.text, 'a regional GDP of 2.7 trillion yuan');
    const harbin = rangeOf(doc.text, 'Harbin Electric Power Group');
    const result = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'claim', ...gdp },
        { kind: 'entity', label: 'org', ...harbin, attrs: { canonical: 'Harbin Electric Power Group Co.' } },
      ],
    });
    expect(result.annotations).toHaveLength(2);
    const [claim, entity] = result.annotations;
    expect(claim).toMatchObject({ kind: 'claim', label: null, quote: 'a regional GDP of 2.7 trillion yuan', orphaned: false, createdBy: 'editor', origin: 'manual' });
    expect(claim.prefix).toBe(doc.text.slice(gdp.start - 32, gdp.start));
    expect(claim.suffix).toBe(doc.text.slice(gdp.end, gdp.end + 32));
    expect(entity.label).toBe('ORG'); // the taxonomy's spelling
    expect(result.claims).toEqual([expect.objectContaining({ annotationId: claim.id, status: 'unverified', verdict: '', checklist: {} })]);

    const listed = await api.call('annotations:list', { documentId: doc.id });
    expect(listed.map((a) => a.id)).toEqual([claim.id, entity.id]); // text order
    const summary = await api.call('documents:get', { id: doc.id });
    expect(summary).toMatchObject({ status: 'in_review', annotationCount: 2, claimCount: 1 });
  });

  test('the reviewer named in settings is the creator and the actor in the log', async () => {
    const { api, doc } = await setup();
    await api.call('settings:set', { reviewerName: 'Mei Lin' });
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'note', start: 0, end: 9 }] });
    expect(annotations[0].createdBy).toBe('Mei Lin');
    const events = await api.call('events:list', { annotationId: annotations[0].id });
    expect(events).toEqual([expect.objectContaining({ action: 'annotation.created', actor: 'Mei Lin', documentId: doc.id })]);
  });

  test.each([
    [{ kind: 'note', start: 5, end: 5 }, /must end after it starts/],
    [{ kind: 'note', start: 10, end: 4 }, /must end after it starts/],
    [{ kind: 'note', start: 0, end: 100000 }, /past the end of the text \(\d+ characters\)/],
    [{ kind: 'entity', start: 0, end: 4 }, /needs a label/],
    [{ kind: 'entity', label: 'SPACESHIP', start: 0, end: 4 }, /label "SPACESHIP", which does not exist/],
    [{ kind: 'claim', label: 'ORG', start: 0, end: 4 }, /only entities carry a label/],
  ])('refuses %j with a clear message and stores nothing', async (bad, message) => {
    const { api, doc } = await setup();
    const error = await api.fail('annotations:create', { documentId: doc.id, annotations: [{ kind: 'note', start: 0, end: 3 }, bad] });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^Annotation 2/);
    expect(await api.call('annotations:list', { documentId: doc.id })).toEqual([]);
    expect((await api.call('documents:get', { id: doc.id })).status).toBe('new');
  });

  test('a client-chosen id is kept, and reusing it is a conflict', async () => {
    const { api, doc } = await setup();
    const id = randomUUID();
    await api.call('annotations:create', { documentId: doc.id, annotations: [{ id, kind: 'note', start: 0, end: 4 }] });
    expect((await api.call('annotations:list', { documentId: doc.id }))[0].id).toBe(id);
    const error = await api.fail('annotations:create', { documentId: doc.id, annotations: [{ id, kind: 'note', start: 0, end: 4 }] });
    expect(error.code).toBe('conflict');
  });

  test('updating a range recomputes the quote; changing kind to claim creates its claim', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'note', start: 0, end: 9 }] });
    const range = rangeOf(doc.text, 'year-on-year increase of 5.8%');
    const updated = await api.call('annotations:update', { id: annotations[0].id, ...range, kind: 'claim' });
    expect(updated).toMatchObject({ kind: 'claim', quote: 'year-on-year increase of 5.8%', start: range.start });
    expect((await api.call('claims:get', { annotationId: updated.id })).claim.status).toBe('unverified');
    const [event] = await api.call('events:list', { annotationId: updated.id, limit: 1 });
    expect(event).toMatchObject({ action: 'annotation.updated', data: { before: { kind: 'note', start: 0 }, after: { kind: 'claim', start: range.start } } });
  });

  test('a claim with verification work cannot silently become a note', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', start: 0, end: 9 }] });
    await api.call('sources:add', { annotationId: annotations[0].id, url: 'https://stats.example.org/gdp' });
    const error = await api.fail('annotations:update', { id: annotations[0].id, kind: 'note' });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/it has 1 source/) });
  });

  test('deleting many annotations is one step, and the log keeps a snapshot', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'note', start: 0, end: 4 },
        { kind: 'claim', start: 10, end: 20 },
      ],
    });
    expect(await api.call('annotations:delete', { ids: annotations.map((a) => a.id) })).toEqual({ deleted: 2 });
    expect(await api.call('annotations:list', { documentId: doc.id })).toEqual([]);
    const [deleted] = await api.call('events:list', { annotationId: annotations[1].id, limit: 1 });
    expect(deleted).toMatchObject({ action: 'annotation.deleted', data: { annotation: { id: annotations[1].id }, claim: { status: 'unverified' } } });

    const missing = await api.fail('annotations:delete', { ids: [annotations[0].id] });
    expect(missing.code).toBe('not_found');
  });

  test('restore puts annotations back exactly as they were, with claims and sources (undo of delete)', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [{ kind: 'claim', ...rangeOf(doc.text, 'a regional GDP of 2.7 trillion yuan') }],
    });
    const id = annotations[0].id;
    await api.call('claims:update', { annotationId: id, status: 'in_progress', verdict: 'checking' });
    await api.call('sources:add', { annotationId: id, url: 'https://stats.example.org/gdp', title: 'Statistics bureau' });
    const before = await api.call('claims:get', { annotationId: id });

    await api.call('annotations:delete', { ids: [id] });
    expect(await api.call('claims:list', { documentId: doc.id })).toEqual([]);

    const restored = await api.call('annotations:restore', {
      documentId: doc.id,
      annotations: [before.annotation],
      claims: [before.claim],
      sources: before.sources,
    });
    // Answered as stored, so an undo shows what the library now holds.
    expect(restored).toEqual({ restored: 1, annotations: [before.annotation], claims: [before.claim], sources: before.sources });
    const after = await api.call('claims:get', { annotationId: id });
    expect(after.annotation).toEqual(before.annotation);
    expect(after.claim).toEqual(before.claim);
    expect(after.sources).toEqual(before.sources);
    expect(after.history.map((e) => e.action)).toContain('annotation.deleted');
  });

  test('restore refuses objects of the wrong shape, naming which', async () => {
    const { api, doc } = await setup();
    const error = await api.fail('annotations:restore', { documentId: doc.id, annotations: [{ id: 'x', kind: 'entity' }] });
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^Annotation 1 cannot be restored/) });
  });

  test("deleting a document deletes its annotations, claims and sources but keeps the log", async () => {
    const { core, api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', start: 0, end: 9 }] });
    await api.call('sources:add', { annotationId: annotations[0].id, url: 'https://example.org/a' });
    await api.call('documents:delete', { id: doc.id });
    for (const table of ['annotations', 'claims', 'claim_sources']) {
      expect(await rowCount(core, table)).toBe(0);
    }
    expect((await api.fail('annotations:list', { documentId: doc.id })).code).toBe('not_found');
    const history = await api.call('events:list', { documentId: doc.id });
    expect(history[0].action).toBe('document.deleted');
    expect(history.map((e) => e.action)).toContain('source.added');
  });
});
