/**
 * An orphaned annotation whose words come back (a deletion undone while correcting) is attached
 * again where it was; one whose name merely occurs elsewhere stays orphaned. Orphans can also be
 * attached by hand to a new range (`annotations:update` with start/end).
 */
import { describe, expect, test } from 'vitest';
import { client, importText, newCore, rangeOf } from './helpers';

const TEXT = [
  'Harbin Electric names a new deputy',
  'Wang Lei, Deputy General Manager of the Group, signed the contract on Friday.',
  'A Deputy General Manager of another firm attended.',
].join('\n');

async function setup() {
  const core = newCore();
  const api = client(core);
  const doc = (await importText(core, TEXT)).document;
  const at = rangeOf(doc.text, 'Deputy General Manager');
  const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'entity', label: 'PERSON', ...at }] });
  return { api, doc, at, id: annotations[0].id };
}

const deleted = TEXT.replace('Deputy General Manager of the Group', ' of the Group');

describe('undoing a deletion attaches the orphan again', () => {
  test('deleted and restored before the save: the editor reports it orphaned, the core attaches it at its old range', async () => {
    const { api, doc, at, id } = await setup();
    const bundle = await api.call('documents:updateText', {
      id: doc.id,
      baseRevision: 0,
      text: TEXT,
      moves: [{ id, start: at.start, end: at.start, orphaned: true }],
    });
    expect(bundle.annotations.find((a) => a.id === id)).toMatchObject({ ...at, orphaned: false, quote: 'Deputy General Manager' });
  });

  test('deleted in one save and restored in the next: the stored orphan is attached again', async () => {
    const { api, doc, at, id } = await setup();
    const first = await api.call('documents:updateText', {
      id: doc.id,
      baseRevision: 0,
      text: deleted,
      moves: [{ id, start: at.start, end: at.start, orphaned: true }],
    });
    expect(first.annotations.find((a) => a.id === id)!.orphaned).toBe(true);
    const second = await api.call('documents:updateText', { id: doc.id, baseRevision: 1, text: TEXT, moves: [] });
    expect(second.annotations.find((a) => a.id === id)).toMatchObject({ ...at, orphaned: false });
    const events = await api.call('events:list', { documentId: doc.id });
    expect(events.find((e) => e.action === 'document.text_updated' && e.data.revisionAfter === 2)!.data).toMatchObject({ reattached: 1 });
  });

  test('the same words elsewhere, without its context, do not capture it', async () => {
    const { api, doc, at, id } = await setup();
    await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text: deleted, moves: [{ id, start: at.start, end: at.start, orphaned: true }] });
    // Typed again with different surroundings: not its place.
    const retyped = deleted.replace(' of the Group', 'Deputy General Manager of the holding');
    const bundle = await api.call('documents:updateText', { id: doc.id, baseRevision: 1, text: retyped, moves: [] });
    expect(bundle.annotations.find((a) => a.id === id)!.orphaned).toBe(true);
  });
});

describe('attaching an orphan by hand', () => {
  test('annotations:update with a new range attaches it there with a fresh quote', async () => {
    const { api, doc, at, id } = await setup();
    const bundle = await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text: deleted, moves: [{ id, start: at.start, end: at.start, orphaned: true }] });
    const target = rangeOf(bundle.document.text, 'Wang Lei');
    const after = await api.call('annotations:update', { id, baseRevision: 1, ...target });
    expect(after).toMatchObject({ ...target, quote: 'Wang Lei', orphaned: false });
  });
});
