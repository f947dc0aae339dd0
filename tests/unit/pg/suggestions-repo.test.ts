import { describe, expect, test } from 'vitest';
import * as sqliteSuggestions from '../../../src/main/core/suggest/store';
import * as sqliteContext from '../../../src/main/core/suggest/context';
import * as sqliteAnnotations from '../../../src/main/core/repos/annotations';
import * as sqliteClaims from '../../../src/main/core/repos/claims';
import { annotations } from '../../../src/main/core/pg/repos/annotations';
import { claims } from '../../../src/main/core/pg/repos/claims';
import { suggestions } from '../../../src/main/core/pg/repos/suggestions';
import { suggestContext } from '../../../src/main/core/pg/repos/suggest-context';
import type { Annotation } from '../../../src/shared/types';
import { annotationCorpus, at, writeAnnotationCorpus } from './annotation-corpus';
import { pgAvailable, repoHarness } from './repo-harness';

const harness = repoHarness();

describe.skipIf(!pgAvailable)('PostgreSQL suggestions repository', () => {
  test('rejections are remembered once per span, listed as SQLite lists them, and forgotten again', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(2, 30);
    await writeAnnotationCorpus(db, pool, c);
    const doc = c.documents[0];
    const rejected = c.annotations.filter((a) => a.documentId === doc).slice(0, 12);
    for (const a of [...rejected, rejected[0]]) {
      sqliteSuggestions.recordRejection(db, a, at(900));
      await suggestions.recordRejection(pool, a, at(900));
    }
    const spans = await suggestions.rejectedSpans(pool, doc);
    expect(spans).toEqual(sqliteSuggestions.rejectedSpans(db, doc));
    expect(spans).toHaveLength(12);
    expect(spans.some((s) => s.label === null)).toBe(true); // a claim or teaser has no label: null, not ''
    expect(await suggestions.rejectedSpans(pool, c.documents[1])).toEqual([]);
    sqliteSuggestions.forgetRejection(db, rejected[3]);
    await suggestions.forgetRejection(pool, rejected[3]);
    expect(await suggestions.rejectedSpans(pool, doc)).toEqual(sqliteSuggestions.rejectedSpans(db, doc));
    expect(await suggestions.rejectedSpans(pool, doc)).toHaveLength(11);
  });

  test('accepting names the creator; documents are gone through oldest import first, ties by id', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(5, 3);
    await writeAnnotationCorpus(db, pool, c);
    await suggestions.setAnnotationCreator(pool, c.annotations[0].id, 'Ana');
    expect((await annotations.getAnnotation(pool, c.annotations[0].id))?.createdBy).toBe('Ana');
    expect(await suggestions.documentIdsOldestFirst(pool)).toEqual(sqliteSuggestions.documentIdsOldestFirst(db));
  });

  test('names tagged with two labels and relabelling one name answer as SQLite (ASCII case folded only, pending left alone)', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(6, 30);
    await writeAnnotationCorpus(db, pool, c);
    for (const limit of [1, 2, 100]) {
      expect(await suggestions.labelConflicts(pool, limit), `limit ${limit}`).toEqual(sqliteSuggestions.labelConflicts(db, limit));
    }
    const conflicts = await suggestions.labelConflicts(pool, 100);
    expect(new Set(conflicts.map((r) => r.text.toLowerCase()))).toContain('harbin');
    expect(conflicts.some((r) => r.text === 'Émile') && conflicts.some((r) => r.text === 'émile')).toBe(true);

    for (const [text, from, to] of [['harbin', 'ORG', 'PLACE'], ['ÉMILE', 'PERSON', 'ORG'], ['Émile', 'PERSON', 'ORG']]) {
      const pgResult = await suggestions.relabelName(pool, text, from, to, at(800));
      expect(pgResult, text).toEqual(sqliteSuggestions.relabelName(db, text, from, to, at(800)));
    }
    for (const doc of c.documents) expect(await annotations.listAnnotations(pool, doc)).toEqual(sqliteAnnotations.listAnnotations(db, doc));
    expect(await suggestions.labelConflicts(pool, 100)).toEqual(sqliteSuggestions.labelConflicts(db, 100));
  });
});

