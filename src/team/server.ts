/**
 * The team server: the web mode grown up for a desk. It serves the built renderer and the API to
 * many signed-in users:
 *
 * - `POST /api/<operation>`: the session cookie names the user (401 without one); the role table
 *   (roles.ts) decides whether they may make the call (403 with a sentence when not); the call runs
 *   inside `actingAs(user)`, so the audit log, claim verdicts and ClaimReview name them.
 * - `GET /api/changes`: server-sent events when the library changes (changes.ts).
 * - `/auth/*`, `/admin/*`: sign-in, invites and the admin's user list (auth-routes.ts).
 * - `GET /healthz`: whether the database answers, and its schema version (no sign-in needed).
 * - anything else: the renderer's static files (src/web/static-files.ts).
 *
 * Every request must name one of our hosts and, when a browser sends an Origin, our origin
 * (address.ts). One JSON line per request goes to the log (request-log.ts), never a body.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isOperationName, type Handlers } from '../shared/api';
import { dispatch } from '../shared/dispatch';
import { unexpectedMessage } from '../shared/unexpected';
import { actingAs } from '../main/core/actor';
import { BODY_IDLE_MS } from '../web/body';
import { MAX_BODY_BYTES, readJsonRequest, SECURITY_HEADERS, sendError, sendJson } from '../web/server';
import { serveStatic } from '../web/static-files';
import { DEFAULT_TIMES, type Accounts } from './accounts';
import { audienceFor, isOurHost, isOurOrigin, listenRefusal, type Audience } from './address';
import { handleAuthRoute, isAuthRoute } from './auth-routes';
import { ChangeFeed } from './changes';
import { loggablePath, logEvent, logRequest, stdoutSink, type LogSink } from './request-log';
import { refusal, type Role } from './roles';
import { isCrossSite, NOT_SIGNED_IN, sessionToken, signedInUserOf, type LogFields } from './session-request';
import { teamHandlers } from './team-handlers';
import { isIndexPath, serveTeamIndex } from './team-index';
import { SignInThrottle } from './throttle';

/** What the health check reports. */
export interface Health {
  database: 'ok';
  schemaVersion: number;
}

/** What `startTeamServer` needs. */
export interface TeamServerOptions {
  /** The core: its handlers, the store's change counter, its error log. The caller closes it. */
  core: { handlers: Handlers; store: { changeCounter(): Promise<string> }; log?: { record(activity: string, error: unknown): void } };
  accounts: Accounts;
  /** Answers the health check; throws when the database does not answer. */
  health(): Promise<Health>;
  /** Folder of the built renderer (`out/renderer`). */
  rendererDir: string;
  /** Address to listen on (default 127.0.0.1); anything but loopback needs `allowPublic`. */
  host?: string;
  /** Port; 0 or absent picks a free one. */
  port?: number;
  allowPublic?: boolean;
  /** The address people open, through the TLS proxy (`https://desk.example.org`). */
  publicUrl?: URL;
  /** Where the JSON log lines go (default stdout). */
  log?: LogSink;
  /** Session lifetime for the cookie (default: accounts' absolute lifetime, 7 days). */
  sessionMs?: number;
  maxBodyBytes?: number;
  bodyIdleMs?: number;
  /** How often the change feed looks for changes (default 1000 ms). */
  changePollMs?: number;
  throttle?: SignInThrottle;
}

/** A running team server. */
export interface TeamServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface Resolved {
  options: TeamServerOptions;
  audience: Audience;
  secure: boolean;
  feed: ChangeFeed;
  throttle: SignInThrottle;
  maxBodyBytes: number;
  bodyIdleMs: number;
  /** The core's handlers as the team server offers them (team-handlers.ts). */
  handlers: Handlers;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, r: Resolved, log: LogFields): Promise<void> {
  log.operation = name;
  const { accounts } = r.options;
  if (name === 'changes') {
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      sendError(res, 405, 'invalid_input', 'The change feed is a GET request.');
      return;
    }
    const user = await signedInUserOf(req, accounts, r.secure, log);
    if (user === null) return sendError(res, 401, 'unauthorized', NOT_SIGNED_IN);
    const token = sessionToken(req, r.secure) ?? '';
    await r.feed.open(res, async () => (await accounts.userOf(token)) !== null);
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, 'invalid_input', 'API calls are POST requests.');
    return;
  }
  const user = await signedInUserOf(req, accounts, r.secure, log);
  if (user === null) {
    req.resume();
    sendError(res, 401, 'unauthorized', NOT_SIGNED_IN);
    return;
  }
  if (isCrossSite(req)) {
    req.resume();
    sendError(res, 403, 'unauthorized', 'Requests from other sites are refused.');
    return;
  }
  const read = await readJsonRequest(req, res, r.maxBodyBytes, r.bodyIdleMs);
  if (read === null) return;
  if (isOperationName(name)) {
    const refused = refusal(user.role as Role, name, read.input);
    if (refused !== null) {
      sendError(res, 403, 'unauthorized', refused);
      return;
    }
  }
  const result = await actingAs({ id: user.id, name: user.displayName, role: user.role }, () => dispatch(r.handlers, name, read.input));
  sendJson(res, 200, result);
}

