/**
 * Each verdict carries its author: the reviewer named in Settings when the status or verdict text
 * last changed. ClaimReview, the CSV and the report credit them — not whoever exports — and a library
 * from before the column learns its authors from the audit log.
 */
import { describe, expect, test } from 'vitest';
import { backfillVerdictAuthors } from '../../../src/main/core/db/migration-004-verdict-author';
import { ON_POSTGRES } from '../pg/harness';
import { client, importText, newCore, rangeOf } from './helpers';

async function setup() {
  const core = newCore();
  const api = client(core);
  const doc = (await importText(core)).document;
  const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', ...rangeOf(doc.text, 'The three northeastern provinces') }] });
  return { core, api, doc, claimId: annotations[0].id };
}

describe('the author of a verdict', () => {
  test('is who changed the status or the verdict, not who assigned it or exports it', async () => {
    const { api, doc, claimId } = await setup();
    await api.call('settings:set', { reviewerName: 'Ana Duarte' });
    expect((await api.call('claims:update', { annotationId: claimId, status: 'false', verdict: 'The bureau says 2.1 trillion.' })).verdictBy).toBe('Ana Duarte');

    await api.call('settings:set', { reviewerName: 'Ben Okafor' });
    expect((await api.call('claims:update', { annotationId: claimId, assignee: 'Ben Okafor' })).verdictBy).toBe('Ana Duarte');

    const files = await api.call('export:document', { id: doc.id, format: 'claimreview' });
    const review = JSON.parse(files[0].content)['@graph'][0];
    expect(review.author).toEqual({ '@type': 'Person', name: 'Ana Duarte' });

    const [csv] = await api.call('export:document', { id: doc.id, format: 'csv' });
    expect(csv.content.split('\r\n')[1].endsWith(',Ana Duarte')).toBe(true);
    const [report] = await api.call('export:document', { id: doc.id, format: 'report' });
    expect(report.content).toContain('<b>Verdict by:</b> Ana Duarte');
    expect(report.content).toContain('<dt>Reviewed by</dt><dd>Ana Duarte</dd>'); // the verdict giver, not the exporter (Ben)

    expect((await api.call('claims:update', { annotationId: claimId, verdict: 'The bureau says 2.1 trillion (table 3).' })).verdictBy).toBe('Ben Okafor');
    expect((await api.call('claims:list', { documentId: doc.id }))[0].claim.verdictBy).toBe('Ben Okafor');
  });

  // SQLite-specific: SQLite migration 4's backfill (a team library starts with the column).
  test.skipIf(ON_POSTGRES)('a library from before the column takes each author from the audit log', async () => {
    const { core, api, claimId } = await setup();
    await api.call('settings:set', { reviewerName: 'Ana Duarte' });
    await api.call('claims:update', { annotationId: claimId, status: 'verified' });
    await api.call('settings:set', { reviewerName: 'Ben Okafor' });
    await api.call('claims:update', { annotationId: claimId, checklist: { x: true } }); // not a verdict
    core.db.prepare('UPDATE claims SET verdict_by = NULL').run();
    backfillVerdictAuthors(core.db);
    expect((await api.call('claims:get', { annotationId: claimId })).claim.verdictBy).toBe('Ana Duarte');
  });
});
