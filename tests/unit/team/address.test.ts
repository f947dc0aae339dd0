import { describe, expect, it } from 'vitest';
import { audienceFor, isLoopback, isOurHost, isOurOrigin, listenRefusal } from '../../../src/team/address';
import { readCookie, sessionCookie } from '../../../src/team/cookies';

describe('where the team server listens', () => {
  it('takes loopback addresses, and refuses others unless --public', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '10.0.0.5', '::', 'desk.example.org']) {
      expect(listenRefusal(host, false), host).toMatch(/not a loopback address.*unencrypted/);
      expect(listenRefusal(host, true)).toBeNull();
    }
  });

  it('answers to its loopback names, and through the proxy to the --url host and origin only', () => {
    const audience = audienceFor('127.0.0.1', 8080, new URL('https://desk.example.org'));
    expect(isOurHost('127.0.0.1:8080', audience)).toBe(true);
    expect(isOurHost('localhost:8080', audience)).toBe(true);
    expect(isOurHost('desk.example.org', audience)).toBe(true);
    expect(isOurHost('evil.example', audience)).toBe(false);
    expect(isOurHost(undefined, audience)).toBe(false);
    expect(isOurOrigin('https://desk.example.org', audience)).toBe(true);
    expect(isOurOrigin('http://desk.example.org', audience)).toBe(false);
    expect(isOurOrigin('https://evil.example', audience)).toBe(false);
    expect(isOurOrigin(undefined, audience)).toBe(true);
    // Listening on every address: only the public name, no loopback names to rebind to.
    expect(audienceFor('0.0.0.0', 8080, new URL('https://desk.example.org')).hosts).toEqual(['desk.example.org']);
  });
});

describe('the session cookie', () => {
  it('is Secure with the __Host- prefix behind TLS, and read back by name', () => {
    const secure = sessionCookie('tok', true, 3600_000);
    expect(secure).toBe('__Host-copydesk_session=tok; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600; Secure');
    expect(readCookie('a=b; __Host-copydesk_session=tok; c=d', '__Host-copydesk_session')).toBe('tok');
    expect(readCookie('copydesk_session=tok', '__Host-copydesk_session')).toBeNull();
  });
});
