/**
 * The sign-in throttle keeps its counts in the team library's database (pg migration 8): a login that
 * failed too often is refused on every server process of the library, and still after a restart —
 * the right password included — until the window has passed. Attempts are counted before the
 * password is checked, so simultaneous guesses cannot slip past the limit.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../../src/main/core/pg/cluster';
import { createCore, type Core } from '../../../src/main/core/service';
import { Accounts } from '../../../src/team/accounts';
import { startTeamServer, type TeamServer } from '../../../src/team/server';
import { SignInThrottle } from '../../../src/team/throttle';
import { up as createSignInFailures } from '../../../src/main/core/pg/migrations/migration-008-sign-in-failures';
import { up as createThrottleSecret } from '../../../src/main/core/pg/migrations/migration-009-throttle-secret';
import { tokenDigest } from '../../../src/team/tokens';
import { freshTeamDb, startCluster, TEST_COST } from './team-db';

let cluster: PgCluster;
let dir: string;
const closing: Array<() => Promise<unknown> | unknown> = [];

beforeAll(async () => {
  cluster = await startCluster();
  dir = mkdtempSync(join(tmpdir(), 'copydesk-throttle-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Copydesk</title>');
}, 60_000);

afterAll(async () => {
  for (const close of closing.reverse()) await close();
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A pool of its own on `url`, as another server process would have. */
function poolOn(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url });
  pool.on('error', () => undefined);
  closing.push(() => pool.end());
  return pool;
}

describe('the sign-in throttle', () => {
  it('makes a login wait after too many failures, until the window has passed, and forgets on success', async () => {
    const db = await freshTeamDb(cluster);
    closing.push(db.close);
    let now = Date.parse('2026-03-01T09:00:00.000Z');
    const throttle = new SignInThrottle(db.pool, { limit: 3, windowMs: 60_000, now: () => now });
    const keys = ['login:ada'];
    for (let i = 0; i < 3; i++) {
      expect(await throttle.attempt(keys)).toBe(0);
      now += 1000;
    }
    expect(await throttle.attempt(keys)).toBe(57_000);
    expect(await throttle.attempt(['login:bob'])).toBe(0);
    now += 57_000;
    expect(await throttle.attempt(keys)).toBe(0);
    await throttle.clear(keys);
    expect(await throttle.attempt(keys)).toBe(0);

    // What was throttled is stored as a digest only (a password typed as the login never lands in the
    // database), keyed with the library's own secret: not the plain SHA-256 every library would share.
    const { rows } = await db.pool.query<{ key_digest: string }>('SELECT key_digest FROM sign_in_failures');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.map((row) => row.key_digest)).not.toContain(tokenDigest('login:ada'));
    const other = await freshTeamDb(cluster);
    closing.push(other.close);
    await new SignInThrottle(other.pool, { limit: 3, windowMs: 60_000, now: () => now }).attempt(keys);
    const elsewhere = (await other.pool.query<{ key_digest: string }>('SELECT key_digest FROM sign_in_failures')).rows[0].key_digest;
    expect(rows.map((row) => row.key_digest)).not.toContain(elsewhere);

    // The migrations may run again on a database that has the tables (idempotent), keeping the rows and the secret.
    await createSignInFailures(db.pool);
    await createThrottleSecret(db.pool);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM sign_in_failures')).rows[0].n).toBe(rows.length);
    // The key stays the same across them: its one failure and two more reach the limit.
    for (let i = 0; i < 2; i++) expect(await throttle.attempt(keys)).toBe(0);
    expect(await throttle.attempt(keys)).toBe(60_000);
  });

  it('lets no more than the limit through when guesses arrive at once on two processes', async () => {
    const db = await freshTeamDb(cluster);
    closing.push(db.close);
    const first = new SignInThrottle(db.pool, { limit: 3, windowMs: 60_000 });
    const second = new SignInThrottle(poolOn(db.url), { limit: 3, windowMs: 60_000 });
    const waits = await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 ? first : second).attempt(['login:ada'])));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(3);
  });
});

