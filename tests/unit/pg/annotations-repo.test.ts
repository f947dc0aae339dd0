import { describe, expect, test } from 'vitest';
import * as sqliteAnnotations from '../../../src/main/core/repos/annotations';
import * as sqliteLabels from '../../../src/main/core/repos/labels';
import { annotations } from '../../../src/main/core/pg/repos/annotations';
import { labels } from '../../../src/main/core/pg/repos/labels';
import { annotationCorpus, at, writeAnnotationCorpus } from './annotation-corpus';
import { pgAvailable, repoHarness } from './repo-harness';

const harness = repoHarness();

describe.skipIf(!pgAvailable)('PostgreSQL annotations repository', () => {
  test("a document's annotations list as SQLite lists them: text order, ties by creation then id, attrs and flags intact", async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(3, 40);
    await writeAnnotationCorpus(db, pool, c);
    for (const doc of c.documents) {
      const listed = await annotations.listAnnotations(pool, doc);
      expect(listed).toEqual(sqliteAnnotations.listAnnotations(db, doc));
      expect(listed).toHaveLength(40);
    }
    const pending = c.annotations.find((a) => a.attrs.pending)!;
    expect(await annotations.getAnnotation(pool, pending.id)).toEqual(pending);
    const orphan = c.annotations.find((a) => a.orphaned)!;
    expect((await annotations.getAnnotation(pool, orphan.id))?.orphaned).toBe(true);
    expect(await annotations.getAnnotation(pool, 'missing')).toBeUndefined();
    expect(await annotations.annotationExists(pool, pending.id)).toBe(true);
    expect(await annotations.annotationExists(pool, 'missing')).toBe(false);
    await expect(annotations.requireAnnotation(pool, 'missing')).rejects.toMatchObject({
      code: 'not_found',
      message: 'No annotation with id missing. It may have been deleted.',
    });
  });

  test('a saved annotation reads back with every field written; a deleted one is gone with its claim', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(1, 6);
    await writeAnnotationCorpus(db, pool, c);
    const claim = c.annotations.find((a) => a.kind === 'claim' && !a.attrs.pending)!;
    const changed = { ...claim, label: null, start: 1, end: 4, quote: 'tem', attrs: { note: 'moved' }, orphaned: true, updatedAt: at(99) };
    sqliteAnnotations.saveAnnotation(db, changed);
    await annotations.saveAnnotation(pool, changed);
    expect(await annotations.getAnnotation(pool, claim.id)).toEqual(sqliteAnnotations.getAnnotation(db, claim.id));
    expect(await annotations.getAnnotation(pool, claim.id)).toMatchObject({ attrs: { note: 'moved' }, orphaned: true, createdAt: claim.createdAt });

    expect(await annotations.deleteAnnotation(pool, claim.id)).toBe(true);
    expect(await annotations.deleteAnnotation(pool, claim.id)).toBe(false);
    expect((await pool.query('SELECT 1 FROM claims WHERE annotation_id = $1', [claim.id])).rows).toHaveLength(0);
  });

  test('label use counts and relabelling answer as SQLite: documents in the order first tagged', async () => {
    const { pool, db } = await harness.fresh();
    const c = annotationCorpus(6, 12);
    await writeAnnotationCorpus(db, pool, c);
    for (const label of ['PERSON', 'ORG', 'person', 'NONE']) {
      expect(await annotations.countLabelUse(pool, label)).toEqual(sqliteAnnotations.countLabelUse(db, label));
    }
    expect((await annotations.countLabelUse(pool, 'ORG')).documents).toBe(6);
    const touched = await annotations.relabelAnnotations(pool, 'ORG', 'COMPANY', at(500));
    expect(touched).toEqual(sqliteAnnotations.relabelAnnotations(db, 'ORG', 'COMPANY', at(500)));
    expect(touched).toHaveLength(6);
    expect(await annotations.countLabelUse(pool, 'ORG')).toEqual({ annotations: 0, documents: 0 });
    expect(await annotations.listAnnotations(pool, c.documents[2])).toEqual(sqliteAnnotations.listAnnotations(db, c.documents[2]));

    // Tagged last document first: the answer follows when each was tagged, not the document ids.
    for (const [n, doc] of [...c.documents].reverse().entries()) {
      const a = { ...c.annotations[0], id: `late-${n}`, documentId: doc, label: 'LATE', attrs: {} };
      sqliteAnnotations.insertAnnotation(db, a);
      await annotations.insertAnnotation(pool, a);
    }
    const late = await annotations.relabelAnnotations(pool, 'LATE', 'ORG', at(600));
    expect(late).toEqual(sqliteAnnotations.relabelAnnotations(db, 'LATE', 'ORG', at(600)));
    expect(late).toEqual([...c.documents].reverse());
  });
});

