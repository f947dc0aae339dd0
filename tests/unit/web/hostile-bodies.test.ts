// A request whose body is declared too large, or stops before its declared length, is answered at
// once (413 / 400) instead of holding the connection open without an answer (issue 11, item 25).
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/service';
import { startWebServer, type WebServer } from '../../../src/web/server';

const IDLE_MS = 300;
let dir: string;
let core: Core;
let server: WebServer;

interface RawAnswer {
  status: number;
  body: string;
  ms: number;
}

/**
 * Writes `head` + `body` on a raw socket and keeps it open (unless `halfClose`), answering the first
 * response — or status 0 when none came within `waitMs`.
 */
function raw(head: string, body: string | Buffer, options: { halfClose?: boolean; waitMs?: number; keepSending?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(server.port, '127.0.0.1');
    let received = '';
    let feeder: NodeJS.Timeout | undefined;
    const finish = (status: number) => {
      clearTimeout(timer);
      clearInterval(feeder);
      socket.destroy();
      const text = received.slice(received.indexOf('\r\n\r\n') + 4);
      resolve({ status, body: text, ms: Date.now() - started });
    };
    const timer = setTimeout(() => finish(0), options.waitMs ?? 4000);
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match && received.includes('\r\n\r\n') && /\}$/.test(received)) finish(Number(match[1]));
    });
    socket.on('error', () => undefined);
    socket.write(head);
    socket.write(body);
    // Chunked framing: 16 KB chunks of spaces, one every 5 ms, for as long as the socket is open.
    const chunk = `4000\r\n${' '.repeat(0x4000)}\r\n`;
    if (options.keepSending) feeder = setInterval(() => socket.writable && socket.write(chunk), 5);
    if (options.halfClose) socket.end();
  });
}

function headFor(contentLength: string | null, extra = ''): string {
  return [
    'POST /api/labels%3Alist HTTP/1.1',
    `Host: 127.0.0.1:${server.port}`,
    `Authorization: Bearer ${server.token}`,
    'Content-Type: application/json',
    contentLength === null ? 'Transfer-Encoding: chunked' : `Content-Length: ${contentLength}`,
    extra,
    '',
    '',
  ]
    .filter((line, i, all) => line !== '' || i >= all.length - 2)
    .join('\r\n');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-web-bodies-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Copydesk</title>');
  core = createCore({ dbPath: join(dir, 'library.sqlite'), version: 'test' });
  server = await startWebServer({ core, rendererDir: join(dir, 'renderer'), maxBodyBytes: 64 * 1024, bodyIdleMs: IDLE_MS });
});

afterAll(async () => {
  await server?.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('request bodies that would hold the connection', () => {
  it('a body declared as 10 GB is refused with 413 at once, before anything is read', async () => {
    const answer = await raw(headFor(String(10 * 1024 ** 3)), '{}');
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe('too_large');
    expect(answer.ms).toBeLessThan(1000);
  });

  it('a body that goes on past the limit is refused with 413 while it is still being sent', async () => {
    const answer = await raw(headFor(null), '', { keepSending: true });
    expect(answer.status).toBe(413);
    expect(answer.ms).toBeLessThan(2000);
  });

  it('a body shorter than its Content-Length is answered 400 as soon as the client stops sending', async () => {
    const answer = await raw(headFor('1000'), '{"a":1}');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error).toEqual({
      code: 'invalid_input',
      message: 'The request stopped before its end (7 of the 1000 declared bytes arrived); nothing was done.',
    });
    expect(answer.ms).toBeLessThan(IDLE_MS + 1000);
  });

  it('a client still uploading a too-large body reads the 413 answer, not a broken connection', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/documents%3Aimport`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ name: 'big.txt', data: 'a'.repeat(8 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toBe('The request is larger than the 64 KB Copydesk accepts.');
  });

  it('the server goes on answering well-formed calls afterwards', async () => {
    const answer = await raw(headFor('2'), '{}');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).ok).toBe(true);
  });
});
