/**
 * A team server on a fresh library, in this process, with the desk these tests assign work on:
 * Dana Park (chief editor, administrator), Mei Chen (editor), Sam Lee (fact-checker) and Old Hand (an
 * editor whose account is disabled). `send` posts JSON as a browser would, with a session cookie.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PgCluster } from '../../../src/main/core/pg/cluster';
import { createCore, type Core } from '../../../src/main/core/service';
import { startTeamServer, type TeamServer } from '../../../src/team/server';
import { freshTeamDb, startCluster } from './team-db';

export interface Answer {
  status: number;
  /** The session cookie the answer sets (`name=value`), or ''. */
  cookie: string;
  json: any;
}

export interface DeskServer {
  server: TeamServer;
  send(path: string, body: unknown, cookie?: string): Promise<Answer>;
  /** The session cookie of a signed-in member. */
  signIn(login: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export const PASSWORDS = { dana: 'dana-password-1', mei: 'mei-password-12', sam: 'sam-password-12' } as const;

export async function startDeskServer(name: string): Promise<DeskServer> {
  const cluster: PgCluster = await startCluster();
  const dir = mkdtempSync(join(tmpdir(), `copydesk-${name}-`));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  const db = await freshTeamDb(cluster);
  const chief = await db.accounts.createUser({ login: 'dana', displayName: 'Dana Park', role: 'chief', isAdmin: true }, PASSWORDS.dana);
  await db.accounts.createUser({ login: 'mei', displayName: 'Mei Chen', role: 'editor', isAdmin: false }, PASSWORDS.mei);
  await db.accounts.createUser({ login: 'sam', displayName: 'Sam Lee', role: 'fact-checker', isAdmin: false }, PASSWORDS.sam);
  const gone = await db.accounts.createUser({ login: 'old', displayName: 'Old Hand', role: 'editor', isAdmin: false }, 'old-password-12');
  await db.accounts.updateUser(chief, gone.id, { disabled: true });
  const core: Core = createCore({ postgresUrl: db.url, cpu: 'inline', logDir: mkdtempSync(join(dir, 'logs-')) });
  const server = await startTeamServer({ core, accounts: db.accounts, health: async () => ({ database: 'ok', schemaVersion: 0 }), rendererDir: dir, log: () => undefined });

  const send = (path: string, body: unknown, cookie?: string) =>
    new Promise<Answer>((resolve, reject) => {
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

  return {
    server,
    send,
    signIn: async (login, password) => (await send('/auth/sign-in', { login, password })).cookie,
    async close() {
      await server.close();
      await core.close();
      await db.close();
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
