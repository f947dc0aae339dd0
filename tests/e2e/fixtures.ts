/**
 * End-to-end fixture: a real `npm run web` server on a fresh temporary library, which a test can
 * stop and start again on the same file (an editor quitting and reopening Copydesk).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

export interface CopydeskServer {
  /** The URL with its token, as `npm run web` printed it. */
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  /** Call an API operation the way a script would. */
  api<T = unknown>(operation: string, input?: unknown): Promise<T>;
  /** Quit and start again on the same library; `page` is navigated to the new URL. */
  restart(page: Page): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function startServer(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/web.mjs', '--db', dbPath, '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web mode did not start in time:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited with ${code}:\n${output}`));
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

export const test = base.extend<{ copydesk: CopydeskServer }>({
  copydesk: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
    const dbPath = join(dir, 'library.sqlite');
    let running = await startServer(dbPath);
    const server: CopydeskServer = {
      get url() {
        return running.url;
      },
      get origin() {
        return new URL(running.url).origin;
      },
      get token() {
        return new URL(running.url).searchParams.get('token') ?? '';
      },
      dbPath,
      async api<T>(operation: string, input: unknown = {}) {
        const response = await fetch(`${server.origin}/api/${operation}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
          body: JSON.stringify(input),
        });
        const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
        if (!body.ok) throw new Error(`${operation} failed: ${body.error?.message}`);
        return body.value as T;
      },
      async restart(page: Page) {
        await stopServer(running.child);
        running = await startServer(dbPath);
        await page.goto(running.url);
      },
    };
    // A named reviewer, as after the first-use question (trust.spec.ts clears it to ask it).
    await server.api('settings:set', { reviewerName: 'Test Reviewer' });
    // Suggestions after each import are off here, so a spec sees only what it made; assist.spec.ts turns them on.
    await server.api('suggestions:setSettings', { suggestOnImport: false });
    await use(server);
    await stopServer(running.child);
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
