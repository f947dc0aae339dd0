import { describe, expect, test } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/core/db/migrations';
import { LATEST_PG_SCHEMA_VERSION } from '../../../src/main/core/pg/migrations/migrations';
import { ON_POSTGRES } from '../pg/harness';
import { client, importText, newCore, rangeOf } from './helpers';

async function setup() {
  const core = newCore();
  const api = client(core);
  const doc = (await importText(core)).document;
  return { core, api, doc };
}

describe('review status', () => {
  test('marking reviewed with open claims and teaser candidates warns, naming them, but still marks it', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'claim', ...rangeOf(doc.text, 'a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%') },
        { kind: 'claim', ...rangeOf(doc.text, 'investment in the Harbin Electric Power Group rose sharply') },
        { kind: 'claim', ...rangeOf(doc.text, 'The three northeastern provinces') },
        { kind: 'teaser', ...rangeOf(doc.text, 'Related: Snow festival draws record crowds'), attrs: { reason: 'related_teaser', candidate: true } },
      ],
    });
    await api.call('claims:update', { annotationId: annotations[2].id, status: 'in_progress' });

    const result = await api.call('documents:setStatus', { id: doc.id, status: 'reviewed' });
    expect(result.document.status).toBe('reviewed');
    expect(result.warnings).toEqual([
      '2 claims still unverified: “a regional GDP of 2.7 trillion yuan, a…”, “investment in the Harbin Electric Power…”',
      '1 claim still in progress: “The three northeastern provinces”',
      '1 teaser candidate not yet accepted or rejected: “Related: Snow festival draws record…”',
    ]);
  });

  test('marking reviewed when everything is worked through gives no warnings', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'claim', start: 0, end: 9 },
        { kind: 'teaser', ...rangeOf(doc.text, 'Related: Snow festival'), attrs: { reason: 'related_teaser' } },
      ],
    });
    await api.call('claims:update', { annotationId: annotations[0].id, status: 'unverifiable' });
    expect((await api.call('documents:setStatus', { id: doc.id, status: 'reviewed' })).warnings).toEqual([]);
    const [event] = await api.call('events:list', { documentId: doc.id, limit: 1 });
    expect(event).toMatchObject({ action: 'document.status_changed', data: { before: 'in_review', after: 'reviewed' } });
  });
});

describe('text edits', () => {
  test('a stale revision is a conflict and changes nothing', async () => {
    const { api, doc } = await setup();
    await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text: doc.text + '\nMore.', moves: [] });
    const error = await api.fail('documents:updateText', { id: doc.id, baseRevision: 0, text: 'Overwritten', moves: [] });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/changed elsewhere \(revision 1; this edit started from 0\)/) });
    const now = await api.call('documents:get', { id: doc.id });
    expect(now).toMatchObject({ revision: 1, text: doc.text + '\nMore.', importedText: doc.text });
  });

  test('moves are applied with fresh quotes; unmoved annotations are re-anchored or orphaned, never dropped', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'entity', label: 'PLACE', ...rangeOf(doc.text, 'Harbin') },
        { kind: 'claim', ...rangeOf(doc.text, 'a regional GDP of 2.7 trillion yuan') },
        { kind: 'note', ...rangeOf(doc.text, 'rose sharply') },
      ],
    });
    const [place, claim, note] = annotations;
    // The editor prefixes the dateline, corrects the figure, and deletes "rose sharply".
    const text = doc.text
      .replace('Harbin, March 3', 'HARBIN, China, March 3')
      .replace('2.7 trillion', '2.71 trillion')
      .replace(' rose sharply', '');
    const gdp = rangeOf(text, 'a regional GDP of 2.71 trillion yuan');
    const bundle = await api.call('documents:updateText', {
      id: doc.id,
      baseRevision: 0,
      text,
      moves: [{ id: claim.id, ...gdp, orphaned: false }],
    });
    expect(bundle.document).toMatchObject({ revision: 1, text, length: text.length });
    const byId = new Map(bundle.annotations.map((a) => [a.id, a]));
    expect(byId.get(claim.id)).toMatchObject({ ...gdp, quote: 'a regional GDP of 2.71 trillion yuan', orphaned: false });
    // "Harbin" at the old position is now "HARBIN": re-anchored by quote to the next "Harbin".
    const moved = byId.get(place.id)!;
    expect(text.slice(moved.start, moved.end)).toBe('Harbin');
    expect(moved.orphaned).toBe(false);
    expect(byId.get(note.id)).toMatchObject({ orphaned: true, quote: 'rose sharply' });
    expect(bundle.annotations).toHaveLength(3);

    const [event] = await api.call('events:list', { documentId: doc.id, limit: 1 });
    expect(event).toMatchObject({ action: 'document.text_updated', data: { revisionBefore: 0, revisionAfter: 1, moved: 1, orphaned: 1, reanchored: 1 } });
    expect((await api.call('documents:setStatus', { id: doc.id, status: 'reviewed' })).warnings).toContain(
      '1 annotation could not be placed in the edited text: “rose sharply”',
    );
  });

  test('a move outside the new text is refused', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'note', start: 0, end: 4 }] });
    const error = await api.fail('documents:updateText', { id: doc.id, baseRevision: 0, text: 'Tiny', moves: [{ id: annotations[0].id, start: 0, end: 50, orphaned: false }] });
    expect(error.code).toBe('invalid_input');
    expect((await api.call('documents:get', { id: doc.id })).revision).toBe(0);
  });
});

