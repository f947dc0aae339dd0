/**
 * Serves the built renderer (`out/renderer`) read-only: GET and HEAD, `index.html` for `/`, a content
 * type by extension, and never a file outside the root — the decoded path is resolved (symlinks
 * included) and must stay inside it.
 *
 * Caching: a bundle under `assets/` whose name carries the build's content hash (`index-D-BR8nwb.js`)
 * never changes, so the browser keeps it without asking again; everything else (index.html, which
 * names the current bundles) is asked again on each load and answered 304 when unchanged (an ETag
 * from size and modification time). A reload then transfers the page, not 800 KB of script.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { contentTypeFor } from '../shared/content-types';

/**
 * Maps a URL path to a file path inside `root`, or null when it is malformed or would escape the
 * root (`..`, encoded separators, NUL bytes). `/` maps to `index.html`.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, relative);
  return target.startsWith(absoluteRoot + sep) ? target : null;
}

/** Vite's output name for a bundle: `name-HASH.ext`, the hash 8 characters of [A-Za-z0-9_-]. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.(js|css|woff2?|svg|png)$/;

/** How long a browser may keep `urlPath` without asking again. */
export function cacheControlFor(urlPath: string): string {
  return HASHED_ASSET.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A validator for a file's current version. */
function etagOf(size: number, mtimeMs: number): string {
  return `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
}

/** A plain-text answer (404, 405 …) with the given headers. */
function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** Answers a request for a static file under `root` (the caller has already checked Host/Origin). */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    plain(res, 405, 'Method not allowed.\n');
    return;
  }
  const target = resolveStaticPath(root, urlPath);
  if (target === null) {
    plain(res, 404, 'Not found.\n');
    return;
  }
  let file: string;
  let size: number;
  let etag: string;
  try {
    // Resolve symlinks too: the real file must still be inside the real root.
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    if (!realTarget.startsWith(realRoot + sep)) throw new Error('outside the root');
    const info = await stat(realTarget);
    if (!info.isFile()) throw new Error('not a file');
    file = realTarget;
    size = info.size;
    etag = etagOf(info.size, info.mtimeMs);
  } catch {
    plain(res, 404, 'Not found.\n');
    return;
  }
  const cacheControl = cacheControlFor(urlPath);
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag, 'Cache-Control': cacheControl });
    res.end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(size),
    'Cache-Control': cacheControl,
    ETag: etag,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
