/**
 * Two desks, two team servers, two databases: a session from one is refused by the other, even
 * when the same login exists on both, and neither answers the other's documents.
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

interface Desk {
  core: Core;
  db: Awaited<ReturnType<typeof freshTeamDb>>;
  server: TeamServer;
}

let cluster: PgCluster;
let dir: string;
const desks: Desk[] = [];

function send(desk: Desk, path: string, body: unknown, cookie?: string): Promise<{ status: number; cookie: string; body: string }> {
  return new Promise((resolve, reject) => {
    const json = JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port: desk.server.port,
        path,
        method: 'POST',
        headers: { host: `127.0.0.1:${desk.server.port}`, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie'] ?? '').split(';')[0], body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(json);
  });
}

async function startDesk(name: string): Promise<Desk> {
  const db = await freshTeamDb(cluster);
  await db.accounts.createUser({ login: 'ana', displayName: `Ana of ${name}`, role: 'chief', isAdmin: true }, 'the-same-password');
  // Each desk's library on its own database, as two teams would run it.
  const core = createCore({ postgresUrl: db.url, cpu: 'inline', logDir: mkdtempSync(join(dir, 'logs-')) });
  const server = await startTeamServer({ core, accounts: db.accounts, health: async () => ({ database: 'ok', schemaVersion: 0 }), rendererDir: dir, log: () => undefined });
  const desk = { core, db, server };
  desks.push(desk);
  return desk;
}

beforeAll(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(join(tmpdir(), 'copydesk-two-teams-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Copydesk</title>');
}, 60_000);

afterAll(async () => {
  for (const desk of desks) {
    await desk.server.close();
    await desk.core.close();
    await desk.db.close();
  }
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('two team servers', () => {
  it('refuses one desk’s session on the other and keeps each library to its own desk', async () => {
    const metro = await startDesk('Metro');
    const sports = await startDesk('Sports');
    const signIn = async (desk: Desk) => (await send(desk, '/auth/sign-in', { login: 'ana', password: 'the-same-password' })).cookie;
    const metroCookie = await signIn(metro);
    const sportsCookie = await signIn(sports);
    expect(metroCookie).not.toBe('');

    const data = Buffer.from('Metro desk only\nThe council met on Tuesday.').toString('base64');
    const imported = await send(metro, '/api/documents:import', { name: 'metro.txt', data }, metroCookie);
    expect(imported.status).toBe(200);
    const id = JSON.parse(imported.body).value.document.id as string;

    const stolen = await send(sports, '/api/documents:list', {}, metroCookie);
    expect(stolen.status).toBe(401);
    const own = await send(sports, '/api/documents:get', { id }, sportsCookie);
    expect(JSON.parse(own.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const list = await send(sports, '/api/documents:list', {}, sportsCookie);
    expect(list.status).toBe(200);
    expect(list.body).not.toContain('Metro desk only');
  }, 60_000);
});
