/**
 * The claims desk's orders on a desk large enough (over 2,000 matching claims) that each order walks
 * its index instead of sorting: every key and direction, with and without a status filter, pages
 * through the claims in the order the desk promises (ties included), and `after` starts right after a
 * given claim (the desk's "next unverified").
 */
import { describe, expect, test } from 'vitest';
import { CLAIM_SORT_KEYS, type ClaimOverview } from '../../../src/shared/claims-query';
import { CLAIM_STATUSES } from '../../../src/shared/types';
import { client, importText, newCore } from './helpers';

const PER_DOCUMENT = 700;

/** Three documents of 700 claims; the same sentences recur in each (ties in claim text). */
async function bigDesk() {
  const core = newCore();
  const api = client(core);
  const stored: string[] = [];
  for (const title of ['beta wire', 'Alpha report', 'Gamma notes']) {
    const lines = Array.from({ length: PER_DOCUMENT }, (_, i) => `${i % 3 ? 'whale' : 'Whale'} sighting number ${String(i % 350).padStart(3, '0')}.`);
    const bundle = await importText(core, `${title}\n${lines.join('\n')}`, `${title}.txt`);
    let at = bundle.document.text.indexOf('\n') + 1;
    const ranges = lines.map((line) => {
      const start = bundle.document.text.indexOf(line, at);
      at = start + line.length;
      return { kind: 'claim' as const, start, end: start + line.length };
    });
    const { annotations } = await api.call('annotations:create', { documentId: bundle.document.id, annotations: ranges });
    stored.push(...annotations.map((a) => a.id));
  }
  for (const [i, id] of stored.slice(0, 40).entries()) {
    await api.call('claims:update', { annotationId: id, status: i % 2 ? 'verified' : 'false', ...(i % 3 ? { assignee: ['mei', 'Ana', 'bo'][i % 3] } : {}) });
  }
  for (const [i, id] of [stored[5], stored[900], stored[901], stored[1800]].entries()) {
    for (let n = 0; n <= i % 3; n++) await api.call('sources:add', { annotationId: id, url: `https://example.org/${i}/${n}` });
  }
  const rows = await api.call('claims:list', {});
  return { api, stored, rows };
}

type Row = Pick<ClaimOverview, 'claim' | 'annotation' | 'documentTitle' | 'sourceCount'>;

/** What the desk promises for each order, in JavaScript (NOCASE is ASCII lower case). */
function reference(rows: Row[], stored: string[], key: (typeof CLAIM_SORT_KEYS)[number], direction: 'asc' | 'desc'): string[] {
  const position = new Map(stored.map((id, i) => [id, i]));
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  const lower = (s: string) => s.toLowerCase();
  const documentOrder = (a: Row, b: Row) =>
    cmp(lower(a.documentTitle), lower(b.documentTitle)) || cmp(a.annotation.documentId, b.annotation.documentId) || cmp(a.annotation.start, b.annotation.start) || cmp(a.annotation.id, b.annotation.id);
  const byStored = (a: Row, b: Row) => cmp(position.get(a.annotation.id)!, position.get(b.annotation.id)!);
  const sign = direction === 'asc' ? 1 : -1;
  const orders: Record<typeof key, (a: Row, b: Row) => number> = {
    claim: (a, b) => sign * cmp(lower(a.annotation.quote), lower(b.annotation.quote)) || documentOrder(a, b),
    document: (a, b) => sign * documentOrder(a, b),
    status: (a, b) => sign * (cmp(CLAIM_STATUSES.indexOf(a.claim.status), CLAIM_STATUSES.indexOf(b.claim.status)) || byStored(a, b)),
    age: (a, b) => -sign * (cmp(a.annotation.createdAt, b.annotation.createdAt) || byStored(a, b)),
    assignee: (a, b) =>
      sign * (cmp(a.claim.assignee === null ? 1 : 0, b.claim.assignee === null ? 1 : 0) || cmp(lower(a.claim.assignee ?? ''), lower(b.claim.assignee ?? '')) || byStored(a, b)),
    sources: (a, b) => sign * (cmp(a.sourceCount, b.sourceCount) || byStored(a, b)),
    updated: (a, b) => sign * (cmp(a.claim.updatedAt, b.claim.updatedAt) || byStored(a, b)),
  };
  return [...rows].sort(orders[key]).map((r) => r.annotation.id);
}

describe('claims:page orders at scale', () => {
  test('every key and direction pages in the promised order, ties included, with and without a status filter; after starts past a given claim', async () => {
    const { api, stored, rows } = await bigDesk();
    expect(rows).toHaveLength(3 * PER_DOCUMENT);
    for (const statuses of [[], ['unverified' as const]]) {
      const scoped = statuses.length ? rows.filter((r) => statuses.includes(r.claim.status as 'unverified')) : rows;
      expect(scoped.length).toBeGreaterThan(2000);
      for (const sort of CLAIM_SORT_KEYS) {
        for (const direction of ['asc', 'desc'] as const) {
          const expected = reference(scoped, stored, sort, direction);
          const label = `${sort} ${direction} ${statuses.join()}`;
          for (const offset of [0, 1000, scoped.length - 30]) {
            const page = await api.call('claims:page', { sort, direction, statuses, offset, limit: 60 });
            expect(page.total, label).toBe(scoped.length);
            expect(page.rows.map((r) => r.annotation.id), `${label} @${offset}`).toEqual(expected.slice(offset, offset + 60));
          }
          const after = await api.call('claims:page', { sort, direction, statuses, after: expected[700], limit: 5 });
          expect(after.rows.map((r) => r.annotation.id), `${label} after`).toEqual(expected.slice(701, 706));
        }
      }
    }
  }, 120_000);

  test('the next unverified claim after one is found past any page, and a deleted claim to start from is ignored', async () => {
    const { api, stored } = await bigDesk();
    // Oldest first: the first 40 claims have verdicts, so the next unverified after the second is the 41st.
    const next = await api.call('claims:page', { sort: 'age', direction: 'desc', statuses: ['unverified'], after: stored[1], limit: 1 });
    expect(next.rows[0].annotation.id).toBe(stored[40]);
    await api.call('annotations:delete', { ids: [stored[2000]] });
    const fromGone = await api.call('claims:page', { sort: 'age', direction: 'desc', after: stored[2000], limit: 1 });
    expect(fromGone.rows[0].annotation.id).toBe(stored[0]);
  }, 60_000);
});
