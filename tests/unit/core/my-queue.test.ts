import { describe, expect, test } from 'vitest';
import { actingAs } from '../../../src/main/core/actor';
import { client, importText, newCore, rangeOf } from './helpers';

const MEI = { id: 'u-mei', name: 'Mei Chen', role: 'fact_checker' };

describe('the claims desk filtered by assignee', () => {
  test('"My queue" pages only the claims assigned to the acting user, with totals and counts to match', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    const { claims } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: ['a regional GDP of 2.7 trillion yuan', '5.8%', 'Harbin Electric Power Group'].map((quote) => ({
        kind: 'claim' as const,
        ...rangeOf(doc.text, quote),
      })),
    });
    await api.call('claims:update', { annotationId: claims[0].annotationId, assignee: 'Mei Chen', status: 'in_progress' });
    await api.call('claims:update', { annotationId: claims[1].annotationId, assignee: 'Ana Ruiz' });

    const mine = await actingAs(MEI, () => api.call('claims:page', { mine: true }));
    expect(mine.rows.map((r) => r.claim.annotationId)).toEqual([claims[0].annotationId]);
    expect(mine).toMatchObject({ total: 1, libraryTotal: 3 });
    expect(mine.counts).toMatchObject({ in_progress: 1, unverified: 0 });

    const ana = await api.call('claims:page', { assignee: 'Ana Ruiz', sort: 'assignee', direction: 'asc' });
    expect(ana.rows.map((r) => r.claim.assignee)).toEqual(['Ana Ruiz']);
    // Without a signed-in user, "mine" is the reviewer named in Settings.
    await api.call('settings:set', { reviewerName: 'Ana Ruiz' });
    expect((await api.call('claims:page', { mine: true, sort: 'sources' })).rows.map((r) => r.claim.annotationId)).toEqual([claims[1].annotationId]);
  });
});
