import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/shared/types';
import { sqlRows } from '../pg/harness';
import { ARTICLE, b64, client, importText, newCore, rangeOf, tempDir } from './helpers';

describe('documents:import', () => {
  test('a text file is stored with its original bytes and logged', async () => {
    const core = newCore();
    const api = client(core);
    const result = await api.call('documents:import', { name: 'article.txt', data: b64(ARTICLE), source: '/home/ana/wire/article.txt' });
    expect(result).toMatchObject({ status: 'imported', document: { title: 'Northeast revitalization gathers pace', format: 'txt', status: 'new', source: '/home/ana/wire/article.txt', length: ARTICLE.length } });
    if (result.status !== 'imported') return;
    const [{ original }] = (await sqlRows(core, 'SELECT original FROM documents WHERE id = ?', result.document.id)) as Array<{ original: Buffer }>;
    expect(original.toString('utf8')).toBe(ARTICLE);
    const [event] = await api.call('events:list', { documentId: result.document.id });
    expect(event).toMatchObject({ action: 'document.imported', actor: 'editor', data: { name: 'article.txt', format: 'txt' } });
  });

  test('a file the importer cannot read is skipped with the reason, and nothing is stored', async () => {
    const core = newCore();
    const api = client(core);
    const result = await api.call('documents:import', { name: 'scan.pdf', data: b64('%PDF-1.7 binary') });
    expect(result).toMatchObject({ status: 'skipped', reason: expect.any(String) });
    const empty = await api.call('documents:import', { name: 'empty.txt', data: '' });
    expect(empty.status).toBe('skipped');
    expect(await api.call('documents:list', {})).toEqual([]);
  });

  test('a file over the size limit is skipped, saying the limit', async () => {
    const api = client(newCore({ maxImportBytes: 1024 }));
    const result = await api.call('documents:import', { name: 'long.txt', data: b64('word '.repeat(2000)) });
    expect(result).toMatchObject({ status: 'skipped' });
    if (result.status === 'skipped') expect(result.reason).toBe('“long.txt” is 9.8 KB; the limit is 1 KB.');
  });

  test('content that is not base64 is invalid input', async () => {
    const api = client(newCore());
    expect((await api.fail('documents:import', { name: 'a.txt', data: 'this is not base64!' })).code).toBe('invalid_input');
  });

  test('a Copydesk JSON export re-imports with annotations, claims and sources, under fresh ids', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'claim', ...rangeOf(doc.text, 'a regional GDP of 2.7 trillion yuan') },
        { kind: 'entity', label: 'PLACE', ...rangeOf(doc.text, 'Harbin') },
      ],
    });
    await api.call('claims:update', { annotationId: annotations[0].id, status: 'verified', verdict: 'Confirmed.' });
    await api.call('sources:add', { annotationId: annotations[0].id, url: 'https://stats.example.org/gdp', title: 'Bureau' });

    const [file] = await api.call('export:document', { id: doc.id, format: 'copydesk-json' });
    // The same text is in the library already: a second copy needs "Import anyway".
    const result = await api.call('documents:import', { name: file.name, data: b64(file.content), allowDuplicate: true });
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    const copy = await api.call('documents:bundle', { id: result.document.id });
    expect(copy.document.text).toBe(doc.text);
    expect(copy.annotations.map((a) => [a.kind, a.label, a.quote])).toEqual([
      ['entity', 'PLACE', 'Harbin'],
      ['claim', null, 'a regional GDP of 2.7 trillion yuan'],
    ]);
    expect(copy.annotations.map((a) => a.id)).not.toContain(annotations[0].id);
    expect(copy.claims).toEqual([expect.objectContaining({ status: 'verified', verdict: 'Confirmed.', annotationId: copy.annotations[1].id })]);
    expect(copy.sources).toEqual([expect.objectContaining({ url: 'https://stats.example.org/gdp', annotationId: copy.annotations[1].id })]);
    // The original is untouched.
    expect((await api.call('documents:bundle', { id: doc.id })).annotations.map((a) => a.id).sort()).toEqual(annotations.map((a) => a.id).sort());
  });

  test('a Copydesk JSON export of corrected, reviewed text re-imports losslessly into a fresh library', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'claim', ...rangeOf(doc.text, 'a regional GDP of 2.7 trillion yuan') },
        { kind: 'teaser', ...rangeOf(doc.text, 'Related: Snow festival draws record crowds | Travel | Harbin'), attrs: { reason: 'related_teaser' } },
        { kind: 'entity', label: 'ORG', ...rangeOf(doc.text, 'Harbin Electric Power Group'), attrs: { canonical: 'Harbin Electric Co.', note: 'State-owned.' } },
        { kind: 'note', ...rangeOf(doc.text, 'rose sharply'), attrs: { note: 'How sharply?' } },
      ],
    });
    const [claim, , , note] = annotations;
    await api.call('claims:update', { annotationId: claim.id, status: 'misleading', verdict: 'The figure is nominal, not real growth.', assignee: 'Ana' });
    await api.call('sources:add', { annotationId: claim.id, url: 'https://stats.example.org/gdp', title: 'Bureau', quote: '2.71 trillion', note: 'Table 3.' });
    await api.call('sources:add', { annotationId: claim.id, url: 'https://news.example.org/ne', title: 'Wire', consultedAt: '2024-03-04T10:00:00Z' });
    await api.call('documents:setStatus', { id: doc.id, status: 'in_review' });
    // The editor corrects the figure (the claim moves with it) and deletes "rose sharply" (the note is orphaned).
    const text = doc.text.replace('2.7 trillion', '2.71 trillion').replace(' rose sharply', '');
    const corrected = await api.call('documents:updateText', {
      id: doc.id,
      baseRevision: 0,
      text,
      moves: [
        { id: claim.id, ...rangeOf(text, 'a regional GDP of 2.71 trillion yuan'), orphaned: false },
        { id: note.id, ...rangeOf(text, '.', text.indexOf('Group')), orphaned: true },
      ],
    });
    expect(corrected.annotations.find((a) => a.id === note.id)).toMatchObject({ orphaned: true, quote: 'rose sharply' });

    const [file] = await api.call('export:document', { id: doc.id, format: 'copydesk-json' });
    const fresh = newCore();
    const result = await client(fresh).call('documents:import', { name: file.name, data: b64(file.content) });
    if (result.status !== 'imported') throw new Error(`skipped: ${result.reason}`);
    const copy = await client(fresh).call('documents:bundle', { id: result.document.id });

    expect(copy.document).toMatchObject({ text, importedText: doc.text, status: 'in_review', title: doc.title });
    const shape = (a: (typeof copy.annotations)[number]) => ({ ...a, documentId: undefined, createdAt: undefined, updatedAt: undefined, ...(a.orphaned ? { prefix: undefined, suffix: undefined } : {}) });
    expect(copy.annotations.map(shape)).toEqual(corrected.annotations.map(shape));
    expect(copy.annotations.find((a) => a.id === note.id)).toMatchObject({ orphaned: true, quote: 'rose sharply', attrs: { note: 'How sharply?' } });
    const withoutTime = <T extends { updatedAt?: string }>(rows: T[]) => rows.map(({ updatedAt: _, ...rest }) => rest);
    expect(withoutTime(copy.claims)).toEqual(withoutTime(corrected.claims));
    expect(copy.claims[0]).toMatchObject({ status: 'misleading', verdict: 'The figure is nominal, not real growth.', assignee: 'Ana' });
    expect(copy.sources).toEqual(corrected.sources);
    expect(copy.sources.map((s) => s.url)).toEqual(['https://stats.example.org/gdp', 'https://news.example.org/ne']);
  });

  test('a brat .txt with its .ann companion brings its entities, adding labels the library lacks', async () => {
    const core = newCore();
    const api = client(core);
    const text = 'Angela Merkel visited Paris.';
    const ann = 'T1\tPERSON 0 13\tAngela Merkel\nT2\tGPE 22 27\tParis\n';
    const result = await api.call('documents:import', { name: 'merkel.txt', data: b64(text), companions: [{ name: 'merkel.ann', data: b64(ann) }] });
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    const bundle = await api.call('documents:bundle', { id: result.document.id });
    expect(bundle.annotations.map((a) => [a.label, a.quote])).toEqual([
      ['PERSON', 'Angela Merkel'],
      ['GPE', 'Paris'],
    ]);
    expect(result.warnings.join(' ')).toMatch(/GPE/);
    expect((await api.call('labels:list', {})).map((l) => l.name)).toContain('GPE');
  });
});

