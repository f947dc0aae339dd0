/**
 * The local web mode's HTTP server: the built renderer as static files and the API as
 * `POST /api/<operation>` (JSON body = the operation's input, `Authorization: Bearer <token>`),
 * answered with the Result from `dispatch` — HTTP 200 even when the Result is `ok: false`.
 *
 * It listens on 127.0.0.1 only. Every request must name our host (DNS-rebinding defence) and, when
 * a browser sends an Origin, our origin; API calls need the per-run token. Static files are the
 * public app bundle and carry no data, so they need no token (the page keeps the token in
 * sessionStorage and reloads without it). No CORS headers are ever sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../shared/api';
import { dispatch } from '../shared/dispatch';
import { unexpectedMessage } from '../shared/unexpected';
import type { ApiErrorShape, Result } from '../shared/result';
import { CONTENT_SECURITY_POLICY } from '../main/security';
import { createToken, hasValidToken, isAllowedHost, isAllowedOrigin, isJsonContentType } from './guards';
import { BODY_IDLE_MS, discardRest, readBody } from './body';
import { serveStatic } from './static-files';

/** Largest API request body: the base64 of a 25 MB file plus room for the rest of the JSON. */
export const MAX_BODY_BYTES = 40 * 1024 * 1024;

/**
 * The body limit for an import limit of `maxImportBytes`: the file's base64 plus the same room as
 * MAX_BODY_BYTES leaves beside 25 MB (companions, the JSON around them); never below MAX_BODY_BYTES.
 */
export function bodyLimitFor(maxImportBytes: number): number {
  const base64 = (bytes: number): number => Math.ceil(bytes / 3) * 4;
  const room = MAX_BODY_BYTES - base64(25 * 1024 * 1024);
  return Math.max(MAX_BODY_BYTES, base64(maxImportBytes) + room);
}

/** What `startWebServer` needs. */
export interface WebServerOptions {
  /** The core (its handlers, and its error log when it has one; the caller closes it). */
  core: { handlers: Handlers; log?: { record(activity: string, error: unknown): void } };
  /** Folder of the built renderer (`out/renderer`). */
  rendererDir: string;
  /** Port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
  /** The API token; a fresh random one when absent. */
  token?: string;
  /** Largest accepted API body in bytes (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** How long a request body may pause before it is answered as cut short (default BODY_IDLE_MS). */
  bodyIdleMs?: number;
}

/** A running server. */
export interface WebServer {
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  port: number;
  token: string;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Sends a JSON body (a Result) with the given status. */
export function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Sends `{ ok: false, error }` with the given status. */
export function sendError(res: ServerResponse, status: number, code: ApiErrorShape['code'], message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, options: Required<Omit<WebServerOptions, 'port'>>): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, 'invalid_input', 'API calls are POST requests.');
    return;
  }
  if (!hasValidToken(req.headers.authorization, options.token)) {
    sendError(res, 401, 'unauthorized', 'This request lacks the Copydesk access token; open the address Copydesk printed when it started.');
    return;
  }
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    sendError(res, 403, 'unauthorized', 'Requests from other sites are refused.');
    return;
  }
  const read = await readJsonRequest(req, res, options.maxBodyBytes, options.bodyIdleMs);
  if (read === null) return;
  sendJson(res, 200, await dispatch(options.core.handlers, name, read.input));
}

/**
 * Reads an API request's JSON body (the team server shares this): answers `{ input }`, or null after
 * answering the request itself (415 not JSON, 413 too large, 400 cut short or malformed).
 */
export async function readJsonRequest(
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
  bodyIdleMs: number = BODY_IDLE_MS,
): Promise<{ input: unknown } | null> {
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    sendError(res, 415, 'invalid_input', 'API requests must be sent as application/json.');
    return null;
  }
  const outcome = await readBody(req, maxBodyBytes, bodyIdleMs);
  if (outcome.kind !== 'body') {
    if (outcome.kind === 'too_large') {
      // Answered at once; the rest is read and dropped so that a sender still uploading gets the answer.
      discardRest(req);
      const mb = maxBodyBytes / (1024 * 1024);
      const size = mb >= 1 ? `${Math.round(mb)} MB` : `${Math.round(maxBodyBytes / 1024)} KB`;
      sendError(res, 413, 'too_large', `The request is larger than the ${size} Copydesk accepts.`);
    } else if (outcome.kind === 'incomplete') {
      res.setHeader('Connection', 'close'); // what is left of this request will not come
      const of = outcome.declared === null ? '' : ` of the ${outcome.declared} declared`;
      sendError(res, 400, 'invalid_input', `The request stopped before its end (${outcome.received}${of} bytes arrived); nothing was done.`);
    } else {
      res.destroy();
    }
    return null;
  }
  const body = outcome.bytes;
  try {
    return { input: body.length === 0 ? undefined : JSON.parse(body.toString('utf8')) };
  } catch {
    sendError(res, 400, 'invalid_input', 'The request body is not valid JSON.');
    return null;
  }
}

/** Routes one request after the Host/Origin checks. */
async function handle(req: IncomingMessage, res: ServerResponse, port: number, options: Required<Omit<WebServerOptions, 'port'>>): Promise<void> {
  for (const [header, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(header, value);
  if (!isAllowedHost(req.headers.host, port)) {
    sendError(res, 403, 'unauthorized', 'Copydesk only answers requests addressed to 127.0.0.1 or localhost.');
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, port)) {
    sendError(res, 403, 'unauthorized', 'Requests from other sites are refused.');
    return;
  }
  const path = (req.url ?? '/').split('?')[0];
  if (path.startsWith('/api/')) {
    let name: string;
    try {
      name = decodeURIComponent(path.slice('/api/'.length));
    } catch {
      name = '';
    }
    await handleApi(req, res, name, options);
    return;
  }
  await serveStatic(options.rendererDir, req, res, path);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the server on 127.0.0.1 and answers once it is listening. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const resolved = {
    core: options.core,
    rendererDir: options.rendererDir,
    token: options.token ?? createToken(),
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    bodyIdleMs: options.bodyIdleMs ?? BODY_IDLE_MS,
  };
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res, port, resolved).catch((error: unknown) => {
      console.error('copydesk: request failed:', error);
      options.core.log?.record('answering a request from the browser', error);
      if (!res.headersSent) sendError(res, 500, 'internal', unexpectedMessage('answering the browser'));
      else res.destroy();
    });
  });
  port = await listen(server, options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}/?token=${resolved.token}`,
    port,
    token: resolved.token,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}
