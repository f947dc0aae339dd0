import { describe, expect, it } from 'vitest';
import { isLoopbackHost, isTeamRequestAllowed, isTeamUrl, parseTeamServerUrl } from '../../../src/main/team-url';

describe('parseTeamServerUrl', () => {
  it('accepts an https address, trimmed, without query or fragment, keeping a path behind a proxy', () => {
    expect(parseTeamServerUrl(' https://copydesk.newsroom.example ')).toEqual({ ok: true, url: 'https://copydesk.newsroom.example/' });
    expect(parseTeamServerUrl('https://news.example/copydesk/?next=x#/doc/1')).toEqual({ ok: true, url: 'https://news.example/copydesk/' });
  });

  it('allows plain http only for this computer', () => {
    for (const local of ['http://localhost:4000', 'http://127.0.0.1:4000/', 'http://[::1]:4000/', 'http://desk.localhost/']) {
      expect(parseTeamServerUrl(local)).toMatchObject({ ok: true });
    }
    expect(parseTeamServerUrl('http://copydesk.newsroom.example')).toEqual({
      ok: false,
      message: 'A team server must use https:// (plain http:// is allowed only for localhost).',
    });
    expect(parseTeamServerUrl('http://192.168.1.20:4000')).toMatchObject({ ok: false });
    expect(parseTeamServerUrl('http://127.0.0.1.evil.example/')).toMatchObject({ ok: false });
  });

  it('refuses other schemes, credentials in the address, non-strings and blanks with a reason', () => {
    expect(parseTeamServerUrl('file:///etc/passwd')).toEqual({ ok: false, message: 'A team server address starts with https://.' });
    expect(parseTeamServerUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(parseTeamServerUrl('app://copydesk/index.html')).toMatchObject({ ok: false });
    expect(parseTeamServerUrl('https://ana:secret@desk.example/')).toEqual({ ok: false, message: expect.stringContaining('sign in on the server') });
    expect(parseTeamServerUrl('desk.example')).toEqual({ ok: false, message: 'That is not a web address; it should start with https://.' });
    expect(parseTeamServerUrl('   ')).toEqual({ ok: false, message: expect.stringContaining('Enter the team server') });
    expect(parseTeamServerUrl(42)).toMatchObject({ ok: false });
    expect(parseTeamServerUrl(`https://desk.example/${'a'.repeat(2100)}`)).toEqual({ ok: false, message: 'That address is too long.' });
  });
});

describe('isLoopbackHost', () => {
  it('knows this computer’s names and nothing else', () => {
    expect(['localhost', 'LOCALHOST', '127.0.0.1', '127.8.9.10', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['localhost.example', '10.0.0.1', '0.0.0.0', '[::]', '128.0.0.1'].some(isLoopbackHost)).toBe(false);
  });
});

describe('the team window’s origin lock', () => {
  const team = 'https://desk.example/copydesk/';

  it('lets pages of the same origin through, whatever the path', () => {
    expect(isTeamUrl('https://desk.example/copydesk/#/doc/1', team)).toBe(true);
    expect(isTeamUrl('https://desk.example/signin', team)).toBe(true);
  });

  it('refuses other origins, other ports, downgrades and credentials', () => {
    expect(isTeamUrl('https://evil.example/', team)).toBe(false);
    expect(isTeamUrl('https://desk.example:8443/', team)).toBe(false);
    expect(isTeamUrl('http://desk.example/', team)).toBe(false);
    expect(isTeamUrl('https://x:y@desk.example/', team)).toBe(false);
    expect(isTeamUrl('app://copydesk/index.html', team)).toBe(false);
    expect(isTeamUrl(undefined, team)).toBe(false);
    expect(isTeamUrl('not a url', team)).toBe(false);
  });

  it('lets the session fetch only the server (and its websocket, data: and blob: URLs)', () => {
    expect(isTeamRequestAllowed('https://desk.example/api/documents:list', team)).toBe(true);
    expect(isTeamRequestAllowed('wss://desk.example/events', team)).toBe(true);
    expect(isTeamRequestAllowed('ws://desk.example/events', team)).toBe(false);
    expect(isTeamRequestAllowed('data:image/png;base64,AAAA', team)).toBe(true);
    expect(isTeamRequestAllowed('https://tracker.example/pixel.gif', team)).toBe(false);
    expect(isTeamRequestAllowed('file:///etc/passwd', team)).toBe(false);
    expect(isTeamRequestAllowed('ws://localhost:4000/events', 'http://localhost:4000/')).toBe(true);
  });
});
