/** Web mode without the access key: one full-page explanation instead of an error per request; token sharing stays same-origin. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/renderer/App';
import { resetAccessForTests } from '../../../src/renderer/api/access';
import { openExternal, setTransportForTests } from '../../../src/renderer/api/client';
import { httpTransport } from '../../../src/renderer/api/http';
import { cleanup, render, waitFor } from './render';

afterEach(() => {
  cleanup();
  resetAccessForTests();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.sessionStorage.clear();
});

/** A fetch that answers every request like the web server does without a valid token. */
function refusingFetch() {
  return vi.fn(async () =>
    new Response(JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'This request lacks the Copydesk access token.' } }), {
      status: 401,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

describe('a tab without the access key', () => {
  it('shows one page explaining where to open Copydesk, and no error toasts', async () => {
    vi.stubGlobal('BroadcastChannel', undefined); // no other tab to ask
    const fetch = refusingFetch();
    vi.stubGlobal('fetch', fetch);
    setTransportForTests(httpTransport());
    const { container } = await render(<App />);
    await waitFor(() => expect(container.querySelector('.no-access')).not.toBeNull());
    expect(container.textContent).toContain('This tab has no access key. Open Copydesk from the address printed by npm run web (it ends with ?token=…).');
    expect(container.querySelector('.toasts')).toBeNull();
    expect(container.querySelector('nav')).toBeNull();
    expect(fetch).toHaveBeenCalled();
  });

  it('borrows the token from another tab of the app over a same-origin channel, and keeps it out of the address', async () => {
    const posted: unknown[] = [];
    class FakeChannel {
      onmessage: ((event: MessageEvent) => void) | null = null;
      constructor(readonly name: string) {}
      postMessage(message: { type: string; nonce: string }) {
        posted.push(message);
        // Another tab answers.
        if (message.type === 'ask') queueMicrotask(() => this.onmessage?.({ data: { type: 'token', nonce: message.nonce, token: 'secret-1' } } as MessageEvent));
      }
      close() {}
    }
    vi.stubGlobal('BroadcastChannel', FakeChannel);
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const transport = httpTransport();
    await transport('labels:list', {});
    expect((fetch.mock.calls[0][1].headers as Record<string, string>).authorization).toBe('Bearer secret-1');
    expect(posted[0]).toMatchObject({ type: 'ask' });
    expect(window.location.href).not.toContain('secret-1');
  });
});

describe('external links', () => {
  it('opens only http(s) addresses, normalised, in a new tab', () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    openExternal('javascript:alert(1)');
    openExternal('file:///etc/passwd');
    openExternal('https://user:pw@example.org/');
    openExternal('  https://example.org/a b  ');
    expect(open.mock.calls).toEqual([['https://example.org/a%20b', '_blank', 'noopener,noreferrer']]);
  });
});