describe.skipIf(!pgAvailable)('PostgreSQL labels repository', () => {
  test('the default labels list in the same order with the same colours and hotkeys', async () => {
    const { pool, db } = await harness.fresh();
    const listed = await labels.listLabels(pool);
    expect(listed.map(({ id: _id, ...rest }) => rest)).toEqual(sqliteLabels.listLabels(db).map(({ id: _id, ...rest }) => rest));
    expect(listed.map((l) => l.name)).toEqual(['PERSON', 'ORG', 'PLACE', 'DATE', 'MONEY', 'PERCENT', 'QUANTITY', 'EVENT']);
  });

  test('names match without ASCII case only, as NOCASE: "person" finds PERSON, "émile" does not find "Émile"', async () => {
    const { pool, db } = await harness.fresh();
    const emile = { id: 'l-emile', name: 'Émile', kind: 'entity' as const, color: '#123456', hotkey: null, position: 8 };
    sqliteLabels.insertLabel(db, emile);
    await labels.insertLabel(pool, emile);
    for (const name of ['person', 'Person', 'PERSON', 'Émile', 'émile', 'ÉMILE', 'nobody']) {
      const [pgFound, sqliteFound] = [await labels.findLabelByName(pool, name), sqliteLabels.findLabelByName(db, name)];
      expect(pgFound?.name, name).toBe(sqliteFound?.name);
    }
    expect((await labels.findLabelByName(pool, 'person'))?.name).toBe('PERSON');
    expect(await labels.findLabelByName(pool, 'émile')).toBeUndefined();
    // The uniqueness is the same: "person" is taken, "émile" is not.
    await expect(labels.insertLabel(pool, { ...emile, id: 'l-2', name: 'person', position: 9 })).rejects.toThrow();
    await labels.insertLabel(pool, { ...emile, id: 'l-3', name: 'émile', position: 9 });
  });

  test('positions, hotkeys, saving and deleting answer as SQLite; ties in position order by name without case', async () => {
    const { pool, db } = await harness.fresh();
    expect(await labels.nextLabelPosition(pool)).toBe(sqliteLabels.nextLabelPosition(db));
    const extra = [
      { id: 'l-b', name: 'beta', kind: 'entity' as const, color: '#000000', hotkey: 'b', position: 8 },
      { id: 'l-a', name: 'Alpha', kind: 'entity' as const, color: '#ffffff', hotkey: null, position: 8 },
    ];
    for (const l of extra) {
      sqliteLabels.insertLabel(db, l);
      await labels.insertLabel(pool, l);
    }
    const names = (await labels.listLabels(pool)).map((l) => l.name);
    expect(names).toEqual(sqliteLabels.listLabels(db).map((l) => l.name));
    expect(names.slice(-2)).toEqual(['Alpha', 'beta']);
    expect(await labels.findLabelByHotkey(pool, 'b')).toEqual(sqliteLabels.findLabelByHotkey(db, 'b'));
    expect(await labels.findLabelByHotkey(pool, 'B')).toBeUndefined();
    const saved = { ...extra[0], name: 'Gamma', color: '#abcdef', hotkey: null, position: 3 };
    sqliteLabels.saveLabel(db, saved);
    await labels.saveLabel(pool, saved);
    expect(await labels.getLabel(pool, 'l-b')).toEqual(sqliteLabels.getLabel(db, 'l-b'));
    expect(await labels.nextLabelPosition(pool)).toBe(9);
    expect(await labels.deleteLabel(pool, 'l-b')).toBe(true);
    expect(await labels.deleteLabel(pool, 'l-b')).toBe(false);
    await expect(labels.requireLabel(pool, 'l-b')).rejects.toMatchObject({ code: 'not_found', message: 'No label with id l-b. It may have been deleted.' });
  });
});
