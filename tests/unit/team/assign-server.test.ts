/**
 * Assigning documents on a team server: the team's people are offered by name, the chief assigns
 * anyone, an editor takes a free document (and is refused assigning a colleague), "My queue" is the
 * signed-in user's, and the history names who assigned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskServer, type DeskServer } from './desk-server';

let desk: DeskServer;
const send = (path: string, body: unknown, cookie?: string) => desk.send(path, body, cookie);

beforeAll(async () => {
  desk = await startDeskServer('assign-server');
}, 60_000);

afterAll(async () => {
  await desk?.close();
});

describe('assigning documents on a team server', () => {
  it('offers the team’s people, lets the chief assign anyone and an editor only take, and keeps each queue its owner’s', async () => {
    const signIn = (login: string, password: string) => desk.signIn(login, password);
    const dana = await signIn('dana', 'dana-password-1');
    const mei = await signIn('mei', 'mei-password-12');
    const ids: string[] = [];
    for (const name of ['council', 'budget', 'harbour']) {
      const data = Buffer.from(`The ${name} story\nThe ${name} met on Tuesday.`).toString('base64');
      ids.push((await send('/api/documents:import', { name: `${name}.txt`, data }, dana)).json.value.document.id);
    }

    const offered = (await send('/api/documents:assignees', {}, mei)).json.value;
    expect(offered).toEqual({ names: ['Dana Park', 'Mei Chen', 'Sam Lee'], me: 'Mei Chen', assignOthers: false });
    expect((await send('/api/documents:assignees', {}, dana)).json.value.assignOthers).toBe(true);

    const assign = (cookie: string, id: string, assignee: string | null) =>
      send('/api/documents:bulk', { selection: { ids: [id] }, action: { kind: 'assign', assignee } }, cookie);
    expect((await assign(mei, ids[0], 'Mei Chen')).json).toMatchObject({ ok: true, value: { done: 1 } });
    expect((await assign(mei, ids[1], 'Sam Lee')).json).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'You are signed in as an editor and cannot assign documents to others; ask a chief editor.' },
    });
    expect((await assign(dana, ids[1], 'Sam Lee')).json.ok).toBe(true);
    expect((await assign(dana, ids[2], 'Dana Park')).json.ok).toBe(true);
    expect((await assign(mei, ids[2], null)).json.error.message).toBe(
      'You are signed in as an editor and cannot reassign a document assigned to Dana Park; ask a chief editor.',
    );

    const queue = (await send('/api/documents:page', { mine: true }, mei)).json.value;
    expect(queue.rows.map((r: { document: { id: string } }) => r.document.id)).toEqual([ids[0]]);
    expect(queue.total).toBe(1);
    expect((await send('/api/documents:page', { mine: true }, dana)).json.value.rows[0].document.id).toBe(ids[2]);
    const history = (await send('/api/events:list', { documentId: ids[1] }, mei)).json.value;
    expect(history.find((e: { action: string }) => e.action === 'document.assigned')).toMatchObject({ actor: 'Dana Park', data: { after: 'Sam Lee' } });
  }, 60_000);
});
