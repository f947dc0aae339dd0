/** `annotations:restore` (undo of a delete): answers what it stored, and never brings back a deleted label. */
import { describe, expect, test } from 'vitest';
import type { Annotation } from '../../../src/shared/types';
import { client, importText, newCore, rangeOf } from './helpers';

async function deletedEntity(label = 'PRODUCT') {
  const core = newCore();
  const api = client(core);
  const doc = (await importText(core)).document;
  const created = await api.call('labels:create', { name: label, color: '#123456', hotkey: null });
  const { annotations } = await api.call('annotations:create', {
    documentId: doc.id,
    annotations: [{ kind: 'entity', label, ...rangeOf(doc.text, 'Harbin Electric Power Group') }],
  });
  await api.call('annotations:delete', { ids: [annotations[0].id] });
  return { api, doc, label: created, annotation: annotations[0] };
}

describe('undo of a delete', () => {
  test('refuses to re-create a label deleted meanwhile, naming it', async () => {
    const { api, doc, label, annotation } = await deletedEntity();
    await api.call('labels:delete', { id: label.id });
    const error = await api.fail('annotations:restore', { documentId: doc.id, annotations: [annotation] });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('the label PRODUCT no longer exists') });
    expect((await api.call('labels:list', {})).map((l) => l.name)).not.toContain('PRODUCT');
    expect(await api.call('annotations:list', { documentId: doc.id })).toEqual([]);
  });

  test('follows a label renamed meanwhile to its new name', async () => {
    const { api, doc, label, annotation } = await deletedEntity();
    await api.call('labels:update', { id: label.id, name: 'BRAND' });
    await api.call('labels:update', { id: label.id, name: 'MAKER' });
    const restored = await api.call('annotations:restore', { documentId: doc.id, annotations: [annotation] });
    expect(restored.annotations).toEqual([{ ...annotation, label: 'MAKER' }]);
    expect((await api.call('annotations:list', { documentId: doc.id }))[0].label).toBe('MAKER');
  });

  test('answers the annotations where they are now, and drops attribute keys the API does not know', async () => {
    const { api, doc, annotation } = await deletedEntity();
    await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text: `Breaking: ${doc.text}`, moves: [] });
    const old = { ...annotation, attrs: { canonical: 'HEPG', colour: 'red' } } as unknown as Annotation;
    const restored = await api.call('annotations:restore', { documentId: doc.id, annotations: [old] });
    expect(restored.annotations[0]).toMatchObject({ start: annotation.start + 10, end: annotation.end + 10, attrs: { canonical: 'HEPG' } });
    expect(restored.annotations[0].attrs).toEqual({ canonical: 'HEPG' });
    // It can be edited like any other.
    await api.call('annotations:update', { id: annotation.id, attrs: restored.annotations[0].attrs });
  });
});
