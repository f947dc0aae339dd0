import { describe, expect, test } from 'vitest';
import { client, importText, newCore } from './helpers';

/** Three documents with 40 claims in all: every word of each line of text is a claim's quote. */
async function desk() {
  const core = newCore();
  const api = client(core);
  const ids: string[] = [];
  for (const [title, count] of [['Alpha report', 25], ['Beta wire', 10], ['Gamma notes', 5]] as const) {
    const lines = Array.from({ length: count }, (_, i) => `Claim ${title.split(' ')[0].toLowerCase()} ${String(i).padStart(2, '0')} grew 5%.`);
    const bundle = await importText(core, `${title}\n${lines.join('\n')}`, `${title}.txt`);
    const text = bundle.document.text;
    const { annotations } = await api.call('annotations:create', {
      documentId: bundle.document.id,
      annotations: lines.map((line) => ({ kind: 'claim' as const, start: text.indexOf(line), end: text.indexOf(line) + line.length })),
    });
    ids.push(...annotations.map((a) => a.id));
  }
  for (const id of ids.slice(0, 7)) await api.call('claims:update', { annotationId: id, status: 'verified' });
  await api.call('claims:update', { annotationId: ids[30], status: 'false', assignee: 'Mei' });
  return { api, ids };
}

describe('claims:page', () => {
  test('answers a page with the true total and the count of each status', async () => {
    const { api } = await desk();
    const page = await api.call('claims:page', { limit: 10, sort: 'document', direction: 'asc' });
    expect(page.rows).toHaveLength(10);
    expect(page.total).toBe(40);
    expect(page.libraryTotal).toBe(40);
    expect(page.counts).toMatchObject({ unverified: 32, verified: 7, false: 1, in_progress: 0 });
    expect(page.rows[0]).toMatchObject({ documentTitle: 'Alpha report', sourceCount: 0 });
    const last = await api.call('claims:page', { limit: 10, offset: 35, sort: 'document', direction: 'asc' });
    expect(last.rows.map((r) => r.annotation.quote)).toEqual(['Claim gamma 00 grew 5%.', 'Claim gamma 01 grew 5%.', 'Claim gamma 02 grew 5%.', 'Claim gamma 03 grew 5%.', 'Claim gamma 04 grew 5%.']);
  });

  test('filters by status, document and words; the status counts describe the document and words only', async () => {
    const { api } = await desk();
    const verified = await api.call('claims:page', { statuses: ['verified'] });
    expect(verified.total).toBe(7);
    expect(verified.counts.unverified).toBe(32);
    const beta = await api.call('claims:page', { text: 'beta' });
    expect(beta.total).toBe(10);
    expect(beta.counts).toMatchObject({ unverified: 9, false: 1 });
    expect((await api.call('claims:page', { text: 'mei gamma' })).total).toBe(0);
    expect((await api.call('claims:page', { text: 'mei beta' })).rows.map((r) => r.claim.assignee)).toEqual(['Mei']);
  });

  test('sorts by status in workflow order and pages through every claim exactly once', async () => {
    const { api } = await desk();
    const seen: string[] = [];
    for (let offset = 0; offset < 40; offset += 7) {
      const page = await api.call('claims:page', { sort: 'status', direction: 'desc', offset, limit: 7 });
      seen.push(...page.rows.map((r) => r.annotation.id));
    }
    expect(new Set(seen).size).toBe(40);
    const first = await api.call('claims:page', { sort: 'status', direction: 'desc', limit: 1 });
    expect(first.rows[0].claim.status).toBe('false');
  });
});
