import { describe, expect, test } from 'vitest';
import * as sqliteDocuments from '../../../src/main/core/repos/documents';
import * as sqliteEvents from '../../../src/main/core/repos/events';
import * as sqliteSettings from '../../../src/main/core/repos/settings';
import { documents } from '../../../src/main/core/pg/repos/documents';
import { events } from '../../../src/main/core/pg/repos/events';
import { settings } from '../../../src/main/core/pg/repos/settings';
import { corpus, writeBoth } from './corpus';
import { pgAvailable, repoHarness } from './repo-harness';

const harness = repoHarness();

describe.skipIf(!pgAvailable)('PostgreSQL documents, events and settings repositories', () => {
  test('a stored document reads back exactly as from SQLite: text, original bytes, counts, revision', async () => {
    const { pool, db } = await harness.fresh();
    const doc = { ...corpus(1)[0], text: 'Line one\nLine two — ünïcödé 🐋', original: new Uint8Array([0, 1, 2, 255]), importedText: 'as imported' };
    await writeBoth(db, pool, [doc]);
    const stored = await documents.getDocument(pool, doc.id);
    expect(stored).toEqual(sqliteDocuments.getDocument(db, doc.id));
    expect(stored).toMatchObject({ text: doc.text, importedText: 'as imported', revision: 0, length: doc.text.length, annotationCount: 0 });
    expect(await documents.getOriginal(pool, doc.id)).toEqual(new Uint8Array([0, 1, 2, 255]));
    expect(await documents.getDocument(pool, 'missing')).toBeUndefined();
    await expect(documents.requireDocument(pool, 'missing')).rejects.toMatchObject({ code: 'not_found', message: 'No document with id missing. It may have been deleted.' });
  });

  test('pending suggestions are left out of the annotation count; verdicts count as verified claims', async () => {
    const { pool, db } = await harness.fresh();
    const [doc] = corpus(1);
    await writeBoth(db, pool, [doc]);
    const rows: Array<[string, string, string, string | null]> = [
      ['a1', 'entity', '{}', null],
      ['a2', 'entity', '{"pending":true}', null],
      ['a3', 'claim', '{}', 'false'],
      ['a4', 'claim', '{"pending":false}', 'unverified'],
    ];
    for (const [id, kind, attrs, status] of rows) {
      const values = [id, doc.id, kind, attrs, doc.createdAt];
      db.prepare(`INSERT INTO annotations (id, document_id, kind, start_offset, end_offset, quote, attrs, created_by, created_at, updated_at) VALUES (?, ?, ?, 0, 1, 'I', ?, 'ed', ?, ?)`).run(...values, doc.createdAt);
      await pool.query(`INSERT INTO annotations (id, document_id, kind, start_offset, end_offset, quote, attrs, created_by, created_at, updated_at) VALUES ($1, $2, $3, 0, 1, 'I', $4, 'ed', $5, $5)`, values);
      if (status) {
        db.prepare('INSERT INTO claims (annotation_id, status, updated_at) VALUES (?, ?, ?)').run(id, status, doc.createdAt);
        await pool.query('INSERT INTO claims (annotation_id, status, updated_at) VALUES ($1, $2, $3)', [id, status, doc.createdAt]);
      }
    }
    const summary = await documents.getDocumentSummary(pool, doc.id);
    expect(summary).toMatchObject({ annotationCount: 3, claimCount: 2, claimsVerified: 1 });
    expect(summary).toEqual(sqliteDocuments.getDocumentSummary(db, doc.id));
  });

  test('lists, titles and duplicate lookups answer what SQLite answers, ties by insertion', async () => {
    const { pool, db } = await harness.fresh();
    const docs = corpus(9);
    await writeBoth(db, pool, docs);
    expect(await documents.listDocuments(pool)).toEqual(sqliteDocuments.listDocuments(db));
    expect((await documents.listDocuments(pool)).slice(0, 2).map((d) => d.id)).toEqual(['doc-008', 'doc-007']);
    expect(await documents.documentTitles(pool)).toEqual(sqliteDocuments.documentTitles(db));
    const ids = ['doc-003', 'nope', 'doc-001', 'doc-003'];
    expect(await documents.documentTitles(pool, ids)).toEqual(sqliteDocuments.documentTitles(db, ids));
    const hash = (await pool.query('SELECT imported_sha256 AS h FROM documents WHERE id = $1', ['doc-002'])).rows[0].h as string;
    expect(await documents.findByImportedHash(pool, hash)).toEqual(sqliteDocuments.findByImportedHash(db, hash));
    expect(await documents.findByImportedHash(pool, 'f'.repeat(64))).toBeUndefined();
  });

  test('text, status, title and touch writes change exactly what they name; delete says whether it found one', async () => {
    const { pool } = await harness.fresh();
    const [doc] = corpus(1);
    await documents.insertDocument(pool, doc);
    await documents.updateDocumentText(pool, doc.id, 'New text', 3, '2026-02-01T00:00:00.000Z');
    await documents.setDocumentStatus(pool, doc.id, 'reviewed', '2026-02-02T00:00:00.000Z');
    await documents.renameDocument(pool, doc.id, 'Renamed', '2026-02-03T00:00:00.000Z');
    expect(await documents.getDocument(pool, doc.id)).toMatchObject({
      text: 'New text',
      length: 8,
      revision: 3,
      status: 'reviewed',
      title: 'Renamed',
      importedText: doc.text,
      createdAt: doc.createdAt,
      updatedAt: '2026-02-03T00:00:00.000Z',
    });
    await documents.touchDocument(pool, doc.id, '2026-02-04T00:00:00.000Z');
    expect((await documents.getDocumentSummary(pool, doc.id))?.updatedAt).toBe('2026-02-04T00:00:00.000Z');
    expect(await documents.getDocumentStatus(pool, doc.id)).toBe('reviewed');
    expect(await documents.getDocumentStatus(pool, 'missing')).toBeUndefined();
    expect(await documents.documentExists(pool, doc.id)).toBe(true);
    expect(await documents.deleteDocument(pool, doc.id)).toBe(true);
    expect(await documents.deleteDocument(pool, doc.id)).toBe(false);
    expect(await documents.documentExists(pool, doc.id)).toBe(false);
  });

  test('events: ids in order as numbers, newest first, filtered, and label renames read from the log', async () => {
    const { pool, db } = await harness.fresh();
    const log = [
      { at: '2026-01-01T00:00:00.000Z', actor: 'Ana', action: 'document.imported', documentId: 'd1', annotationId: null, data: { title: 'T', nested: { a: [1, 2] } } },
      { at: '2026-01-02T00:00:00.000Z', actor: 'Ana', action: 'label.updated', documentId: null, annotationId: null, data: { before: { name: 'Person' }, after: { name: 'People' } } },
      { at: '2026-01-03T00:00:00.000Z', actor: 'Bo', action: 'annotation.created', documentId: 'd1', annotationId: 'a1', data: {} },
      { at: '2026-01-04T00:00:00.000Z', actor: 'Bo', action: 'label.updated', documentId: null, annotationId: null, data: { before: { name: 'People' }, after: { name: 'People', color: 'x' } } },
    ];
    for (const event of log) {
      expect(await events.appendEvent(pool, event)).toBe(sqliteEvents.appendEvent(db, event));
    }
    for (const filter of [{}, { documentId: 'd1' }, { annotationId: 'a1' }, { documentId: 'd1', annotationId: 'a1' }, { limit: 2 }]) {
      expect(await events.listEvents(pool, filter)).toEqual(sqliteEvents.listEvents(db, filter));
    }
    expect((await events.listEvents(pool, {})).map((e) => e.id)).toEqual([4, 3, 2, 1]);
    expect(await events.labelUpdatesSince(pool, '2026-01-01T00:00:00.000Z')).toEqual(sqliteEvents.labelUpdatesSince(db, '2026-01-01T00:00:00.000Z'));
    expect(await events.labelUpdatesSince(pool, '2026-01-03T00:00:00.000Z')).toEqual([{ before: { name: 'People' }, after: { name: 'People', color: 'x' } }]);
    await expect(pool.query('DELETE FROM events')).rejects.toThrow('append-only');
  });

  test('settings: unset is undefined (the reviewer name then empty), a second set replaces', async () => {
    const { pool, db } = await harness.fresh();
    expect(await settings.getSetting(pool, 'reviewerName')).toBeUndefined();
    expect(await settings.getReviewerName(pool)).toBe(sqliteSettings.getReviewerName(db));
    await settings.setSetting(pool, 'reviewerName', '  ');
    expect(await settings.getReviewerName(pool)).toBe('  ');
    await settings.setSetting(pool, 'reviewerName', ' Ana ');
    expect(await settings.getReviewerName(pool)).toBe(' Ana ');
  });
});
