/**
 * What a team server address may be, decided in the main process before anything is loaded: an
 * absolute http(s) URL without credentials, https unless the host is this computer's own loopback
 * address (a team server over plain http on the network would send passwords and cookies in clear).
 * The team window is then locked to that one origin (isTeamUrl). Pure: tested without Electron.
 */
import { z } from 'zod';

/** Longest address accepted. */
const MAX_TEAM_URL_LENGTH = 2000;

/** Is `hostname` (as `URL.hostname` spells it) this computer: localhost, 127.0.0.0/8 or [::1]? */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The rules, with a sentence a person understands for each refusal. */
const teamUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the team server’s address, e.g. https://copydesk.newsroom.example.')
  .max(MAX_TEAM_URL_LENGTH, 'That address is too long.')
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'That is not a web address; it should start with https://.' });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.addIssue({ code: 'custom', message: 'A team server address starts with https://.' });
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'Leave the user name and password out of the address; you sign in on the server’s page.' });
      return z.NEVER;
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
      ctx.addIssue({ code: 'custom', message: 'A team server must use https:// (plain http:// is allowed only for localhost).' });
      return z.NEVER;
    }
    // The server's page is the start; query and fragment are the page's business, not the address's.
    url.search = '';
    url.hash = '';
    return url.href;
  });

/** The normalised address, or why it is refused. */
export type TeamUrlResult = { ok: true; url: string } | { ok: false; message: string };

/** Validates a team server address typed by the editor (or read from the settings file). */
export function parseTeamServerUrl(value: unknown): TeamUrlResult {
  if (typeof value !== 'string') return { ok: false, message: 'Enter the team server’s address.' };
  const parsed = teamUrlSchema.safeParse(value);
  if (parsed.success) return { ok: true, url: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'That address cannot be used.' };
}

/** Is `candidate` a page (http/https) of the team server at `teamUrl` — the same origin, nothing else? */
export function isTeamUrl(candidate: string | null | undefined, teamUrl: string): boolean {
  if (!candidate) return false;
  try {
    const url = new URL(candidate);
    const team = new URL(teamUrl);
    return url.origin === team.origin && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * May the team window's session fetch `candidate`? The team origin over http(s), its websocket
 * (ws for http, wss for https), and the page's own data:/blob: URLs; every other request is cancelled,
 * so even a page that slipped past the server's CSP cannot talk to a third party.
 */
export function isTeamRequestAllowed(candidate: string, teamUrl: string): boolean {
  let url: URL;
  let team: URL;
  try {
    url = new URL(candidate);
    team = new URL(teamUrl);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'devtools:') return true;
  if (url.protocol === 'ws:' || url.protocol === 'wss:') {
    const httpLike = url.protocol === 'wss:' ? 'https:' : 'http:';
    return httpLike === team.protocol && url.host === team.host;
  }
  return isTeamUrl(candidate, teamUrl);
}
