/**
 * The renderer's security boundary: the Content-Security-Policy and the test for "is this URL our app?"
 * used by IPC (sender checks), the window (navigation checks) and permissions. Only Electron *types* are
 * imported here, so the pure parts are unit-tested without the Electron binary.
 */
import type { Session } from 'electron';
import { APP_HOST, APP_SCHEME } from './identity';

/** The policy for every app response: nothing from elsewhere, no plugins, no framing, no forms. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The electron-vite dev server needs inline scripts (React refresh preamble) and a websocket (HMR).
 * Only ever used when `ELECTRON_RENDERER_URL` is set, i.e. `electron-vite dev`.
 */
export function devContentSecurityPolicy(devOrigin: string): string {
  const ws = devOrigin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`,
  );
}

/**
 * Is `candidate` a page of the app loaded from `appUrl`? For the built renderer (`app://copydesk/…`,
 * see app-protocol.ts) that means the same scheme and host; for the dev server, the same origin.
 * `file:` pages never are. Anything unparsable is not.
 */
export function isAppUrl(candidate: string | null | undefined, appUrl: string): boolean {
  if (!candidate) return false;
  let url: URL;
  let app: URL;
  try {
    url = new URL(candidate);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === `${APP_SCHEME}:`) {
    return url.protocol === app.protocol && url.host === APP_HOST && !url.username && !url.password && !url.port;
  }
  return url.origin === app.origin && (url.protocol === 'http:' || url.protocol === 'https:');
}

/**
 * Adds `policy` as the Content-Security-Policy header (replacing any other) of every response for an
 * app URL: used for the dev server, whose responses the app does not write (the built renderer's
 * `app:` handler sets its headers itself). Responses for other URLs are left alone (they are cancelled).
 */
export function installContentSecurityPolicy(session: Session, appUrl: string, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, appUrl)) {
      callback({});
      return;
    }
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    headers['X-Content-Type-Options'] = ['nosniff'];
    callback({ responseHeaders: headers });
  });
}

/** Permissions the renderer may use: writing plain text to the clipboard ("Copy quote"). */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Is `permission` one the app grants (to its own pages only)? Everything else is refused. */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, appUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, appUrl);
}

/** Refuses every permission request (camera, notifications, geolocation …) except clipboard writes. */
export function restrictPermissions(session: Session, appUrl: string): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl ?? webContents.getURL(), appUrl)),
  );
  session.setPermissionCheckHandler((webContents, permission, _origin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? webContents?.getURL(), appUrl),
  );
}
