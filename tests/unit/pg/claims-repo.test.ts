import { describe, expect, test } from 'vitest';
import { claimsPageRequest, CLAIM_SORT_KEYS, type ClaimsPageRequest } from '../../../src/shared/claims-query';
import { CLAIM_STATUSES } from '../../../src/shared/types';
import * as sqliteClaims from '../../../src/main/core/repos/claims';
import * as sqliteClaimsPage from '../../../src/main/core/repos/claims-page';
import { claims } from '../../../src/main/core/pg/repos/claims';
import { claimsPage } from '../../../src/main/core/pg/repos/claims-page';
import { annotationCorpus, at, writeAnnotationCorpus } from './annotation-corpus';
import { pgAvailable, repoHarness } from './repo-harness';

const harness = repoHarness();

describe.skipIf(!pgAvailable)('PostgreSQL claims repository', () => {
  test('claims, their sources and the overview answer as SQLite: checklists, nulls, source ties by storing order', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(4, 30);
    await writeAnnotationCorpus(db, pool, c);
    expect(c.sources.length).toBeGreaterThan(20);
    for (const doc of c.documents) {
      expect(await claims.listClaimsForDocument(pool, doc)).toEqual(sqliteClaims.listClaimsForDocument(db, doc));
      expect(await claims.listSourcesForDocument(pool, doc)).toEqual(sqliteClaims.listSourcesForDocument(db, doc));
    }
    for (const claim of c.claims) {
      expect(await claims.getClaim(pool, claim.annotationId)).toEqual(claim);
      expect(await claims.listSources(pool, claim.annotationId)).toEqual(sqliteClaims.listSources(db, claim.annotationId));
    }
    const filters = [{}, { documentId: c.documents[1] }, { status: 'verified' as const }, { documentId: c.documents[2], status: 'unverified' as const }];
    for (const filter of filters) expect(await claims.listClaims(pool, filter)).toEqual(sqliteClaims.listClaims(db, filter));
    expect((await claims.listClaims(pool, {})).length).toBe(c.claims.length);
  });

  test('an upsert replaces a claim in place; sources save, delete and report missing ones as SQLite does', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(1, 12);
    await writeAnnotationCorpus(db, pool, c);
    const claim = { ...c.claims[0], status: 'false' as const, verdict: 'No.', assignee: null, verdictBy: 'chief', checklist: { x: true }, updatedAt: at(70) };
    sqliteClaims.saveClaim(db, claim);
    await claims.saveClaim(pool, claim);
    expect(await claims.getClaim(pool, claim.annotationId)).toEqual(sqliteClaims.getClaim(db, claim.annotationId));
    expect(await claims.requireClaim(pool, claim.annotationId)).toEqual(claim);
    await expect(claims.requireClaim(pool, 'nope')).rejects.toMatchObject({
      code: 'not_found',
      message: 'No claim with id nope. It may have been deleted or is not a claim.',
    });

    const source = c.sources[0];
    const edited = { ...source, url: 'https://example.org/new', title: 'New', quote: 'q', note: 'n', consultedAt: null };
    sqliteClaims.saveSource(db, edited);
    await claims.saveSource(pool, edited);
    expect(await claims.getSource(pool, source.id)).toEqual(sqliteClaims.getSource(db, source.id));
    expect(await claims.sourceExists(pool, source.id)).toBe(true);
    expect(await claims.deleteSource(pool, source.id)).toBe(true);
    expect(await claims.deleteSource(pool, source.id)).toBe(false);
    expect(await claims.getSource(pool, source.id)).toBeUndefined();
    await expect(claims.requireSource(pool, source.id)).rejects.toMatchObject({ code: 'not_found' });

    await claims.deleteClaim(pool, claim.annotationId);
    expect(await claims.getClaim(pool, claim.annotationId)).toBeUndefined();
  });
});

