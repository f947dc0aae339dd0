/**
 * Who a write is recorded as: the signed-in team user while a team server answers for them, else the
 * reviewer named in Settings (trimmed), else "editor" — on both stores (the `pg` project runs this too).
 */
import { describe, expect, test } from 'vitest';
import { actingAs } from '../../../src/main/core/actor';
import { client, importText, newCore, rangeOf } from './helpers';

async function lastActor(core: ReturnType<typeof newCore>, documentId: string): Promise<string> {
  const events = await client(core).call('events:list', { documentId });
  return events[0].actor;
}

describe('the actor of a write', () => {
  test('falls back from the signed-in user to the reviewer name to "editor"', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    const rename = (title: string) => api.call('documents:rename', { id: doc.id, title });

    await api.call('settings:set', { reviewerName: '   ' });
    await rename('Blank name');
    expect(await lastActor(core, doc.id)).toBe('editor');

    await api.call('settings:set', { reviewerName: '  Ana Duarte ' });
    await rename('Named');
    expect(await lastActor(core, doc.id)).toBe('Ana Duarte');

    await actingAs({ id: 'u1', name: 'Mei Chen', role: 'chief' }, () => rename('Signed in'));
    expect(await lastActor(core, doc.id)).toBe('Mei Chen');
  });

  test('a claim marked on this computer is assigned to the reviewer; on a team server to nobody until the desk assigns it', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    const mark = (quote: string) =>
      api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', ...rangeOf(doc.text, quote) }] }).then((r) => r.annotations[0].id);
    const assigneeOf = async (id: string) => (await api.call('claims:list', { documentId: doc.id })).find((c) => c.annotation.id === id)?.claim.assignee;

    await api.call('settings:set', { reviewerName: ' Ana Duarte ' });
    expect(await assigneeOf(await mark('The three northeastern provinces'))).toBe('Ana Duarte');
    const marked = await actingAs({ id: 'u2', name: 'Ed Editor', role: 'editor' }, () => mark('5.8%'));
    expect(await assigneeOf(marked)).toBeNull();
  });
});
