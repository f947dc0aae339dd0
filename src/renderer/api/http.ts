/**
 * HTTP transport for the local web mode: `POST /api/<operation>` with `Authorization: Bearer <token>`.
 * The token arrives once in the page URL (`?token=…`); it is kept in sessionStorage and removed from
 * the address bar so it does not end up in history or screenshots.
 */
import type { Result } from '../../shared/result';
import type { Transport } from './client';

const TOKEN_KEY = 'copydesk.token';

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

export function httpTransport(): Transport {
  const token = takeToken();
  return async (name, input) => {
    const response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
    const body = (await response.json().catch(() => null)) as Result<unknown> | null;
    if (body && typeof body === 'object' && 'ok' in body) return body;
    return { ok: false, error: { code: 'internal', message: `The Copydesk server answered ${response.status}.` } };
  };
}