describe('documents', () => {
  test('rename, list and delete', async () => {
    const { api, doc } = await setup();
    const renamed = await api.call('documents:rename', { id: doc.id, title: '  Revitalisation  ' });
    expect(renamed.title).toBe('Revitalisation');
    expect((await api.call('documents:list', {})).map((d) => d.title)).toEqual(['Revitalisation']);
    expect(await api.call('documents:delete', { id: doc.id })).toEqual({ deleted: true });
    expect(await api.call('documents:list', {})).toEqual([]);
  });

  test('unknown ids answer not_found in words', async () => {
    const { api } = await setup();
    expect(await api.fail('documents:get', { id: 'missing' })).toEqual({ code: 'not_found', message: 'No document with id missing. It may have been deleted.' });
    expect((await api.fail('documents:bundle', { id: 'missing' })).code).toBe('not_found');
    expect((await api.fail('annotations:update', { id: 'missing', kind: 'note' })).code).toBe('not_found');
  });

  test.each([
    ['documents:get', {}],
    ['documents:get', { id: 42 }],
    ['annotations:create', { documentId: 'x', annotations: [] }],
    ['annotations:create', { documentId: 'x', annotations: [{ kind: 'smell', start: 0, end: 1 }] }],
    ['documents:updateText', { id: 'x', baseRevision: -1, text: '', moves: [] }],
    ['settings:set', { reviewerName: 7 }],
    ['documents:import', 'not an object'],
  ])('a wrongly shaped %s request answers invalid_input', async (name, input) => {
    const { api } = await setup();
    expect((await api.fail(name, input)).code).toBe('invalid_input');
  });

  test('an unknown operation is refused by name', async () => {
    const { api } = await setup();
    expect((await api.fail('documents:explode', {})).code).toBe('unknown_operation');
  });

  test('app:info reports the library and its schema', async () => {
    const { core, api } = await setup();
    expect(await api.call('app:info', {})).toEqual({ version: 'test', dbPath: core.dbPath, schemaVersion: ON_POSTGRES ? LATEST_PG_SCHEMA_VERSION : LATEST_SCHEMA_VERSION, maxImportBytes: 25 * 1024 * 1024 });
  });

  test('the reviewer name defaults to empty and is trimmed', async () => {
    const { api } = await setup();
    expect(await api.call('settings:get', {})).toEqual({ reviewerName: '' });
    expect(await api.call('settings:set', { reviewerName: '  Ana Ruiz ' })).toEqual({ reviewerName: 'Ana Ruiz' });
    expect(await api.call('settings:get', {})).toEqual({ reviewerName: 'Ana Ruiz' });
  });
});

describe('documents:titles', () => {
  test('answers ids and titles: of the ids asked, in that order, skipping deleted ones; else all, latest change first', async () => {
    const { core, api, doc } = await setup();
    const second = (await importText(core, 'Second story\nIts body.', 'second.txt')).document;
    // Change times are in milliseconds: an import and a rename in the same one would tie.
    await new Promise((done) => setTimeout(done, 5));
    await api.call('documents:rename', { id: doc.id, title: 'Renamed last' });
    expect(await api.call('documents:titles', {})).toEqual([
      { id: doc.id, title: 'Renamed last' },
      { id: second.id, title: 'Second story' },
    ]);
    expect(await api.call('documents:titles', { ids: [second.id, 'no-such-id', doc.id] })).toEqual([
      { id: second.id, title: 'Second story' },
      { id: doc.id, title: 'Renamed last' },
    ]);
  });
});
