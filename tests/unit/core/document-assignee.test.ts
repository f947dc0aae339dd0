import { describe, expect, test } from 'vitest';
import { actingAs } from '../../../src/main/core/actor';
import { b64, client, importText, newCore } from './helpers';

const MEI = { id: 'u-mei', name: 'Mei Chen', role: 'editor' };
const SAM = { id: 'u-sam', name: 'Sam Lee', role: 'fact-checker' };
const CHIEF = { id: 'u-dana', name: 'Dana Park', role: 'chief' };

/** A core holding `n` documents (distinct texts), oldest first, and its client. */
async function library(n: number) {
  const core = newCore();
  const api = client(core);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await importText(core, `Story ${i}\nThe council met on day ${i}.`, `story-${i}.txt`)).document.id);
  return { core, api, ids };
}

describe('documents assigned to people', () => {
  test('a bulk assignment shows in "My queue" and the assignee filter with true totals, and is logged with its actor', async () => {
    const { api, ids } = await library(4);
    await api.call('settings:set', { reviewerName: 'Ana Ruiz' });
    const answer = await api.call('documents:bulk', { selection: { ids: [ids[0], ids[2]] }, action: { kind: 'assign', assignee: 'Ana Ruiz' } });
    expect(answer.done).toBe(2);
    await api.call('documents:bulk', { selection: { ids: [ids[3]] }, action: { kind: 'assign', assignee: 'Mei Chen' } });

    const mine = await api.call('documents:page', { mine: true, limit: 1 });
    expect(mine).toMatchObject({ total: 2, libraryTotal: 4 });
    expect(mine.rows[0].document.assignee).toBe('Ana Ruiz');
    const second = await api.call('documents:page', { mine: true, limit: 1, after: mine.nextCursor! });
    expect([mine.rows[0].document.id, second.rows[0].document.id].sort()).toEqual([ids[0], ids[2]].sort());

    expect((await api.call('documents:page', { assignee: 'Mei Chen' })).rows.map((r) => r.document.id)).toEqual([ids[3]]);
    expect((await api.call('documents:page', { assignee: null })).rows.map((r) => r.document.id)).toEqual([ids[1]]);
    const byAssignee = await api.call('documents:page', { sort: 'assignee', direction: 'asc' });
    expect(byAssignee.rows.map((r) => r.document.assignee)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Mei Chen', null]);
    expect((await api.call('documents:ids', { filter: { mine: true } })).ids.sort()).toEqual([ids[0], ids[2]].sort());

    const events = await api.call('events:list', { documentId: ids[0] });
    expect(events.find((e) => e.action === 'document.assigned')).toMatchObject({ actor: 'Ana Ruiz', data: { before: null, after: 'Ana Ruiz' } });
    expect((await api.call('documents:assignees', {})).names).toEqual(['Ana Ruiz', 'Mei Chen']);
  });

  test('"all matching My queue" can be given back in chunks, and an unassignment is logged', async () => {
    const { api, ids } = await library(5);
    await api.call('settings:set', { reviewerName: 'Ana Ruiz' });
    await api.call('documents:bulk', { selection: { ids }, action: { kind: 'assign', assignee: 'Ana Ruiz' } });
    let done = 0;
    for (let afterSeq: number | null = 0; afterSeq !== null; ) {
      const chunk: { done: number; nextSeq: number | null } = await api.call('documents:bulk', {
        selection: { filter: { mine: true }, except: [ids[4]] },
        action: { kind: 'assign', assignee: null },
        afterSeq,
        limit: 2,
      });
      done += chunk.done;
      afterSeq = chunk.nextSeq;
    }
    expect(done).toBe(4);
    expect((await api.call('documents:page', { mine: true })).rows.map((r) => r.document.id)).toEqual([ids[4]]);
    expect((await api.call('events:list', { documentId: ids[1] })).find((e) => e.action === 'document.unassigned')).toMatchObject({
      data: { before: 'Ana Ruiz', after: null },
    });
  });

  test('an editor or fact-checker takes a free document or gives back their own; only the chief assigns others', async () => {
    const { api, ids } = await library(3);
    const as = (user: typeof MEI, assignee: string | null, id: string) =>
      actingAs(user, () => api.fail('documents:bulk', { selection: { ids: [id] }, action: { kind: 'assign', assignee } }).catch(() => null));

    expect(await as(MEI, 'Mei Chen', ids[0])).toBeNull(); // Take
    expect(await as(MEI, 'Sam Lee', ids[1])).toMatchObject({
      code: 'unauthorized',
      message: 'You are signed in as an editor and cannot assign documents to others; ask a chief editor.',
    });
    expect(await as(SAM, 'Sam Lee', ids[0])).toMatchObject({
      message: 'You are signed in as a fact-checker and cannot reassign a document assigned to Mei Chen; ask a chief editor.',
    });
    expect(await as(SAM, null, ids[0])).toMatchObject({ code: 'unauthorized' });
    expect((await api.call('documents:get', { id: ids[0] })).assignee).toBe('Mei Chen');
    expect(await as(MEI, null, ids[0])).toBeNull(); // gives it back
    expect(await as(CHIEF, 'Sam Lee', ids[2])).toBeNull();
    expect((await api.call('documents:page', { sort: 'assignee', direction: 'asc' })).rows.map((r) => r.document.assignee)).toEqual(['Sam Lee', null, null]);
    expect((await actingAs(SAM, () => api.call('documents:assignees', {}))).assignOthers).toBe(false);
  });

  test('Copydesk JSON carries the assignee through export and import', async () => {
    const { api, ids } = await library(1);
    await api.call('documents:bulk', { selection: { ids }, action: { kind: 'assign', assignee: 'Mei Chen' } });
    const [file] = await api.call('export:document', { id: ids[0], format: 'copydesk-json' });
    expect(JSON.parse(file.content as string).document.assignee).toBe('Mei Chen');
    const copy = await api.call('documents:import', { name: 'copy.copydesk.json', data: b64(file.content as string), allowDuplicate: true });
    expect(copy.status === 'imported' && copy.document.assignee).toBe('Mei Chen');
  });
});
