/**
 * Assigning documents on a team server: the team's people are offered by name, the chief assigns
 * anyone, an editor takes a free document (and is refused assigning a colleague), "My queue" is the
 * signed-in user's, and the history names who assigned.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../../src/main/core/pg/cluster';
import { createCore, type Core } from '../../../src/main/core/service';
import { startTeamServer, type TeamServer } from '../../../src/team/server';
import { freshTeamDb, startCluster } from './team-db';

let cluster: PgCluster;
let dir: string;
let core: Core;
let db: Awaited<ReturnType<typeof freshTeamDb>>;
let server: TeamServer;

function send(path: string, body: unknown, cookie?: string): Promise<{ status: number; cookie: string; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie'] ?? '').split(';')[0], json: text ? JSON.parse(text) : null });
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

beforeAll(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(join(tmpdir(), 'copydesk-assign-server-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  db = await freshTeamDb(cluster);
  const dana = await db.accounts.createUser({ login: 'dana', displayName: 'Dana Park', role: 'chief', isAdmin: true }, 'dana-password-1');
  await db.accounts.createUser({ login: 'mei', displayName: 'Mei Chen', role: 'editor', isAdmin: false }, 'mei-password-12');
  await db.accounts.createUser({ login: 'sam', displayName: 'Sam Lee', role: 'fact-checker', isAdmin: false }, 'sam-password-12');
  const gone = await db.accounts.createUser({ login: 'old', displayName: 'Old Hand', role: 'editor', isAdmin: false }, 'old-password-12');
  await db.accounts.updateUser(dana, gone.id, { disabled: true });
  core = createCore({ postgresUrl: db.url, cpu: 'inline', logDir: mkdtempSync(join(dir, 'logs-')) });
  server = await startTeamServer({ core, accounts: db.accounts, health: async () => ({ database: 'ok', schemaVersion: 0 }), rendererDir: dir, log: () => undefined });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await core?.close();
  await db?.close();
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('assigning documents on a team server', () => {
  it('offers the team’s people, lets the chief assign anyone and an editor only take, and keeps each queue its owner’s', async () => {
    const signIn = async (login: string, password: string) => (await send('/auth/sign-in', { login, password })).cookie;
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
