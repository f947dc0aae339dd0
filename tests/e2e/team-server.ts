/**
 * A team server for the end-to-end tests: `scripts/server.mjs --pg-scratch` (a throw-away PostgreSQL
 * cluster) with an admin chief editor, and the steps every team spec repeats — signing in, inviting
 * someone through the admin routes, accepting an invite, calling the API as the signed-in user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { findPgBin } from '../../src/main/core/pg/cluster';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Call at the top of a team spec: without PostgreSQL (no initdb) its tests are skipped, saying why. */
export function skipWithoutPostgres(): void {
  test.skip(findPgBin() === null, 'PostgreSQL is not installed (no initdb): the team server specs are skipped. Install the Debian "postgresql" package to run them.');
}

/**
 * For a team spec: skips it without PostgreSQL, starts one team server before the file's tests
 * (`onStarted` gets its address) and stops it after them.
 */
export function teamServerForFile(onStarted: (server: TeamServer) => void): void {
  skipWithoutPostgres();
  let server: TeamServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(240_000); // npm run server rebuilds the renderer first when its sources changed
    server = await startTeamServer();
    onStarted(server);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
}

/** The admin the server creates: a chief editor. */
export const CHIEF = { login: 'ada', name: 'Ada Chief', password: 'ada-e2e-password' } as const;

/** Two browsers, a team server and a PostgreSQL cluster share two cores with the rest of the suite: a page's first load can take seconds. */
export const patient = expect.configure({ timeout: 30_000 });

/** A running team server. */
export interface TeamServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a team server on a free port; resolves once it listens. Call within a `beforeAll` of ≥ 240 s (it may rebuild the renderer first). */
export async function startTeamServer(): Promise<TeamServer> {
  const logDir = mkdtempSync(join(tmpdir(), 'copydesk-team-e2e-'));
  const server: ChildProcess = spawn(
    process.execPath,
    ['scripts/server.mjs', '--pg-scratch', '--create-admin', CHIEF.login, '--name', CHIEF.name, '--port', '0', '--log-dir', logDir],
    { cwd: ROOT, env: { ...process.env, COPYDESK_ADMIN_PASSWORD: CHIEF.password }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(logDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`the team server did not start in time:\n${output}`)), 230_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /"event":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      server.stdout!.on('data', onData);
      server.stderr!.on('data', onData);
      server.once('exit', (code) => reject(new Error(`the team server exited with ${code}:\n${output}`)));
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Signs in on the sign-in page and waits for the top bar to name the user (“Ada Chief · Chief editor”). */
export async function signIn(page: Page, url: string, login: string, password: string, greeting: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await patient(page.getByText(greeting)).toBeVisible();
}

/** Invites someone through the admin route as the signed-in admin of `request`; answers the invite link. */
export async function inviteByApi(request: APIRequestContext, url: string, person: { login: string; displayName: string; role: 'editor' | 'fact-checker' | 'chief' }): Promise<string> {
  const answer = await (await request.post(`${url}/admin/invite`, { data: person })).json();
  if (!answer.ok) throw new Error(`could not invite ${person.login}: ${answer.error.message}`);
  return answer.value.link as string;
}

/** Opens an invite link, chooses a password and waits until signed in (`greeting` as the top bar shows it). */
export async function acceptInvite(page: Page, link: string, password: string, greeting: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('The same password again').fill(password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await patient(page.getByText(greeting)).toBeVisible();
}

/** Calls an API operation as the user signed in on `request`'s browser context; throws the server's sentence on refusal. */
export async function teamApi<T>(request: APIRequestContext, url: string, name: string, input: unknown): Promise<T> {
  const answer = await (await request.post(`${url}/api/${name}`, { data: input })).json();
  if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
  return answer.value as T;
}
