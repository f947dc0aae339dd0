/**
 * The app:// handler (src/main/app-protocol.ts) on a real folder laid out like out/renderer, with a
 * secret file beside it and symbolic links leading out, driven with Node's own Request.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, appPathFor, appProtocolHandler, isRequestAllowed } from '../../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security';

let dir: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-app-protocol-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("app")');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'the library password');
  mkdirSync(join(dir, 'renderer-evil'));
  writeFileSync(join(dir, 'renderer-evil', 'index.html'), 'evil');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'leak.txt'));
  symlinkSync(dir, join(root, 'up'));
  serve = appProtocolHandler(root, CONTENT_SECURITY_POLICY);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app://copydesk/ serves the built renderer', () => {
  it('answers index.html for / and with its route hash, as HTML', async () => {
    for (const url of ['app://copydesk/', 'app://copydesk/index.html', 'app://copydesk/index.html#/doc/abc/a/def']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Copydesk</title>');
    }
  });

  it('serves scripts and styles with their types, so module scripts run', async () => {
    expect((await get('app://copydesk/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://copydesk/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('sends the Content-Security-Policy, with form-action none, as a header of every answer', async () => {
    for (const url of ['app://copydesk/', 'app://copydesk/missing.js']) {
      const response = await get(url);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toBe(CONTENT_SECURITY_POLICY);
      expect(policy).toContain("form-action 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('app://copydesk/ never leaves the renderer folder', () => {
  it.each([
    ['a parent folder', 'app://copydesk/../secret.txt'],
    ['an encoded parent folder', 'app://copydesk/%2e%2e/secret.txt'],
    ['an encoded slash', 'app://copydesk/assets%2F..%2F..%2Fsecret.txt'],
    ['a backslash', 'app://copydesk/..%5Csecret.txt'],
    ['a NUL byte', 'app://copydesk/index.html%00.js'],
    ['a look-alike sibling folder', 'app://copydesk/../renderer-evil/index.html'],
    ['a symbolic link to a file outside', 'app://copydesk/assets/leak.txt'],
    ['a symbolic link to a folder outside', 'app://copydesk/up/secret.txt'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a folder', 'app://copydesk/assets/'],
  ])('refuses %s with a bare 404', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });

  it('keeps a lexical escape from reaching the disk at all', () => {
    // The URL parser folds "..", plain or encoded, into the root; dots hidden behind encoded slashes are refused.
    expect(appPathFor(root, 'app://copydesk/../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(appPathFor(root, 'app://copydesk/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
    expect(appPathFor(root, 'app://copydesk/assets%2F..%2F..%2Fsecret.txt')).toBeNull();
    expect(appPathFor(root, 'app://user:pw@copydesk/index.html')).toBeNull();
    expect(appPathFor(root, 'app://copydesk:8080/index.html')).toBeNull();
    expect(appPathFor(root, 'app://copydesk/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it('answers only reads', async () => {
    const response = await get('app://copydesk/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('requests the app session lets through', () => {
  it('lets the app pages, inline data and dev tools through and cancels the rest', () => {
    expect(isRequestAllowed('app://copydesk/assets/index-abc.js')).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA')).toBe(true);
    expect(isRequestAllowed('https://example.org/tracker.gif')).toBe(false);
    expect(isRequestAllowed('http://127.0.0.1:5173/src/main.tsx')).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd')).toBe(false);
    expect(isRequestAllowed('app://evil/index.html')).toBe(false);
    expect(isRequestAllowed('not a url')).toBe(false);
  });

  it('lets the dev server and its hot-reload socket through in development only', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isRequestAllowed('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isRequestAllowed('https://example.org/', 'http://localhost:5173')).toBe(false);
  });
});

describe('the app: scheme registration', () => {
  it('is a standard secure origin that can load the crossorigin module scripts Vite builds, without service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, allowServiceWorkers: false }),
    });
  });

  it('answers no Access-Control-Allow-Origin, so no other origin can read the app', async () => {
    expect((await serve(new Request('app://copydesk/assets/index-abc.js'))).headers.get('access-control-allow-origin')).toBeNull();
  });
});
