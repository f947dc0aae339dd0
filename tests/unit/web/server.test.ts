import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/service';
import { startWebServer, type WebServer } from '../../../src/web/server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let core: Core;
let server: WebServer;

/** Sends a raw request (so Host and Origin can be set to anything) and collects the answer. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(name: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(input),
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-web-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Copydesk</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("copydesk");');
  writeFileSync(join(renderer, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'not for the browser');
  symlinkSync(join(dir, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
  core = createCore({ dbPath: join(dir, 'library.sqlite'), version: 'test' });
  server = await startWebServer({ core, rendererDir: renderer, maxBodyBytes: 64 * 1024 });
});

afterAll(async () => {
  await server?.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web server: address and token', () => {
  it('listens on 127.0.0.1 with a long random token in its URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(server.url).toContain(server.token);
  });
});

describe('web server: API', () => {
  it('answers a good call with the Result from the core', async () => {
    const answer = await api('documents:list', {});
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: [] });
  });

  it('imports a document and lists it afterwards', async () => {
    const data = Buffer.from('Harbin, June 3 (Xinhua) -- Output rose 5.8% year on year.\n').toString('base64');
    const imported = JSON.parse((await api('documents:import', { name: 'wire.txt', data })).body);
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported' } });
    const listed = JSON.parse((await api('documents:list', {})).body);
    expect(listed.value.map((d: { id: string }) => d.id)).toContain(imported.value.document.id);
  });

  it('answers 200 with ok:false when the core refuses the request', async () => {
    const answer = await api('documents:get', { id: 'no-such-document' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(JSON.parse((await api('documents:get', { id: 7 })).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.parse((await api('documents:explode', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('refuses calls without the token, or with a wrong one, with 401', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${server.token}x`, server.token, 'Basic abc']) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (authorization) headers.authorization = authorization;
      const answer = await send('/api/documents:list', { method: 'POST', headers, body: '{}' });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses requests addressed to another host name (DNS rebinding) with 403', async () => {
    for (const host of ['evil.example:80', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      expect((await api('documents:list', {}, { host })).status).toBe(403);
      expect((await send('/', { headers: { host } })).status).toBe(403);
    }
    expect((await api('documents:list', {}, { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses requests from other origins with 403', async () => {
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`]) {
      expect((await api('documents:list', {}, { origin })).status).toBe(403);
    }
    expect((await api('documents:list', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await api('documents:list', {}, { origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const answer = await send('/api/documents:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: '{"oops"',
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers 415 unless the body is declared as JSON', async () => {
    const answer = await send('/api/documents:list', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${server.token}` },
      body: '{}',
    });
    expect(answer.status).toBe(415);
  });

  it('answers 413 for a body over the limit, and keeps serving afterwards', async () => {
    const big = await api('documents:import', { name: 'big.txt', data: 'A'.repeat(100 * 1024) });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect((await api('documents:list', {})).status).toBe(200);
  });

  it('accepts only POST for the API', async () => {
    expect((await send('/api/documents:list', { headers: { authorization: `Bearer ${server.token}` } })).status).toBe(405);
  });
});

describe('web server: static files', () => {
  it('serves index.html for / with the security headers', async () => {
    const answer = await send('/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('<title>Copydesk</title>');
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the page with its token in the query', async () => {
    expect((await send(`/?token=${server.token}`)).status).toBe(200);
  });

  it('serves assets with their content type, and HEAD without a body', async () => {
    const js = await send('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send('/assets/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await send('/assets/app.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String('console.log("copydesk");'.length));
  });

  it('lets the browser keep a hashed bundle, and asks it to check the page, answering 304 when unchanged', async () => {
    writeFileSync(join(dir, 'renderer', 'assets', 'index-D-BR8nwb.js'), 'console.log("built");');
    const bundle = await send('/assets/index-D-BR8nwb.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send('/assets/app.js')).headers['cache-control']).toBe('no-cache');
    const page = await send('/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const again = await send('/', { headers: { 'If-None-Match': page.headers.etag as string } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Copydesk</title><p>rebuilt, longer than before</p>');
    const rebuilt = await send('/', { headers: { 'If-None-Match': page.headers.etag as string } });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body).toContain('rebuilt');
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Copydesk</title><script type="module" src="/assets/app.js"></script>');
  });

  it('answers 404 for files that do not exist and for folders', async () => {
    expect((await send('/assets/missing.js')).status).toBe(404);
    expect((await send('/assets')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/assets/link.txt', '/%00index.html']) {
      const answer = await send(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('not for the browser');
    }
  });

  it('answers 405 to other methods', async () => {
    expect((await send('/', { method: 'DELETE' })).status).toBe(405);
  });
});
