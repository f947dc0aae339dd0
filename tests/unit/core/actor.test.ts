/**
 * Who a write is recorded as: the signed-in team user while a team server answers for them, else the
 * reviewer named in Settings (trimmed), else "editor" — on both stores (the `pg` project runs this too).
 */
import { describe, expect, test } from 'vitest';
import { actingAs } from '../../../src/main/core/actor';
import { client, importText, newCore } from './helpers';

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
});
