/**
 * The team server's account routes, all `POST` with a JSON body and answered as Results:
 *
 * - `/auth/sign-in` {login, password} → sets the session cookie; `/auth/sign-out` ends it;
 *   `/auth/me` → the signed-in user (401 when none: the app then shows its sign-in page).
 * - `/auth/invite` {token} → who an invite is for; `/auth/accept` {token, password} → creates the
 *   account and signs it in.
 * - `/admin/users` → every account; `/admin/invite` {login, displayName, role, isAdmin} → the
 *   invite link; `/admin/user` {id, role?, isAdmin?, disabled?} → the account as changed. Admins only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ApiError } from '../shared/result';
import { describeZodError } from '../shared/zod-message';
import { readJsonRequest, sendError, sendJson } from '../web/server';
import { normalLogin, type Accounts } from './accounts';
import type { TeamUser } from './accounts-repo';
import { clearedSessionCookie, sessionCookie } from './cookies';
import { ROLES } from './roles';
import { NOT_SIGNED_IN, publicUser, sessionToken, signedInUserOf, type LogFields } from './session-request';
import type { SignInThrottle } from './throttle';

/** What the account routes need. */
export interface AuthRouteOptions {
  accounts: Accounts;
  throttle: SignInThrottle;
  /** Cookies are Secure (behind TLS). */
  secure: boolean;
  /** How long a session cookie is kept (the absolute session lifetime). */
  sessionMs: number;
  /** The address people open (for invite links); else the request's own origin. */
  publicOrigin?: string;
  maxBodyBytes: number;
  bodyIdleMs: number;
}

const tokenField = z.string().max(200);
const SCHEMAS = {
  '/auth/sign-in': z.object({ login: z.string().max(200), password: z.string().max(2000) }),
  '/auth/sign-out': z.object({}).passthrough(),
  '/auth/me': z.object({}).passthrough(),
  '/auth/invite': z.object({ token: tokenField }),
  '/auth/accept': z.object({ token: tokenField, password: z.string().max(2000) }),
  '/admin/users': z.object({}).passthrough(),
  '/admin/invite': z.object({
    login: z.string().trim().min(1).max(64),
    displayName: z.string().trim().max(200).default(''),
    role: z.enum(ROLES),
    isAdmin: z.boolean().default(false),
  }),
  '/admin/user': z.object({ id: z.string().min(1).max(100), role: z.enum(ROLES).optional(), isAdmin: z.boolean().optional(), disabled: z.boolean().optional() }),
} as const;

type RoutePath = keyof typeof SCHEMAS;

export function isAuthRoute(path: string): path is RoutePath {
  return Object.prototype.hasOwnProperty.call(SCHEMAS, path);
}

const STATUS: Partial<Record<ApiError['code'], number>> = { invalid_input: 400, not_found: 404, conflict: 409, unauthorized: 403 };

/** Answers one account route (the caller has checked Host and Origin). */
export async function handleAuthRoute(req: IncomingMessage, res: ServerResponse, path: RoutePath, options: AuthRouteOptions, log: LogFields): Promise<void> {
  log.operation = path;
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, 'invalid_input', 'Account requests are POST requests.');
    return;
  }
  const read = await readJsonRequest(req, res, Math.min(options.maxBodyBytes, 64 * 1024), options.bodyIdleMs);
  if (read === null) return;
  const parsed = SCHEMAS[path].safeParse(read.input ?? {});
  if (!parsed.success) {
    sendError(res, 400, 'invalid_input', `The request is not valid: ${describeZodError(parsed.error)}.`);
    return;
  }
  try {
    await route(req, res, path, parsed.data, options, log);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    sendError(res, STATUS[error.code] ?? 400, error.code, error.message);
  }
}

