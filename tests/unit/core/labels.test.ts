import { describe, expect, test } from 'vitest';
import { client, importText, newCore, rangeOf } from './helpers';

describe('labels', () => {
  test('renaming a label renames it on every annotation, in every document', async () => {
    const core = newCore();
    const api = client(core);
    const one = (await importText(core)).document;
    const two = (await importText(core, 'Other\nThe Group said so.', 'b.txt')).document;
    await api.call('annotations:create', { documentId: one.id, annotations: [{ kind: 'entity', label: 'ORG', ...rangeOf(one.text, 'Harbin Electric Power Group') }] });
    await api.call('annotations:create', { documentId: two.id, annotations: [{ kind: 'entity', label: 'ORG', ...rangeOf(two.text, 'Group') }] });
    const org = (await api.call('labels:list', {})).find((l) => l.name === 'ORG')!;

    const renamed = await api.call('labels:update', { id: org.id, name: 'ORGANISATION' });
    expect(renamed).toMatchObject({ id: org.id, name: 'ORGANISATION', hotkey: '2' });
    for (const doc of [one, two]) {
      expect((await api.call('annotations:list', { documentId: doc.id })).map((a) => a.label)).toEqual(['ORGANISATION']);
    }
    const [event] = await api.call('events:list', { limit: 1 });
    expect(event).toMatchObject({ action: 'label.updated', data: { annotationsRelabelled: 2 } });
  });

  test('names are unique regardless of case, hotkeys are unique', async () => {
    const api = client(newCore());
    expect(await api.fail('labels:create', { name: 'person', color: '#123456' })).toMatchObject({
      code: 'conflict',
      message: 'There is already a label called PERSON.',
    });
    expect(await api.fail('labels:create', { name: 'PRODUCT', color: '#123456', hotkey: '1' })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/The key 1 is already the hotkey of PERSON/),
    });
    const product = await api.call('labels:create', { name: 'PRODUCT', color: '#123456', hotkey: '9' });
    expect(product).toMatchObject({ name: 'PRODUCT', kind: 'entity', hotkey: '9', position: 8 });
    const person = (await api.call('labels:list', {}))[0];
    expect((await api.fail('labels:update', { id: person.id, hotkey: '9' })).code).toBe('conflict');
    // A label may keep its own hotkey and change the case of its own name.
    expect(await api.call('labels:update', { id: product.id, name: 'Product', hotkey: '9' })).toMatchObject({ name: 'Product' });
  });

  test('a label in use cannot be deleted; the message says how many use it', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'entity', label: 'PLACE', ...rangeOf(doc.text, 'Harbin') },
        { kind: 'entity', label: 'PLACE', ...rangeOf(doc.text, 'Harbin', 60) },
      ],
    });
    const place = (await api.call('labels:list', {})).find((l) => l.name === 'PLACE')!;
    expect(await api.fail('labels:delete', { id: place.id })).toMatchObject({
      code: 'conflict',
      message: 'The label PLACE is still used by 2 annotations in 1 document. Relabel or delete them first.',
    });
    const event = (await api.call('labels:list', {})).find((l) => l.name === 'EVENT')!;
    await api.call('labels:delete', { id: event.id });
    expect((await api.call('labels:list', {})).map((l) => l.name)).not.toContain('EVENT');
  });

  test('reordering puts the given labels first and keeps the rest in order', async () => {
    const api = client(newCore());
    const labels = await api.call('labels:list', {});
    const byName = (name: string) => labels.find((l) => l.name === name)!.id;
    const reordered = await api.call('labels:reorder', { ids: [byName('MONEY'), byName('PERSON')] });
    expect(reordered.map((l) => l.name)).toEqual(['MONEY', 'PERSON', 'ORG', 'PLACE', 'DATE', 'PERCENT', 'QUANTITY', 'EVENT']);
    expect((await api.call('labels:list', {})).map((l) => l.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect((await api.fail('labels:reorder', { ids: ['nope'] })).code).toBe('not_found');
  });

  test('a wrongly shaped colour or hotkey is invalid input', async () => {
    const api = client(newCore());
    expect((await api.fail('labels:create', { name: 'X', color: 'red' })).code).toBe('invalid_input');
    expect((await api.fail('labels:create', { name: 'X', color: '#123456', hotkey: 'F1' })).code).toBe('invalid_input');
  });
});
