import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../../src/main/core/pg/cluster';
import { createCore, type Core } from '../../../src/main/core/service';
import { startTeamServer, type TeamServer } from '../../../src/team/server';
import { SignInThrottle } from '../../../src/team/throttle';
import type { Accounts } from '../../../src/team/accounts';
import { freshTeamDb, startCluster } from './team-db';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let cluster: PgCluster;
let dir: string;
let core: Core;
let db: Awaited<ReturnType<typeof freshTeamDb>>;
let accounts: Accounts;
let server: TeamServer;
const logLines: string[] = [];

const PASSWORDS = { ada: 'ada-secret-password', ed: 'ed-secret-password', fred: 'fred-secret-password' };

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? (body === undefined ? 'GET' : 'POST'),
        headers: { host: `127.0.0.1:${server.port}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Signs in and answers the Cookie header value to send. */
async function signIn(login: string, password: string): Promise<string> {
  const answer = await send('/auth/sign-in', { body: { login, password } });
  expect(answer.status).toBe(200);
  const setCookie = String(answer.headers['set-cookie']);
  return setCookie.split(';')[0];
}

function api(name: string, input: unknown, cookie?: string): Promise<Answer> {
  return send(`/api/${name}`, { body: input, headers: cookie ? { cookie } : {} });
}

beforeAll(async () => {
  cluster = await startCluster();
  db = await freshTeamDb(cluster);
  accounts = db.accounts;
  dir = mkdtempSync(join(tmpdir(), 'copydesk-team-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><head><title>Copydesk</title></head>');
  core = createCore({ dbPath: join(dir, 'library.db'), cpu: 'inline' });
  const admin = await accounts.createUser({ login: 'ada', displayName: 'Ada Chief', role: 'chief', isAdmin: true }, PASSWORDS.ada);
  await accounts.createUser({ login: 'ed', displayName: 'Ed Editor', role: 'editor', isAdmin: false }, PASSWORDS.ed);
  void admin;
  server = await startTeamServer({
    core,
    accounts,
    health: async () => ({ database: 'ok', schemaVersion: 2 }),
    rendererDir: dir,
    log: (line) => logLines.push(line),
    changePollMs: 50,
    throttle: new SignInThrottle(db.pool, { limit: 3, windowMs: 60_000 }),
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  core?.close();
  await db?.close();
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the team server', () => {
  it('refuses API calls without a session cookie (401), and with a made-up one', async () => {
    const none = await api('documents:list', {});
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toMatch(/not signed in/);
    expect((await api('documents:list', {}, 'copydesk_session=' + 'A'.repeat(43))).status).toBe(401);
    expect((await send('/api/changes')).status).toBe(401);
    expect((await send('/auth/me', { body: {} })).status).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie on sign-in and answers who is signed in', async () => {
    const answer = await send('/auth/sign-in', { body: { login: 'ada', password: PASSWORDS.ada } });
    expect(answer.status).toBe(200);
    const cookie = String(answer.headers['set-cookie']);
    expect(cookie).toMatch(/^copydesk_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const me = await send('/auth/me', { body: {}, headers: { cookie: cookie.split(';')[0] } });
    expect(JSON.parse(me.body).value.user).toMatchObject({ login: 'ada', displayName: 'Ada Chief', role: 'chief', isAdmin: true });
  });

  it('refuses a wrong password with one sentence, and throttles repeated failures', async () => {
    const wrong = await send('/auth/sign-in', { body: { login: 'ghost', password: 'wrong password 1' } });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error.message).toBe('The login or the password is wrong (or the account is disabled).');
    await send('/auth/sign-in', { body: { login: 'ghost', password: 'wrong password 2' } });
    await send('/auth/sign-in', { body: { login: 'ghost', password: 'wrong password 3' } });
    const throttled = await send('/auth/sign-in', { body: { login: 'ghost', password: 'wrong password 4' } });
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBeDefined();
  });

  it('records writes under the signed-in user’s name (events log)', async () => {
    const cookie = await signIn('ed', PASSWORDS.ed);
    const imported = JSON.parse((await api('documents:import', { name: 'a.txt', data: Buffer.from('Ada Lovelace met Charles Babbage in London.').toString('base64') }, cookie)).body);
    expect(imported.ok).toBe(true);
    const id = imported.value.document.id;
    const created = JSON.parse((await api('annotations:create', { documentId: id, annotations: [{ kind: 'entity', label: 'PERSON', start: 0, end: 12 }] }, cookie)).body);
    expect(created.ok).toBe(true);
    const events = JSON.parse((await api('events:list', { documentId: id }, cookie)).body).value as Array<{ actor: string; action: string }>;
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set(['Ed Editor']));
    // The reviewer name the app shows and records is the account's, for each user.
    expect(JSON.parse((await api('settings:get', {}, cookie)).body).value).toEqual({ reviewerName: 'Ed Editor' });
    expect(JSON.parse((await api('settings:get', {}, await signIn('ada', PASSWORDS.ada))).body).value).toEqual({ reviewerName: 'Ada Chief' });
  });

  it('names the fact-checker who gave a verdict in the claim and in the ClaimReview export', async () => {
    const editor = await signIn('ed', PASSWORDS.ed);
    await accounts.createUser({ login: 'fay', displayName: 'Fay Checker', role: 'fact-checker', isAdmin: false }, 'fay password 12');
    const checker = await signIn('fay', 'fay password 12');
    const text = 'The bureau said output rose by 12 percent in the first quarter.';
    const doc = JSON.parse((await api('documents:import', { name: 'claim.txt', data: Buffer.from(text).toString('base64') }, editor)).body).value.document;
    const marked = JSON.parse((await api('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', start: 9, end: text.length - 1 }] }, editor)).body);
    const claimId = marked.value.annotations[0].id;
    const verdict = JSON.parse((await api('claims:update', { annotationId: claimId, status: 'verified', verdict: 'The bureau’s release says 12%.' }, checker)).body);
    expect(verdict.value.verdictBy).toBe('Fay Checker');
    const files = JSON.parse((await api('export:document', { id: doc.id, format: 'claimreview' }, editor)).body).value as Array<{ content: string }>;
    expect(files[0].content).toContain('"name": "Fay Checker"');
  });

  it('refuses a call the role may not make with 403 and a sentence, and writes nothing', async () => {
    const cookie = await signIn('ed', PASSWORDS.ed);
    const page = JSON.parse((await api('documents:list', {}, cookie)).body).value as Array<{ id: string }>;
    const refused = await api('documents:delete', { id: page[0].id }, cookie);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error.message).toBe('You are signed in as an editor and cannot delete documents; ask a chief editor.');
    expect(JSON.parse((await api('documents:list', {}, cookie)).body).value).toHaveLength(page.length);
    const reviewed = await api('documents:setStatus', { id: page[0].id, status: 'reviewed' }, cookie);
    expect(reviewed.status).toBe(403);
  });

  it('lets an admin invite; the invitee sets a password with the link and is signed in with the role given', async () => {
    const admin = await signIn('ada', PASSWORDS.ada);
    const invite = JSON.parse((await send('/admin/invite', { body: { login: 'fred', displayName: 'Fred Checker', role: 'fact-checker' }, headers: { cookie: admin } })).body);
    expect(invite.value.link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#/invite/[A-Za-z0-9_-]{43}$`));
    const token = invite.value.link.split('/').pop();
    expect(JSON.parse((await send('/auth/invite', { body: { token } })).body).value).toMatchObject({ login: 'fred', role: 'fact-checker' });
    const accepted = await send('/auth/accept', { body: { token, password: PASSWORDS.fred } });
    expect(accepted.status).toBe(200);
    const fred = String(accepted.headers['set-cookie']).split(';')[0];
    const me = JSON.parse((await send('/auth/me', { body: {}, headers: { cookie: fred } })).body);
    expect(me.value.user).toMatchObject({ login: 'fred', role: 'fact-checker', isAdmin: false });
    expect((await send('/auth/accept', { body: { token, password: 'another password' } })).status).toBe(404);
    expect((await send('/admin/users', { body: {}, headers: { cookie: fred } })).status).toBe(403);
  });

  it('disabling a user refuses their very next request, the change feed included', async () => {
    const admin = await signIn('ada', PASSWORDS.ada);
    const victim = await accounts.createUser({ login: 'vic', displayName: 'Vic', role: 'editor', isAdmin: false }, 'vic password 12');
    const cookie = await signIn('vic', 'vic password 12');
    expect((await api('documents:list', {}, cookie)).status).toBe(200);
    const closed = new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/changes', headers: { host: `127.0.0.1:${server.port}`, cookie } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(text));
      });
      req.end();
    });
    await new Promise((r) => setTimeout(r, 100));
    const disabled = await send('/admin/user', { body: { id: victim.id, disabled: true }, headers: { cookie: admin } });
    expect(JSON.parse(disabled.body).value.user.disabled).toBe(true);
    expect((await api('documents:list', {}, cookie)).status).toBe(401);
    expect(await closed).toMatch(/^retry: 2000\nevent: change/);
  });

  it('tells a listener of /api/changes when another user writes', async () => {
    const reader = await signIn('ada', PASSWORDS.ada);
    const writer = await signIn('ed', PASSWORDS.ed);
    const events: string[] = [];
    const req = request({ host: '127.0.0.1', port: server.port, path: '/api/changes', headers: { host: `127.0.0.1:${server.port}`, cookie: reader } }, (res) => {
      expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
      res.on('data', (chunk: Buffer) => events.push(chunk.toString()));
    });
    req.end();
    await new Promise((r) => setTimeout(r, 150));
    const before = events.join('').split('event: change').length;
    await api('documents:import', { name: 'b.txt', data: Buffer.from('Another wire story from Paris.').toString('base64') }, writer);
    await new Promise((r) => setTimeout(r, 300));
    req.destroy();
    expect(events.join('').split('event: change').length).toBeGreaterThan(before);
  });

  it('answers only to its own host names and origin', async () => {
    const cookie = await signIn('ada', PASSWORDS.ada);
    expect((await send('/api/documents:list', { body: {}, headers: { cookie, host: 'evil.example:80' } })).status).toBe(403);
    expect((await send('/api/documents:list', { body: {}, headers: { cookie, origin: 'https://evil.example' } })).status).toBe(403);
    expect((await send('/api/documents:list', { body: {}, headers: { cookie, 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await send('/api/documents:list', { body: {}, headers: { cookie, origin: `http://127.0.0.1:${server.port}` } })).status).toBe(200);
  });

  it('marks the app page as a team server’s, so the app shows sign-in instead of the library', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toBe('<!doctype html><head><meta name="copydesk-server" content="team"><title>Copydesk</title></head>');
  });

  it('reports health without a session', async () => {
    const health = await send('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body).value).toEqual({ database: 'ok', schemaVersion: 2 });
  });

  it('logs one JSON line per request, with the operation and user but never a password, token or body', async () => {
    const lines = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const annotate = lines.find((l) => l.operation === 'annotations:create');
    expect(annotate).toMatchObject({ method: 'POST', path: '/api/annotations:create', status: 200 });
    expect(typeof annotate?.userId).toBe('string');
    expect(typeof annotate?.ms).toBe('number');
    expect(lines.some((l) => l.operation === '/auth/sign-in' && l.status === 401)).toBe(true);
    const all = logLines.join('\n');
    for (const secret of [...Object.values(PASSWORDS), 'vic password 12', 'wrong password 1']) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/[A-Za-z0-9_-]{43}/); // no session or invite token
    expect(all).not.toContain('Ada Lovelace'); // no document text
  });
});

describe('the listening address', () => {
  it('refuses a non-loopback address without --public, saying why', async () => {
    await expect(
      startTeamServer({ core, accounts, health: async () => ({ database: 'ok', schemaVersion: 2 }), rendererDir: dir, host: '0.0.0.0', log: () => {} }),
    ).rejects.toThrow(/not a loopback address.*TLS reverse proxy/);
  });
});
