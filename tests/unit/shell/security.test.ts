import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy, isAppUrl, isPermissionAllowed } from '../../../src/main/security';

const builtApp = 'app://copydesk/index.html';
const devApp = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts the built renderer and files beside it, with query and hash', () => {
    expect(isAppUrl(builtApp, builtApp)).toBe(true);
    expect(isAppUrl('app://copydesk/index.html#/doc/1', builtApp)).toBe(true);
    expect(isAppUrl('app://copydesk/assets/index-abc.js', builtApp)).toBe(true);
  });

  it('refuses file: pages, even the renderer folder itself, and other app: hosts', () => {
    expect(isAppUrl('file:///etc/passwd', builtApp)).toBe(false);
    expect(isAppUrl('file:///opt/copydesk/out/renderer/index.html', builtApp)).toBe(false);
    expect(isAppUrl('app://evil/index.html', builtApp)).toBe(false);
    expect(isAppUrl('app://user@copydesk/index.html', builtApp)).toBe(false);
  });

  it('refuses web pages, including look-alike hosts', () => {
    expect(isAppUrl('https://example.org/', builtApp)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.com/', devApp)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', devApp)).toBe(false);
  });

  it('accepts the dev server origin in development', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', devApp)).toBe(true);
  });

  it('refuses missing and malformed URLs', () => {
    expect(isAppUrl(undefined, builtApp)).toBe(false);
    expect(isAppUrl('', builtApp)).toBe(false);
    expect(isAppUrl('not a url', builtApp)).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows only the app itself to run scripts and connect', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('loosens only what the dev server needs, in development', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173');
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
  });
});

describe('isPermissionAllowed', () => {
  it('lets the app write to the clipboard and nothing else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', builtApp, builtApp)).toBe(true);
    expect(isPermissionAllowed('media', builtApp, builtApp)).toBe(false);
    expect(isPermissionAllowed('notifications', builtApp, builtApp)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org/', builtApp)).toBe(false);
  });
});