describe('export', () => {
  test('every format renders for a document', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', ...rangeOf(doc.text, 'a regional GDP of 2.7 trillion yuan') }] });
    await api.call('claims:update', { annotationId: annotations[0].id, status: 'verified' }); // ClaimReview holds claims with a verdict
    for (const format of EXPORT_FORMATS) {
      const files = await api.call('export:document', { id: doc.id, format });
      expect(files.length, format).toBeGreaterThan(0);
      for (const file of files) expect(typeof file.content).toBe('string');
    }
  });

  test('export to a folder writes files for each document, keeping same-titled documents apart', async () => {
    const core = newCore();
    const api = client(core);
    const one = (await importText(core, 'Same title\nFirst body.', 'a.txt')).document;
    const two = (await importText(core, 'Same title\nSecond body.', 'b.txt')).document;
    const dir = join(tempDir(), 'out');
    const { written } = await api.call('export:toFolder', { ids: [one.id, two.id], formats: ['text', 'brat'], dir });
    expect(written).toHaveLength(7); // two documents' .clean.txt, .txt and .ann, and one annotation.conf
    expect(new Set(written.map((p) => basename(p))).size).toBe(7);
    const contents = written.map((p) => readFileSync(p, 'utf8')).join('\n');
    expect(contents).toContain('First body.');
    expect(contents).toContain('Second body.');
    expect((await api.call('events:list', { documentId: two.id, limit: 1 }))[0].action).toBe('document.exported');
  });

  test('exporting a missing document answers not_found', async () => {
    const api = client(newCore());
    expect((await api.fail('export:document', { id: 'gone', format: 'csv' })).code).toBe('not_found');
  });
});
