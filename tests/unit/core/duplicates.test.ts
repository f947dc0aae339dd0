import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/main/core/db/migrations';
import { createCore, type Core } from '../../../src/main/core/service';
import { ON_POSTGRES, rowCount, sqlRows } from '../pg/harness';
import { ARTICLE, b64, client, importText, newCore, tempDir } from './helpers';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** How many rows each table that an import writes to holds. */
async function counts(core: Core) {
  const count = (table: string) => rowCount(core, table);
  return {
    documents: await count('documents'),
    annotations: await count('annotations'),
    claims: await count('claims'),
    sources: await count('claim_sources'),
    labels: await count('labels'),
    events: await count('events'),
  };
}

const duplicateReason = (title: string) => `Already in the library as “${title}” (the same text).`;

// SQLite-specific: SQLite's schema 1 → 2 (a team library starts with the hash column).
describe.skipIf(ON_POSTGRES)('migration 2: the content hash of the imported text', () => {
  /** A library as Copydesk wrote it at schema 1: two documents, one of them corrected since import. */
  function libraryAtVersion1(): string {
    const file = join(tempDir(), 'library.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    const insert = db.prepare(
      `INSERT INTO documents (id, title, source, format, language, text, text_length, imported_text, original, status,
         revision, created_at, updated_at)
       VALUES (?, ?, ?, 'txt', NULL, ?, ?, ?, NULL, 'new', ?, '2024-05-01T10:00:00.000Z', '2024-05-01T10:00:00.000Z')`,
    );
    insert.run('doc-article', 'Northeast revitalization gathers pace', 'article.txt', ARTICLE, ARTICLE.length, ARTICLE, 0);
    const corrected = 'Harbour reopens\nThe harbour reopened on Monday after repairs.';
    const imported = 'Harbor reopens\nThe harbor reopened on Monday after repairs.';
    insert.run('doc-harbour', 'Harbour reopens', 'harbour.txt', corrected, corrected.length, imported, 1);
    db.prepare(
      `INSERT INTO annotations (id, document_id, kind, label, start_offset, end_offset, quote, created_by, created_at, updated_at)
       VALUES ('a-1', 'doc-article', 'entity', 'PLACE', 0, 9, 'Northeast', 'Ana', '2024-05-01T10:00:00.000Z', '2024-05-01T10:00:00.000Z')`,
    ).run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    return file;
  }

  test('opening a schema-1 library backfills every document’s hash, indexes it, and keeps everything else', async () => {
    const file = libraryAtVersion1();
    const core = createCore({ dbPath: file });
    try {
      const versions = core.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      // Every later migration too, each once (3: library indexes, 4: verdict authors).
      expect(versions).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
      expect(versions.slice(0, 2)).toEqual([
        { version: 1, name: 'initial schema' },
        { version: 2, name: 'content hash of imported text' },
      ]);
      const rows = core.db.prepare('SELECT id, imported_text, imported_sha256 FROM documents ORDER BY seq').all() as Array<{
        id: string;
        imported_text: string;
        imported_sha256: string;
      }>;
      expect(rows.map((r) => r.id)).toEqual(['doc-article', 'doc-harbour']);
      for (const row of rows) expect(row.imported_sha256).toBe(sha256(row.imported_text));
      expect(rows[0].imported_sha256).toMatch(/^[0-9a-f]{64}$/);
      const plan = core.db
        .prepare('EXPLAIN QUERY PLAN SELECT id FROM documents WHERE imported_sha256 = ?')
        .all('x') as Array<{ detail: string }>;
      expect(plan.map((p) => p.detail).join(' ')).toContain('documents_by_imported_sha256');

      const api = client(core);
      expect((await api.call('documents:get', { id: 'doc-harbour' })).text).toBe('Harbour reopens\nThe harbour reopened on Monday after repairs.');
      expect((await api.call('annotations:list', { documentId: 'doc-article' })).map((a) => a.quote)).toEqual(['Northeast']);
      expect((await api.call('documents:search', { query: 'trillion' })).map((hit) => hit.document.id)).toEqual(['doc-article']);
    } finally {
      core.close();
    }
  });

  test('after the backfill, importing a document’s text again is detected as a duplicate', async () => {
    const core = createCore({ dbPath: libraryAtVersion1() });
    try {
      const api = client(core);
      const before = await counts(core);
      const again = await api.call('documents:import', { name: 'article-again.txt', data: b64(`${ARTICLE}\n`) });
      expect(again).toEqual({ status: 'skipped', reason: duplicateReason('Northeast revitalization gathers pace'), duplicateOf: 'doc-article' });
      // The hash is of the text as imported, not as corrected since.
      const original = await api.call('documents:import', { name: 'harbor.txt', data: b64('Harbor reopens\nThe harbor reopened on Monday after repairs.') });
      expect(original).toMatchObject({ status: 'skipped', duplicateOf: 'doc-harbour' });
      expect(await counts(core)).toEqual(before);
      const corrected = await api.call('documents:import', { name: 'harbour.txt', data: b64('Harbour reopens\nThe harbour reopened on Monday after repairs.') });
      expect(corrected.status).toBe('imported');
    } finally {
      core.close();
    }
  });

  test('a library that is already at schema 2 is not migrated again', () => {
    const file = join(tempDir(), 'library.sqlite');
    createCore({ dbPath: file }).close();
    const core = createCore({ dbPath: file });
    try {
      expect(core.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      core.close();
    }
  });
});

describe('documents:import finds a text already in the library', () => {
  test('the same text twice: the second is skipped, naming the first, and nothing is written', async () => {
    const core = newCore();
    const api = client(core);
    const first = (await importText(core)).document;
    const before = await counts(core);
    const result = await api.call('documents:import', { name: 'article.txt', data: b64(ARTICLE) });
    expect(result).toEqual({ status: 'skipped', reason: duplicateReason(first.title), duplicateOf: first.id });
    expect(await counts(core)).toEqual(before);
    expect((await api.call('documents:list', {})).map((d) => d.id)).toEqual([first.id]);
  });

  test('the stored hash is the SHA-256 of the imported canonical text', async () => {
    const core = newCore();
    const doc = (await importText(core, `\uFEFF  ${ARTICLE.replaceAll('\n', '\r\n\r\n')}  \r\n`)).document;
    expect(doc.text).toBe(ARTICLE);
    expect(await sqlRows(core, 'SELECT imported_sha256 FROM documents WHERE id = ?', doc.id)).toEqual([{ imported_sha256: sha256(ARTICLE) }]);
  });

  test('a duplicate is found whatever the line endings, blank lines, spaces or byte-order mark', async () => {
    const core = newCore();
    const api = client(core);
    const first = (await importText(core)).document;
    const messy = `\uFEFF  ${ARTICLE.replaceAll('\n', '\r\n\r\n   ')}  \r\n\r\n`;
    expect(await api.call('documents:import', { name: 'messy.txt', data: b64(messy) })).toMatchObject({ status: 'skipped', duplicateOf: first.id });
  });

  test('the reason names the document as it is titled now', async () => {
    const core = newCore();
    const api = client(core);
    const first = (await importText(core)).document;
    await api.call('documents:rename', { id: first.id, title: 'Harbin GDP (checked)' });
    const result = await api.call('documents:import', { name: 'again.txt', data: b64(ARTICLE) });
    expect(result).toMatchObject({ status: 'skipped', reason: duplicateReason('Harbin GDP (checked)') });
  });

  test('allowDuplicate imports a second copy; later duplicates name the oldest', async () => {
    const core = newCore();
    const api = client(core);
    const first = (await importText(core)).document;
    const second = await api.call('documents:import', { name: 'article.txt', data: b64(ARTICLE), allowDuplicate: true });
    expect(second.status).toBe('imported');
    if (second.status !== 'imported') return;
    expect(second.document.id).not.toBe(first.id);
    expect((await api.call('documents:get', { id: second.document.id })).text).toBe(ARTICLE);
    const third = await api.call('documents:import', { name: 'article.txt', data: b64(ARTICLE), allowDuplicate: false });
    expect(third).toMatchObject({ status: 'skipped', duplicateOf: first.id });
    expect(await api.call('documents:list', {})).toHaveLength(2);
  });

  test('a different text, or the same text once its document is deleted, is imported', async () => {
    const core = newCore();
    const api = client(core);
    const first = (await importText(core)).document;
    const other = await api.call('documents:import', { name: 'other.txt', data: b64(`${ARTICLE}\nOne more paragraph.`) });
    expect(other.status).toBe('imported');
    await api.call('documents:delete', { id: first.id });
    expect((await api.call('documents:import', { name: 'article.txt', data: b64(ARTICLE) })).status).toBe('imported');
  });

  test('.txt and .md are duplicates only when their canonical texts are identical', async () => {
    const core = newCore();
    const api = client(core);
    const txt = await api.call('documents:import', { name: 'harbour.txt', data: b64('Harbor reopens\nThe harbour reopened on Monday.\nOne\nTwo') });
    expect(txt.status).toBe('imported');
    if (txt.status !== 'imported') return;
    // Markdown syntax is not text: heading, emphasis and list markers go, leaving the same canonical text.
    const sameMd = '# Harbor reopens\n\nThe harbour *reopened* on Monday.\n\n- One\n- Two\n';
    expect(await api.call('documents:import', { name: 'harbour.md', data: b64(sameMd) })).toMatchObject({ status: 'skipped', duplicateOf: txt.document.id });
    // One word different: a different text.
    const otherMd = '# Harbor reopens\n\nThe harbour *reopened* on Tuesday.\n\n- One\n- Two\n';
    expect((await api.call('documents:import', { name: 'harbour-tuesday.md', data: b64(otherMd) })).status).toBe('imported');
    // The same characters, but in a .txt the asterisks are text; in the .md they were emphasis.
    const starred = await api.call('documents:import', { name: 'starred.txt', data: b64('Harbor reopens\nThe harbour *reopened* on Monday.\nOne\nTwo') });
    expect(starred.status).toBe('imported');
  });

  test('a Copydesk JSON export of a corrected document matches the file it was first imported from', async () => {
    const source = newCore();
    const sourceApi = client(source);
    const doc = (await importText(source)).document;
    const corrected = doc.text.replace('rose sharply', 'rose by a third');
    await sourceApi.call('documents:updateText', { id: doc.id, baseRevision: 0, text: corrected, moves: [] });
    await sourceApi.call('labels:create', { name: 'MINISTRY', color: '#336699' });
    await sourceApi.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'entity', label: 'MINISTRY', start: 0, end: 9 }] });
    const [file] = await sourceApi.call('export:document', { id: doc.id, format: 'copydesk-json' });

    // Another library already has the article as first filed: the export is the same text.
    const library = newCore();
    const api = client(library);
    const original = (await importText(library)).document;
    const before = await counts(library);
    const result = await api.call('documents:import', { name: file.name, data: b64(file.content) });
    expect(result).toEqual({ status: 'skipped', reason: duplicateReason(original.title), duplicateOf: original.id });
    expect(await counts(library)).toEqual(before); // not even the file's new label

    const anyway = await api.call('documents:import', { name: file.name, data: b64(file.content), allowDuplicate: true });
    expect(anyway.status).toBe('imported');
    if (anyway.status !== 'imported') return;
    expect((await api.call('documents:get', { id: anyway.document.id })).text).toBe(corrected);
    // And the .txt of the original is now a duplicate of the older of the two.
    expect(await api.call('documents:import', { name: 'article.txt', data: b64(ARTICLE) })).toMatchObject({ duplicateOf: original.id });
  });

  test('a file the importer cannot read is skipped without duplicateOf', async () => {
    const core = newCore();
    const api = client(core);
    await importText(core);
    const empty = await api.call('documents:import', { name: 'empty.txt', data: '' });
    expect(empty.status).toBe('skipped');
    expect(empty).not.toHaveProperty('duplicateOf');
  });

  test('allowDuplicate must be a boolean', async () => {
    const api = client(newCore());
    expect((await api.fail('documents:import', { name: 'a.txt', data: b64(ARTICLE), allowDuplicate: 'yes' })).code).toBe('invalid_input');
  });
});
