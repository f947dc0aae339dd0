/**
 * The built renderer, served from the privileged custom scheme `app://copydesk/` (Electron's
 * `protocol.handle`) instead of `file://`. A `file:` page's `'self'` covers every local file, so a
 * compromised renderer could read them; `app://copydesk/` answers only files inside the built
 * renderer folder: no `..`, no encoded separators, no symbolic link leading out. Every answer carries
 * the Content-Security-Policy as a response header (a `<meta>` policy cannot hold `frame-ancestors`
 * and is applied only once the page is parsed).
 *
 * Only Electron *types* are imported: the handler is a plain `(Request) => Promise<Response>`, unit-tested
 * with Node's own Request/Response on real folders.
 */
import type { CustomScheme } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './identity';
import { contentTypeFor } from '../shared/content-types';

/**
 * How `app:` is registered (before 'ready'): a standard, secure origin (module scripts, `'self'` in the
 * CSP, storage) that may use fetch, with V8's code cache, and no service workers. CORS is enabled
 * because Vite marks the built scripts and styles `crossorigin`, which makes even same-origin loads
 * CORS requests; no other origin can read an answer (none carries Access-Control-Allow-Origin, and
 * every other request of the session is cancelled anyway).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, corsEnabled: true, allowServiceWorkers: false, stream: false },
};

/** Is `child` the folder `root` itself or inside it? Both absolute and normalised. */
function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The file under `root` that `url` names, or null when the URL is not `app://copydesk/…` or would reach
 * outside `root` lexically (`..`, encoded separators, NUL). `/` is index.html. Symbolic links are
 * checked by `appFile`, which looks at the disk.
 */
export function appPathFor(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // a malformed escape
  }
  // Separators and NUL hidden in escapes (%2F, %5C, %00) never name a file of ours.
  if (path.includes('\0') || path.includes('\\') || /%2f|%5c/i.test(parsed.pathname)) return null;
  if (path.split('/').some((segment) => segment === '..')) return null;
  const relativePath = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const file = resolve(root, relativePath);
  return isInside(resolve(root), file) && file !== resolve(root) ? file : null;
}

/** `appPathFor`, then the real file on disk: a regular file whose real path is still inside `root`. */
export async function appFile(root: string, url: string): Promise<string | null> {
  const file = appPathFor(root, url);
  if (!file) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return null;
    return realFile;
  } catch {
    return null; // missing, or a broken link
  }
}

/** The security headers of every answer, the policy included. */
export function securityHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/**
 * The `protocol.handle('app', …)` handler: serves files of the folder `root` (the built renderer)
 * with `policy` as the Content-Security-Policy. Anything else is a 404 that says nothing about the disk;
 * only GET and HEAD are answered.
 */
export function appProtocolHandler(root: string, policy: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = securityHeaders(policy);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...headers, Allow: 'GET, HEAD' } });
    }
    const file = await appFile(root, request.url);
    if (!file) return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' } });
  };
}

/**
 * May the app's session load `url`? Its own pages (`app://copydesk/`), inline `data:`/`blob:` URLs the
 * CSP already restricts, Chromium's developer tools, and in development the dev server (http and its
 * HMR websocket). Every other request (the web, other files, other schemes) is cancelled.
 */
export function isRequestAllowed(url: string, devServerOrigin?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:') return true;
  if (devServerOrigin) {
    const dev = new URL(devServerOrigin);
    const sameHost = parsed.host === dev.host;
    if (sameHost && parsed.protocol === dev.protocol) return true;
    if (sameHost && parsed.protocol === dev.protocol.replace(/^http/, 'ws')) return true;
  }
  return false;
}