describe.skipIf(!pgAvailable)('PostgreSQL claims desk', () => {
  test('every sort key and direction pages through the same claims in the same order as SQLite', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(7, 24);
    await writeAnnotationCorpus(db, pool, c);
    expect(c.claims.length).toBeGreaterThan(40);
    for (const sort of CLAIM_SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        for (let offset = 0; offset < c.claims.length + 7; offset += 7) {
          const request = claimsPageRequest.parse({ sort, direction, offset, limit: 7 });
          const page = await claimsPage.pageClaims(pool, request);
          expect(page, `${sort} ${direction} @${offset}`).toEqual(sqliteClaimsPage.pageClaims(db, request));
          seen.push(...page.rows.map((r) => r.claim.annotationId));
        }
        expect(new Set(seen).size, `${sort} ${direction}`).toBe(c.claims.length);
      }
    }
  });

  test('"after a claim" pages from the claim after it in every order, filtered; an unknown claim is ignored', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(6, 24);
    await writeAnnotationCorpus(db, pool, c);
    const anchors = [c.claims[0].annotationId, c.claims[17].annotationId, c.claims[c.claims.length - 1].annotationId, 'no-such-claim'];
    for (const sort of CLAIM_SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const after of anchors) {
          for (const extra of [{}, { statuses: ['unverified' as const] }, { text: 'harbin', offset: 1 }]) {
            const request = claimsPageRequest.parse({ sort, direction, after, limit: 5, ...extra });
            const page = await claimsPage.pageClaims(pool, request);
            expect(page, `${sort} ${direction} after ${after} ${JSON.stringify(extra)}`).toEqual(sqliteClaimsPage.pageClaims(db, request));
          }
        }
      }
    }
    // After the first claim of an order comes the second.
    const first = await claimsPage.pageClaims(pool, claimsPageRequest.parse({ sort: 'assignee', direction: 'asc', limit: 3 }));
    const next = await claimsPage.pageClaims(pool, claimsPageRequest.parse({ sort: 'assignee', direction: 'asc', limit: 2, after: first.rows[0].claim.annotationId }));
    expect(next.rows.map((r) => r.claim.annotationId)).toEqual(first.rows.slice(1).map((r) => r.claim.annotationId));
  }, 120_000); // 168 pages on each store

  test('status, document and word filters give the same rows, total, per-status counts and library total', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(5, 24);
    await writeAnnotationCorpus(db, pool, c);
    const requests: ClaimsPageRequest[] = [
      {},
      { statuses: ['verified', 'false'] },
      { documentId: c.documents[3] },
      { text: 'harbin' },
      { text: 'HARBIN verdict' },
      { text: 'émile' }, // SQLite folds ASCII only: matches "émile", not "Émile"
      { text: 'ana', sort: 'assignee', direction: 'asc' },
      { text: 'doc 03' },
      { text: 'nothing-matches-this' },
      { statuses: ['misleading'], documentId: c.documents[0], text: 'the' },
    ];
    for (const r of requests) {
      const request = claimsPageRequest.parse(r);
      const page = await claimsPage.pageClaims(pool, request);
      expect(page, JSON.stringify(r)).toEqual(sqliteClaimsPage.pageClaims(db, request));
      expect(page.libraryTotal).toBe(c.claims.length);
    }
    const all = await claimsPage.pageClaims(pool, claimsPageRequest.parse({ limit: 500 }));
    expect(Object.keys(all.counts)).toEqual([...CLAIM_STATUSES]);
    expect(Object.values(all.counts).reduce((a, b) => a + b, 0)).toBe(c.claims.length);
    const lower = await claimsPage.pageClaims(pool, claimsPageRequest.parse({ text: 'émile' }));
    expect(lower.rows.every((r) => r.annotation.quote === 'émile' || `${r.claim.assignee}`.includes('émile') || r.claim.verdict.includes('émile'))).toBe(true);
  });

  test('an empty desk answers zero counts; documents with claims list by title without case, then id', async () => {
    const { pool, db } = await harness.fresh();
    const empty = await claimsPage.pageClaims(pool, claimsPageRequest.parse({}));
    expect(empty).toEqual(sqliteClaimsPage.pageClaims(db, claimsPageRequest.parse({})));
    expect(empty).toMatchObject({ rows: [], total: 0, libraryTotal: 0 });
    const c = annotationCorpus(9, 6);
    await writeAnnotationCorpus(db, pool, c);
    for (const limit of [3, 100]) expect(await claimsPage.documentsWithClaims(pool, limit)).toEqual(sqliteClaimsPage.documentsWithClaims(db, limit));
    expect((await claimsPage.documentsWithClaims(pool, 100)).length).toBe(9);
  });
});
