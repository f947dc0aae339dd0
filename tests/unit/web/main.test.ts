import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `src/web/main.ts` as `npm run web` does and resolves with its first line of output. */
function startWeb(args: string[], env: Record<string, string> = {}) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('COPYDESK_MAX_IMPORT_MB' in env)) delete childEnv.COPYDESK_MAX_IMPORT_MB;
  const child = spawn(process.execPath, [tsx, join(root, 'src/web/main.ts'), ...args], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolvePromise) => child.on('exit', (code) => resolvePromise(code)));
  const firstLine = new Promise<string>((resolvePromise, reject) => {
    child.stdout.on('data', () => {
      if (out.includes('\n')) resolvePromise(out.split('\n')[0]);
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${err}`)));
  });
  firstLine.catch(() => {}); // awaited only by the tests that expect the server to start
  return { child, firstLine, exited, output: () => out, errors: () => err };
}

describe('npm run web', () => {
  it('prints its address, answers the API with the printed token, and closes the library on SIGTERM', async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-webmain-'));
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Copydesk</title>');
    const db = join(dir, 'library.sqlite');
    const web = startWeb(['--db', db, '--renderer', join(dir, 'renderer')]);
    const line = await web.firstLine;
    const match = /^Copydesk is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, url, port, token] = match!;
    expect((await fetch(url)).status).toBe(200);
    const info = await fetch(`http://127.0.0.1:${port}/api/app:info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(await info.json()).toMatchObject({ ok: true, value: { dbPath: db } });
    expect(web.output()).toContain(`Library: ${db}`);
    web.child.kill('SIGTERM');
    expect(await web.exited).toBe(0);
    expect(web.output()).toContain('Copydesk stopped');
    expect(existsSync(`${db}-wal`)).toBe(false);
  });

  it('imports up to the limit set with --max-import-mb (or COPYDESK_MAX_IMPORT_MB), and app:info says so', async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-webmain-'));
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Copydesk</title>');
    const infoOf = async (args: string[], env: Record<string, string> = {}) => {
      const web = startWeb(['--db', join(dir, 'library.sqlite'), '--renderer', join(dir, 'renderer'), ...args], env);
      const [, port, token] = /:(\d+)\/\?token=(\S+)$/.exec(await web.firstLine)!;
      const call = (name: string, input: unknown) =>
        fetch(`http://127.0.0.1:${port}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
        }).then((res) => res.json());
      const info = await call('app:info', {});
      // A 42 MB file (56 MB of base64, above the default 40 MB body) gets through the HTTP layer to the import limit.
      const big = await call('documents:import', { name: 'big.txt', data: Buffer.alloc(42 * 1024 * 1024, 'a').toString('base64') });
      web.child.kill('SIGTERM');
      expect(await web.exited).toBe(0);
      return { maxImportBytes: info.value.maxImportBytes, big };
    };
    const fromOption = await infoOf(['--max-import-mb', '40']);
    expect(fromOption.maxImportBytes).toBe(40 * 1024 * 1024);
    expect(fromOption.big).toMatchObject({ ok: true, value: { status: 'skipped', reason: '“big.txt” is 42 MB; the limit is 40 MB.' } });
    expect((await infoOf([], { COPYDESK_MAX_IMPORT_MB: '3' })).maxImportBytes).toBe(3 * 1024 * 1024);
  }, 60_000);

  it('is a usage error with a limit that is not a positive number up to 1024', async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-webmain-'));
    const web = startWeb(['--max-import-mb', '0']);
    expect(await web.exited).toBe(2);
    expect(web.errors()).toContain('--max-import-mb must be a number of megabytes above 0 and at most 256, not "0".');
    const fromEnv = startWeb([], { COPYDESK_MAX_IMPORT_MB: '4096' });
    expect(await fromEnv.exited).toBe(2);
    expect(fromEnv.errors()).toContain('COPYDESK_MAX_IMPORT_MB must be');
  });

  it('says the app is not built when the renderer is missing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-webmain-'));
    const web = startWeb(['--db', join(dir, 'library.sqlite'), '--renderer', join(dir, 'nothing')]);
    expect(await web.exited).toBe(1);
    expect(web.errors()).toMatch(/^copydesk: the app is not built/);
  });

  it('is a usage error with a bad port', async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-webmain-'));
    const web = startWeb(['--port', 'eighty']);
    expect(await web.exited).toBe(2);
    expect(web.errors()).toContain('--port must be a number');
  });
});