async function handle(req: IncomingMessage, res: ServerResponse, r: Resolved, log: LogFields): Promise<void> {
  for (const [header, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(header, value);
  if (r.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
  if (!isOurHost(req.headers.host, r.audience)) {
    sendError(res, 403, 'unauthorized', 'This Copydesk team server does not answer to that address.');
    return;
  }
  if (!isOurOrigin(req.headers.origin, r.audience)) {
    sendError(res, 403, 'unauthorized', 'Requests from other sites are refused.');
    return;
  }
  const path = loggablePath(req.url);
  if (path === '/healthz') {
    try {
      sendJson(res, 200, { ok: true, value: await r.options.health() });
    } catch {
      sendError(res, 503, 'database', 'The database does not answer.');
    }
    return;
  }
  if (isAuthRoute(path)) {
    await handleAuthRoute(req, res, path, { accounts: r.options.accounts, throttle: r.throttle, secure: r.secure, sessionMs: r.options.sessionMs ?? DEFAULT_TIMES.absoluteMs, publicOrigin: r.options.publicUrl?.origin, maxBodyBytes: r.maxBodyBytes, bodyIdleMs: r.bodyIdleMs }, log);
    return;
  }
  if (path.startsWith('/api/')) {
    let name: string;
    try {
      name = decodeURIComponent(path.slice('/api/'.length));
    } catch {
      name = '';
    }
    await handleApi(req, res, name, r, log);
    return;
  }
  if (isIndexPath(path) && (req.method === 'GET' || req.method === 'HEAD')) {
    await serveTeamIndex(r.options.rendererDir, req, res);
    return;
  }
  await serveStatic(r.options.rendererDir, req, res, path);
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the team server; rejects with a sentence when the address is refused or taken. */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const host = options.host ?? '127.0.0.1';
  const refused = listenRefusal(host, options.allowPublic ?? false);
  if (refused !== null) throw new Error(refused);
  const sink = options.log ?? stdoutSink;
  const resolved: Resolved = {
    options,
    audience: { hosts: [], origins: [] },
    secure: options.allowPublic === true || options.publicUrl?.protocol === 'https:',
    feed: new ChangeFeed({ version: () => options.core.store.changeCounter(), pollMs: options.changePollMs }),
    // In the library's database: it survives restarts and is shared by every server process on it.
    throttle: options.throttle ?? new SignInThrottle(options.accounts.pool),
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    bodyIdleMs: options.bodyIdleMs ?? BODY_IDLE_MS,
    handlers: teamHandlers(options.core.handlers, () => options.accounts.memberNames()),
  };
  const server = createServer((req, res) => {
    const started = performance.now();
    const log: LogFields = {};
    res.once('close', () => {
      logRequest(sink, { method: req.method ?? '?', path: loggablePath(req.url), ...log, status: res.statusCode, ms: performance.now() - started });
    });
    handle(req, res, resolved, log).catch((error: unknown) => {
      logEvent(sink, 'request_failed', { path: loggablePath(req.url), error: error instanceof Error ? error.name : 'unknown' });
      options.core.log?.record('answering a request to the team server', error);
      if (!res.headersSent) sendError(res, 500, 'internal', unexpectedMessage('answering the browser'));
      else res.destroy();
    });
  });
  const port = await listen(server, host, options.port ?? 0);
  resolved.audience = audienceFor(host, port, options.publicUrl);
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: options.publicUrl?.origin ?? `http://${shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        resolved.feed.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
