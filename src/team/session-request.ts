/**
 * What every team-server request shares: who is signed in (from the session cookie), and the
 * request's log fields, which the routes fill in as they learn them.
 */
import type { IncomingMessage } from 'node:http';
import type { Accounts } from './accounts';
import type { TeamUser } from './accounts-repo';
import { readCookie, sessionCookieName } from './cookies';

/** The fields of the access-log line a route knows (request-log.ts). */
export interface LogFields {
  operation?: string;
  userId?: string;
}

/** The session token in the request's cookie; null when there is none. */
export function sessionToken(req: IncomingMessage, secure: boolean): string | null {
  return readCookie(req.headers.cookie, sessionCookieName(secure));
}

/** The signed-in user of `req`, recorded in `log`; null when there is no valid session. */
export async function signedInUserOf(req: IncomingMessage, accounts: Accounts, secure: boolean, log: LogFields): Promise<TeamUser | null> {
  const token = sessionToken(req, secure);
  if (token === null) return null;
  const user = await accounts.userOf(token);
  if (user) log.userId = user.id;
  return user;
}

/** Is this a request a browser says came from another site (Sec-Fetch-Site)? */
export function isCrossSite(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

/** The user as the browser sees them (no timestamps it does not need). */
export function publicUser(user: TeamUser): { id: string; login: string; displayName: string; role: string; isAdmin: boolean } {
  return { id: user.id, login: user.login, displayName: user.displayName, role: user.role, isAdmin: user.isAdmin };
}

export const NOT_SIGNED_IN = 'You are not signed in, or your session has ended; sign in again.';
