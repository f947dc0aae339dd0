/**
 * HTTP transport for the local web mode: `POST /api/<operation>` with `Authorization: Bearer <token>`.
 * The token arrives once in the page URL (`?token=…`); it is kept in sessionStorage and removed from
 * the address bar so it does not end up in history or screenshots.
 *
 * A tab opened without it (a bookmark, a typed address, a link opened in a new tab) asks the
 * app's other tabs for it over a `BroadcastChannel` — a channel only pages of this very origin (the
 * Copydesk server on this port) can join — and waits briefly for an answer. A request still refused
 * with 401 marks the page as having no access (`access.ts`), which the app explains on a full page.
 */
import type { Result } from '../../shared/result';
import { isTeamPage } from '../team/team-page';
import { reportNoAccess } from './access';
import type { Transport } from './client';

const TOKEN_KEY = 'copydesk.token';
const CHANNEL = 'copydesk.access';
/** How long a tab without a token waits for another tab to share it. */
const ASK_MS = 400;

type Message = { type: 'ask'; nonce: string } | { type: 'token'; nonce: string; token: string };

function takeToken(): string {
  if (typeof window === 'undefined') return '';
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

/** Answers other tabs of this origin that ask for the token. */
function shareToken(token: string): void {
  const ch = channel();
  if (!ch) return;
  ch.onmessage = (event: MessageEvent<Message>) => {
    const data = event.data;
    if (data?.type === 'ask' && typeof data.nonce === 'string') ch.postMessage({ type: 'token', nonce: data.nonce, token } satisfies Message);
  };
}

/** Asks the app's other tabs for the token; '' when none answers in time. */
function askForToken(): Promise<string> {
  const ch = channel();
  if (!ch) return Promise.resolve('');
  const nonce = Math.random().toString(36).slice(2);
  return new Promise((resolve) => {
    const done = (token: string) => {
      clearTimeout(timer);
      ch.close();
      resolve(token);
    };
    const timer = setTimeout(() => done(''), ASK_MS);
    ch.onmessage = (event: MessageEvent<Message>) => {
      const data = event.data;
      if (data?.type === 'token' && data.nonce === nonce && typeof data.token === 'string' && data.token) {
        window.sessionStorage.setItem(TOKEN_KEY, data.token);
        shareToken(data.token);
        done(data.token);
      }
    };
    ch.postMessage({ type: 'ask', nonce } satisfies Message);
  });
}

export function httpTransport(): Transport {
  const initial = takeToken();
  if (initial) shareToken(initial);
  // Asked once, on the first request, only when this tab came without a token (on a team server
  // the session cookie goes along by itself: nothing to ask for).
  let token: Promise<string> | null = initial || isTeamPage() ? Promise.resolve(initial) : null;
  return async (name, input) => {
    token ??= askForToken();
    const payload = JSON.stringify(input ?? {});
    const response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token}` },
      body: payload,
      // A small write sent as the tab closes (a verdict saved on pagehide) still reaches the server;
      // browsers cap keepalive bodies at 64 KB, so large ones (imports, corrected text) go without it.
      keepalive: payload.length < 60_000,
    });
    if (response.status === 401) reportNoAccess();
    const body = (await response.json().catch(() => null)) as Result<unknown> | null;
    if (body && typeof body === 'object' && 'ok' in body) return body;
    return { ok: false, error: { code: 'internal', message: `The Copydesk server answered ${response.status}.` } };
  };
}
