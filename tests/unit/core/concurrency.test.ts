import { describe, expect, test } from 'vitest';
import { actingAs } from '../../../src/main/core/actor';
import { sourceVersion } from '../../../src/shared/conflict';
import { client, importText, newCore, rangeOf } from './helpers';

const MEI = { id: 'u-mei', name: 'Mei Chen', role: 'fact_checker' };
const ANA = { id: 'u-ana', name: 'Ana Ruiz', role: 'editor' };

/** Two users on one library, one claim and one entity, both as each of them last read them. */
async function twoUsers() {
  const core = newCore();
  const api = client(core);
  const doc = (await importText(core)).document;
  const { annotations, claims } = await api.call('annotations:create', {
    documentId: doc.id,
    annotations: [
      { kind: 'claim', ...rangeOf(doc.text, 'a regional GDP of 2.7 trillion yuan') },
      { kind: 'entity', label: 'ORG', ...rangeOf(doc.text, 'Harbin Electric Power Group') },
    ],
  });
  const mei = <T>(fn: () => Promise<T>) => actingAs(MEI, fn);
  const ana = <T>(fn: () => Promise<T>) => actingAs(ANA, fn);
  return { api, doc, claim: claims[0], entity: annotations[1], mei, ana };
}

describe('optimistic concurrency', () => {
  test("a claim saved from a stale copy is refused, naming who changed what, and the other's verdict stays", async () => {
    const { api, claim, mei, ana } = await twoUsers();
    await mei(() => api.call('claims:update', { annotationId: claim.annotationId, baseVersion: claim.updatedAt, verdict: 'Bureau figures agree.' }));

    const refused = await ana(() => api.fail('claims:update', { annotationId: claim.annotationId, baseVersion: claim.updatedAt, verdict: 'Too high.' }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^Mei Chen changed this claim's verdict at \d\d:\d\d; your change was not saved — reload to see it\.$/);
    expect((await api.call('claims:get', { annotationId: claim.annotationId })).claim.verdict).toBe('Bureau figures agree.');
  });

  test('a status and verdict changed together are both named', async () => {
    const { api, claim, mei, ana } = await twoUsers();
    await mei(() => api.call('claims:update', { annotationId: claim.annotationId, status: 'false', verdict: 'No such figure.' }));
    const refused = await ana(() => api.fail('claims:update', { annotationId: claim.annotationId, baseVersion: claim.updatedAt, status: 'verified' }));
    expect(refused.message).toMatch(/^Mei Chen changed this claim's status and verdict at /);
  });

  test('a write based on the current version, or naming none, is saved', async () => {
    const { api, claim, mei, ana } = await twoUsers();
    const first = await mei(() => api.call('claims:update', { annotationId: claim.annotationId, baseVersion: claim.updatedAt, verdict: 'One' }));
    const second = await ana(() => api.call('claims:update', { annotationId: claim.annotationId, baseVersion: first.updatedAt, verdict: 'Two' }));
    expect(second.verdict).toBe('Two');
    expect((await ana(() => api.call('claims:update', { annotationId: claim.annotationId, verdict: 'Three' }))).verdict).toBe('Three');
  });

  test('writes in quick succession each get a new version, so none of them can be overwritten unseen', async () => {
    const { api, claim, mei } = await twoUsers();
    const versions = new Set([claim.updatedAt]);
    let current = claim;
    for (let i = 0; i < 20; i++) {
      current = await mei(() => api.call('claims:update', { annotationId: claim.annotationId, baseVersion: current.updatedAt, verdict: `v${i}` }));
      versions.add(current.updatedAt);
    }
    expect(versions.size).toBe(21);
  });

  test("an annotation relabelled elsewhere refuses a stale relabel and a stale delete, and keeps the other's label", async () => {
    const { api, doc, entity, mei, ana } = await twoUsers();
    await mei(() => api.call('annotations:update', { id: entity.id, baseVersion: entity.updatedAt, label: 'PERSON' }));

    const relabel = await ana(() => api.fail('annotations:update', { id: entity.id, baseVersion: entity.updatedAt, label: 'PLACE' }));
    expect(relabel).toMatchObject({ code: 'conflict' });
    expect(relabel.message).toMatch(/^Mei Chen changed this annotation's label at \d\d:\d\d; your change was not saved/);

    const remove = await ana(() => api.fail('annotations:delete', { ids: [entity.id], baseVersions: { [entity.id]: entity.updatedAt } }));
    expect(remove.code).toBe('conflict');
    const stored = (await api.call('annotations:list', { documentId: doc.id })).find((a) => a.id === entity.id);
    expect(stored?.label).toBe('PERSON');
  });

  test('the same user in another window is told it was them', async () => {
    const { api, claim, mei } = await twoUsers();
    await mei(() => api.call('claims:update', { annotationId: claim.annotationId, assignee: 'Mei Chen' }));
    const refused = await mei(() => api.fail('claims:update', { annotationId: claim.annotationId, baseVersion: claim.updatedAt, assignee: null }));
    expect(refused.message).toMatch(/^You \(in another window\) changed this claim's assignee at /);
  });
});

describe('optimistic concurrency of sources', () => {
  test('a source edited elsewhere refuses a stale edit and a stale delete, naming who edited it', async () => {
    const { api, claim, mei, ana } = await twoUsers();
    const source = await ana(() => api.call('sources:add', { annotationId: claim.annotationId, url: 'https://stats.example.org/q1', title: 'Q1 release' }));
    const seen = sourceVersion(source);
    await mei(() => api.call('sources:update', { id: source.id, baseVersion: seen, note: 'Table 3, row 2' }));

    const edit = await ana(() => api.fail('sources:update', { id: source.id, baseVersion: seen, note: 'Table 4' }));
    expect(edit.code).toBe('conflict');
    expect(edit.message).toMatch(/^Mei Chen changed this source at \d\d:\d\d; your change was not saved — reload to see it\.$/);
    expect((await ana(() => api.fail('sources:delete', { id: source.id, baseVersion: seen }))).code).toBe('conflict');
    const stored = (await api.call('claims:get', { annotationId: claim.annotationId })).sources;
    expect(stored.map((s) => s.note)).toEqual(['Table 3, row 2']);

    // Based on what is stored now, both go through.
    const now = sourceVersion(stored[0]);
    expect((await ana(() => api.call('sources:update', { id: source.id, baseVersion: now, note: 'Table 4' }))).note).toBe('Table 4');
  });
});