/** A team library with one account, and servers on it each with its own pool and accounts, wired as `npm run server` wires one. */
async function teamLibrary(login: string, password: string, locale?: string) {
  const db = await freshTeamDb(cluster, {}, locale);
  closing.push(db.close);
  await db.accounts.createUser({ login, displayName: login.toUpperCase(), role: 'editor', isAdmin: false }, password);
  const core: Core = createCore({ postgresUrl: db.url, cpu: 'inline', logDir: mkdtempSync(join(dir, 'logs-')) });
  closing.push(() => core.close());
  return {
    db,
    /** Starts another server process's worth: a pool of its own, and the default (database) throttle. */
    async serve(): Promise<TeamServer> {
      const accounts = new Accounts({ pool: poolOn(db.url), cost: TEST_COST });
      const server = await startTeamServer({ core, accounts, health: async () => ({ database: 'ok', schemaVersion: 8 }), rendererDir: dir, log: () => undefined });
      closing.push(() => server.close());
      return server;
    },
    signIn(server: TeamServer, tried: string, as = login.toUpperCase()) {
      return new Promise<{ status: number; retryAfter: number }>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: server.port, path: '/auth/sign-in', method: 'POST', headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json' } },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: Number(res.headers['retry-after'] ?? 0) }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ login: as, password: tried }));
      });
    },
  };
}

describe('two team servers on one library', () => {
  it('refuse a login that failed ten times across both, and keep refusing after a restart', async () => {
    const library = await teamLibrary('mei', 'mei-password-12');
    const a = await library.serve();
    const b = await library.serve();
    for (let i = 0; i < 5; i++) {
      expect((await library.signIn(a, `wrong guess ${i}`)).status).toBe(401);
      expect((await library.signIn(b, `another guess ${i}`)).status).toBe(401);
    }
    const refused = await library.signIn(a, 'mei-password-12');
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThan(14 * 60);
    expect((await library.signIn(b, 'mei-password-12')).status).toBe(429);

    await a.close();
    const restarted = await library.serve();
    expect((await library.signIn(restarted, 'mei-password-12')).status).toBe(429);
  }, 60_000);

  it('forget the failures on both once the right password gets through on one', async () => {
    const library = await teamLibrary('sam', 'sam-password-12');
    const a = await library.serve();
    const b = await library.serve();
    for (let i = 0; i < 9; i++) expect((await library.signIn(a, `wrong guess ${i}`)).status).toBe(401);
    expect((await library.signIn(b, 'sam-password-12')).status).toBe(200);
    // Nine more wrong ones on the other server are answered as wrong, not throttled: the count started again.
    for (let i = 0; i < 9; i++) expect((await library.signIn(a, `later guess ${i}`)).status).toBe(401);
  }, 60_000);
});

describe('what is typed into the login field', () => {
  it('counts only as the login it could be: "ADMİN" is no account, and gets no ten guesses of its own', async () => {
    // On a UTF-8 database PostgreSQL's lower('ADMİN') is 'admin', while JavaScript's is 'admi̇n' (a
    // different throttle key): each "i" of a login would have multiplied the guesses allowed.
    const library = await teamLibrary('admin', 'admin-password-1', 'C.utf8');
    const server = await library.serve();
    for (let i = 0; i < 10; i++) expect((await library.signIn(server, `wrong guess ${i}`, 'admin')).status).toBe(401);
    expect((await library.signIn(server, 'admin-password-1', 'ADMIN')).status).toBe(429);
    expect((await library.signIn(server, 'admin-password-1', 'ADMİN')).status).toBe(401);
    expect((await library.signIn(server, 'admin-password-1', 'admın')).status).toBe(401);
  }, 60_000);

  it('records nothing for text no login could be, such as a password typed there', async () => {
    const library = await teamLibrary('mei', 'mei-password-12');
    const server = await library.serve();
    const count = async () => (await library.db.pool.query('SELECT count(*)::int AS n FROM sign_in_failures')).rows[0].n;
    expect((await library.signIn(server, 'mei-password-12', 'my secret phrase!')).status).toBe(401);
    expect(await count()).toBe(0);
    expect((await library.signIn(server, 'wrong', 'mei')).status).toBe(401);
    expect(await count()).toBe(1);
    expect((await library.signIn(server, 'mei-password-12', 'Mei')).status).toBe(200); // a login in any case
  }, 60_000);
});
