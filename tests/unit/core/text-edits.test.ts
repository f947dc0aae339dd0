/** `documents:updateText` as an editor meets it: typo fixes, stray blank lines, stale or split offsets. */
import { describe, expect, test } from 'vitest';
import { client, importText, newCore, rangeOf } from './helpers';

const TEXT = ['Winter in Harbni', 'The Harbni Ice Festival opened on Friday.', 'Visitors came from Harbin and Shenyang.'].join('\n');

async function setup(text = TEXT) {
  const core = newCore();
  const api = client(core);
  const doc = (await importText(core, text)).document;
  return { core, api, doc };
}

describe('text edits keep annotations the editor did not move', () => {
  test('a same-length typo fix inside an entity keeps it, with the corrected quote', async () => {
    const { api, doc } = await setup();
    const at = rangeOf(doc.text, 'Harbni Ice Festival');
    const later = rangeOf(doc.text, 'Shenyang');
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'entity', label: 'EVENT', ...at },
        { kind: 'entity', label: 'PLACE', ...later },
      ],
    });
    const text = doc.text.replace('The Harbni Ice', 'The Harbin Ice');
    const bundle = await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text, moves: [] });
    const [festival, city] = annotations.map((a) => bundle.annotations.find((b) => b.id === a.id)!);
    expect(festival).toMatchObject({ ...at, quote: 'Harbin Ice Festival', orphaned: false });
    expect(city).toMatchObject({ ...later, quote: 'Shenyang', orphaned: false });
  });

  test('a fix that changes the length stretches the annotation around it and shifts those after it', async () => {
    const { api, doc } = await setup();
    const festival = rangeOf(doc.text, 'Harbni Ice Festival');
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'entity', label: 'EVENT', ...festival },
        { kind: 'entity', label: 'PLACE', ...rangeOf(doc.text, 'Shenyang') },
      ],
    });
    const text = doc.text.replace('The Harbni Ice', 'The Harbin International Ice');
    const bundle = await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text, moves: [] });
    const quotes = annotations.map((a) => bundle.annotations.find((b) => b.id === a.id)!);
    expect(quotes.map((a) => [text.slice(a.start, a.end), a.quote, a.orphaned])).toEqual([
      ['Harbin International Ice Festival', 'Harbin International Ice Festival', false],
      ['Shenyang', 'Shenyang', false],
    ]);
  });

  test('an annotation whose text was deleted is kept as orphaned, inside the new text', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [{ kind: 'note', ...rangeOf(doc.text, ' on Friday') }],
    });
    const text = doc.text.replace(' opened on Friday', ' opened');
    const bundle = await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text, moves: [] });
    const note = bundle.annotations.find((a) => a.id === annotations[0].id)!;
    expect(note).toMatchObject({ orphaned: true, quote: ' on Friday' });
    expect(note.end).toBeLessThanOrEqual(text.length);
  });
});

describe('text edits are stored canonical', () => {
  test('empty paragraphs and trailing spaces are removed and the moved offsets follow', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [{ kind: 'entity', label: 'PLACE', ...rangeOf(doc.text, 'Shenyang') }],
    });
    // The editor left an empty paragraph and a trailing space, and reports the entity's new place.
    const sent = doc.text.replace('Friday.\n', 'Friday. \n\n');
    const bundle = await api.call('documents:updateText', {
      id: doc.id,
      baseRevision: 0,
      text: sent,
      moves: [{ id: annotations[0].id, ...rangeOf(sent, 'Shenyang'), orphaned: false }],
    });
    expect(bundle.document.text).toBe(doc.text);
    expect(bundle.annotations[0]).toMatchObject({ ...rangeOf(doc.text, 'Shenyang'), quote: 'Shenyang' });
    expect(await api.call('documents:bundle', { id: doc.id })).toEqual(bundle);
  });

  test('an edited document exports as Copydesk JSON that re-imports without warnings', async () => {
    const { api, doc } = await setup();
    await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'entity', label: 'PLACE', ...rangeOf(doc.text, 'Shenyang') }] });
    const sent = `  ${doc.text.replace('Friday.', 'Friday.\n\n   \nMore visitors are expected.  ')}\n`;
    await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text: sent, moves: [] });
    const [file] = await api.call('export:document', { id: doc.id, format: 'copydesk-json' });
    // Its imported text is the original's, still in the library: a second copy needs "Import anyway".
    const data = Buffer.from(file.content).toString('base64');
    const again = await api.call('documents:import', { name: file.name, data, allowDuplicate: true });
    expect(again).toMatchObject({ status: 'imported', warnings: [] });
  });
});

describe('offsets that split a character are refused', () => {
  test('a move ending inside an emoji is invalid input, and nothing is saved', async () => {
    const { api, doc } = await setup('Harbin 🚢 port\nSecond line.');
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'note', start: 0, end: 6 }] });
    const error = await api.fail('documents:updateText', {
      id: doc.id,
      baseRevision: 0,
      text: doc.text,
      moves: [{ id: annotations[0].id, start: 0, end: 8, orphaned: false }],
    });
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('in the middle of the character') });
    expect((await api.call('documents:get', { id: doc.id })).revision).toBe(0);
  });

  test('creating an annotation that starts inside an emoji is invalid input', async () => {
    const { api, doc } = await setup('Harbin 🚢 port\nSecond line.');
    const error = await api.fail('annotations:create', { documentId: doc.id, annotations: [{ kind: 'note', start: 8, end: 13 }] });
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/starts at 8, in the middle of the character .*Select whole characters/) });
  });
});

describe('stale offsets', () => {
  const STALE = 'The text of this document changed since you opened it (another window or the command line edited it). Reload to see the current text.';

  test('create, update and restore with an old baseRevision are refused; the current one is accepted', async () => {
    const { api, doc } = await setup();
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      baseRevision: 0,
      annotations: [{ kind: 'note', ...rangeOf(doc.text, 'Shenyang') }],
    });
    await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text: `Cold ${doc.text}`, moves: [] });

    const create = await api.fail('annotations:create', { documentId: doc.id, baseRevision: 0, annotations: [{ kind: 'note', start: 0, end: 4 }] });
    expect(create).toEqual({ code: 'conflict', message: STALE });
    const update = await api.fail('annotations:update', { id: annotations[0].id, start: 0, end: 4, baseRevision: 0 });
    expect(update).toEqual({ code: 'conflict', message: STALE });
    // A change that does not move it does not depend on the text.
    await api.call('annotations:update', { id: annotations[0].id, attrs: { note: 'check spelling' }, baseRevision: 0 });

    const current = await api.call('annotations:list', { documentId: doc.id });
    await api.call('annotations:delete', { ids: [annotations[0].id] });
    const restore = await api.fail('annotations:restore', { documentId: doc.id, baseRevision: 0, annotations: current });
    expect(restore).toEqual({ code: 'conflict', message: STALE });
    expect((await api.call('annotations:restore', { documentId: doc.id, baseRevision: 1, annotations: current })).restored).toBe(1);
    expect((await api.call('annotations:create', { documentId: doc.id, baseRevision: 1, annotations: [{ kind: 'note', start: 0, end: 4 }] })).annotations).toHaveLength(1);
  });
});
