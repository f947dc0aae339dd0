import { describe, expect, test } from 'vitest';
import { client, importText, newCore, rangeOf } from './helpers';

async function withClaim() {
  const core = newCore();
  const api = client(core);
  const bundle = await importText(core);
  const doc = bundle.document;
  const { annotations } = await api.call('annotations:create', {
    documentId: doc.id,
    annotations: [{ kind: 'claim', ...rangeOf(doc.text, 'a regional GDP of 2.7 trillion yuan') }],
  });
  return { core, api, doc, claimId: annotations[0].id };
}

describe('claims and sources', () => {
  test('a status change is logged with before and after, and shows in the claim history', async () => {
    const { api, doc, claimId } = await withClaim();
    await api.call('settings:set', { reviewerName: 'Ana' });
    const updated = await api.call('claims:update', { annotationId: claimId, status: 'verified', verdict: 'Matches the bureau figures.', assignee: 'Ana' });
    expect(updated).toMatchObject({ status: 'verified', verdict: 'Matches the bureau figures.', assignee: 'Ana' });

    const { history, claim } = await api.call('claims:get', { annotationId: claimId });
    expect(claim).toEqual(updated);
    const statusEvent = history.find((e) => e.action === 'claim.status_changed');
    expect(statusEvent).toMatchObject({ actor: 'Ana', documentId: doc.id, data: { before: 'unverified', after: 'verified' } });
    expect(history.find((e) => e.action === 'claim.updated')?.data).toMatchObject({ after: { verdict: 'Matches the bureau figures.' } });
    expect((await api.call('documents:get', { id: doc.id })).claimsVerified).toBe(1);
  });

  test('the library counts every claim worked to a verdict as checked, whatever the verdict', async () => {
    const { api, doc, claimId } = await withClaim();
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: ['5.8%', 'three northeastern provinces', 'Harbin Electric Power Group', 'investment'].map((quote) => ({
        kind: 'claim' as const,
        ...rangeOf(doc.text, quote),
      })),
    });
    const summary = async () => (await api.call('documents:list', {})).find((d) => d.id === doc.id)!;
    expect(await summary()).toMatchObject({ claimCount: 5, claimsVerified: 0 });
    const statuses = ['false', 'misleading', 'unverifiable', 'in_progress'] as const;
    for (const [i, status] of statuses.entries()) await api.call('claims:update', { annotationId: annotations[i].id, status });
    await api.call('claims:update', { annotationId: claimId, status: 'verified' });
    // verified, false, misleading, unverifiable are done; in_progress (and unverified) are not.
    expect(await summary()).toMatchObject({ claimCount: 5, claimsVerified: 4 });
    expect((await api.call('documents:get', { id: doc.id })).claimsVerified).toBe(4);
  });

  test('a new claim is assigned to the reviewer named in settings, and unassigned when none is', async () => {
    const { api, doc, claimId } = await withClaim();
    expect((await api.call('claims:get', { annotationId: claimId })).claim.assignee).toBeNull();
    await api.call('settings:set', { reviewerName: 'Ana Editor' });
    const { claims } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [{ kind: 'claim', ...rangeOf(doc.text, '5.8%') }],
    });
    expect(claims[0].assignee).toBe('Ana Editor');
  });

  test('an update that changes nothing logs nothing', async () => {
    const { api, claimId } = await withClaim();
    const before = (await api.call('claims:get', { annotationId: claimId })).history.length;
    await api.call('claims:update', { annotationId: claimId, status: 'unverified' });
    expect((await api.call('claims:get', { annotationId: claimId })).history.length).toBe(before);
  });

  test('sources can be added, edited in part and deleted', async () => {
    const { api, claimId } = await withClaim();
    const source = await api.call('sources:add', {
      annotationId: claimId,
      url: 'https://stats.example.org/gdp-2023',
      title: 'Statistical communiqué',
      quote: 'GDP reached 2.7 trillion',
      consultedAt: '2024-03-04T10:00:00Z',
    });
    expect(source).toMatchObject({ annotationId: claimId, note: '', consultedAt: '2024-03-04T10:00:00Z' });

    const edited = await api.call('sources:update', { id: source.id, note: 'Table 3' });
    expect(edited).toEqual({ ...source, note: 'Table 3' }); // fields left out stay as they were
    expect((await api.call('claims:get', { annotationId: claimId })).sources).toEqual([edited]);

    await api.call('sources:delete', { id: source.id });
    expect((await api.call('claims:get', { annotationId: claimId })).sources).toEqual([]);
    expect((await api.fail('sources:delete', { id: source.id })).code).toBe('not_found');
  });

  test('only http(s) addresses are accepted as sources', async () => {
    const { api, claimId } = await withClaim();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      expect((await api.fail('sources:add', { annotationId: claimId, url })).code).toBe('invalid_input');
    }
  });

  test('the claims overview spans documents with titles and source counts, filterable by status', async () => {
    const { core, api, claimId } = await withClaim();
    const other = await importText(core, 'Second story\nUnemployment fell to 4.1% in May.', 'second.txt');
    const { annotations } = await api.call('annotations:create', {
      documentId: other.document.id,
      annotations: [{ kind: 'claim', ...rangeOf(other.document.text, 'Unemployment fell to 4.1%') }],
    });
    await api.call('sources:add', { annotationId: claimId, url: 'https://example.org/1' });
    await api.call('sources:add', { annotationId: claimId, url: 'https://example.org/2' });
    await api.call('claims:update', { annotationId: annotations[0].id, status: 'false' });

    const all = await api.call('claims:list', {});
    expect(all.map((c) => [c.documentTitle, c.annotation.quote, c.sourceCount, c.claim.status])).toEqual([
      ['Northeast revitalization gathers pace', 'a regional GDP of 2.7 trillion yuan', 2, 'unverified'],
      ['Second story', 'Unemployment fell to 4.1%', 0, 'false'],
    ]);
    expect((await api.call('claims:list', { status: 'false' })).map((c) => c.annotation.id)).toEqual([annotations[0].id]);
    expect((await api.call('claims:list', { documentId: other.document.id })).length).toBe(1);
  });

  test('asking for a claim that is not one answers not_found', async () => {
    const { api } = await withClaim();
    expect(await api.fail('claims:get', { annotationId: 'nope' })).toMatchObject({ code: 'not_found', message: expect.stringMatching(/No claim with id nope/) });
    expect((await api.fail('claims:update', { annotationId: 'nope', status: 'verified' })).code).toBe('not_found');
  });
});