/** Writes `a` to both stores. */
async function addBoth(db: Parameters<typeof sqliteAnnotations.insertAnnotation>[0], pool: Parameters<typeof annotations.insertAnnotation>[0], a: Annotation) {
  sqliteAnnotations.insertAnnotation(db, a);
  await annotations.insertAnnotation(pool, a);
}

describe.skipIf(!pgAvailable)('PostgreSQL suggestion context', () => {
  test('known names, rejected names and checked claims are those SQLite answers, in its order', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(8, 30);
    await writeAnnotationCorpus(db, pool, c);
    // Pending is `attrs.pending` true (or 1); false, null, 0 and no `pending` are accepted.
    const pendings: Array<[string, unknown]> = [['Pending True', true], ['Pending One', 1], ['Pending False', false], ['Pending Null', null], ['Pending Zero', 0], ['Pending Text', 'yes']];
    for (const [i, [quote, pending]] of pendings.entries()) {
      await addBoth(db, pool, { ...c.annotations[1], id: `p-${i}`, kind: 'entity', label: 'ORG', quote, attrs: { pending } as Annotation['attrs'], orphaned: false });
    }
    for (const doc of [null, c.documents[0], c.documents[5]]) {
      expect(await suggestContext.knownNames(pool, doc), `known ${doc}`).toEqual(sqliteContext.knownNames(db, doc));
      expect(await suggestContext.checkedClaims(pool, doc), `checked ${doc}`).toEqual(sqliteContext.checkedClaims(db, doc));
    }
    const known = await suggestContext.knownNames(pool, null);
    expect(known.length).toBeGreaterThan(5);
    expect(known.some((k) => k.canonical)).toBe(true);
    expect(known.filter((k) => k.text.startsWith('Pending')).map((k) => k.text).sort()).toEqual(['Pending False', 'Pending Null', 'Pending Zero']);

    for (const a of c.annotations.filter((x) => x.kind === 'entity').slice(0, 40)) {
      sqliteSuggestions.recordRejection(db, a, at(1000));
      await suggestions.recordRejection(pool, a, at(1000));
    }
    const rejected = await suggestContext.rejectedNames(pool);
    expect(rejected).toEqual(sqliteContext.rejectedNames(db));
    // Lower-cased as SQLite lowers: ASCII letters only, so "Émile" keeps its É.
    expect(rejected.map((r) => r.text)).toEqual(expect.arrayContaining(['Émile', 'émile', 'harbin']));
  });

  test('ties keep SQLite order: names used in as many documents, claims judged at the same time', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(4, 3);
    await writeAnnotationCorpus(db, pool, c);
    const base = c.annotations[0];
    const names = ['zeta', 'Alpha', 'mike', 'beta', 'Kilo', 'alpha'];
    let n = 0;
    for (const name of names) {
      for (const doc of c.documents.slice(0, 2)) {
        await addBoth(db, pool, { ...base, id: `tie-${n++}`, documentId: doc, label: 'ORG', quote: name, attrs: {}, orphaned: false });
      }
    }
    expect(await suggestContext.knownNames(pool, null)).toEqual(sqliteContext.knownNames(db, null));

    const judged = ['verified', 'false', 'misleading', 'verified', 'unverifiable', 'false'] as const;
    for (const [i, status] of judged.entries()) {
      const a = { ...base, id: `claim-${9 - i}`, kind: 'claim' as const, label: null, documentId: c.documents[i % 4], quote: `Claim ${i}`, attrs: {}, orphaned: false };
      await addBoth(db, pool, a);
      const claim = { annotationId: a.id, status, verdict: `v${i}`, assignee: null, verdictBy: null, checklist: {}, updatedAt: at(5) };
      sqliteClaims.saveClaim(db, claim);
      await claims.saveClaim(pool, claim);
    }
    expect(await suggestContext.checkedClaims(pool, null)).toEqual(sqliteContext.checkedClaims(db, null));
  });
});