async function route(req: IncomingMessage, res: ServerResponse, path: RoutePath, input: unknown, options: AuthRouteOptions, log: LogFields): Promise<void> {
  const { accounts } = options;
  const signIn = (token: string, user: TeamUser) => {
    res.setHeader('Set-Cookie', sessionCookie(token, options.secure, options.sessionMs));
    sendJson(res, 200, { ok: true, value: { user: publicUser(user) } });
  };

  if (path === '/auth/sign-in') {
    const { login, password } = input as z.infer<(typeof SCHEMAS)['/auth/sign-in']>;
    // Per login, not per address: behind a reverse proxy every request comes from the proxy's address.
    // Only a valid login, in the one form it is looked up in (accounts.ts normalLogin): "ADMİN" gets no
    // budget of its own, and text that could be no login (a password typed there) is never recorded —
    // it is answered as an unknown login.
    const normal = normalLogin(login);
    const keys = normal === null ? [] : [`login:${normal}`];
    // Counted before the password is checked (throttle.ts), so simultaneous guesses cannot all slip through.
    const wait = await options.throttle.attempt(keys);
    if (wait > 0) {
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
      sendError(res, 429, 'unauthorized', `Too many failed sign-ins; try again in ${Math.ceil(wait / 60_000)} minutes.`);
      return;
    }
    const session = await accounts.signIn(login, password);
    if (session === null) {
      sendError(res, 401, 'unauthorized', 'The login or the password is wrong (or the account is disabled).');
      return;
    }
    await options.throttle.clear(keys);
    log.userId = session.user.id;
    signIn(session.token, session.user);
    return;
  }
  if (path === '/auth/sign-out') {
    const token = sessionToken(req, options.secure);
    if (token !== null) await accounts.signOut(token);
    res.setHeader('Set-Cookie', clearedSessionCookie(options.secure));
    sendJson(res, 200, { ok: true, value: { signedOut: true } });
    return;
  }
  if (path === '/auth/invite') {
    const invite = await accounts.inviteFor((input as { token: string }).token);
    if (invite === null) throw new ApiError('not_found', 'This invite link has expired or has been used; ask your administrator for a new one.');
    sendJson(res, 200, { ok: true, value: { login: invite.login, displayName: invite.displayName, role: invite.role } });
    return;
  }
  if (path === '/auth/accept') {
    const { token, password } = input as { token: string; password: string };
    const session = await accounts.acceptInvite(token, password);
    log.userId = session.user.id;
    signIn(session.token, session.user);
    return;
  }

  // Everything below needs a session.
  const user = await signedInUserOf(req, accounts, options.secure, log);
  if (user === null) {
    sendError(res, 401, 'unauthorized', NOT_SIGNED_IN);
    return;
  }
  if (path === '/auth/me') {
    sendJson(res, 200, { ok: true, value: { user: publicUser(user) } });
    return;
  }
  if (!user.isAdmin) {
    sendError(res, 403, 'unauthorized', 'Only an administrator can manage accounts.');
    return;
  }
  if (path === '/admin/users') {
    const users = await accounts.listUsers();
    sendJson(res, 200, { ok: true, value: { users: users.map((u) => ({ ...publicUser(u), disabled: u.disabledAt !== null, createdAt: u.createdAt })) } });
    return;
  }
  if (path === '/admin/invite') {
    const account = input as z.infer<(typeof SCHEMAS)['/admin/invite']>;
    const { token, expiresAt } = await accounts.invite(user, account);
    const origin = options.publicOrigin ?? `http://${req.headers.host}`;
    // The token travels in the fragment, which browsers never send to a server or a proxy's log.
    sendJson(res, 200, { ok: true, value: { link: `${origin}/#/invite/${token}`, expiresAt } });
    return;
  }
  const { id, ...patch } = input as z.infer<(typeof SCHEMAS)['/admin/user']>;
  const updated = await accounts.updateUser(user, id, patch);
  sendJson(res, 200, { ok: true, value: { user: { ...publicUser(updated), disabled: updated.disabledAt !== null, createdAt: updated.createdAt } } });
}
