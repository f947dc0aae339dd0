/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it),
 * Path=/. Behind TLS it is also Secure and takes the `__Host-` prefix, which browsers only accept
 * from a secure origin, without a Domain, on Path=/ — so no subdomain can plant or shadow it.
 */

/** The cookie's name: `__Host-copydesk_session` when secure, else `copydesk_session`. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-copydesk_session' : 'copydesk_session';
}

/** The `Set-Cookie` value that stores `token` for `maxAgeMs`. */
export function sessionCookie(token: string, secure: boolean, maxAgeMs: number): string {
  const parts = [`${sessionCookieName(secure)}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${Math.max(0, Math.floor(maxAgeMs / 1000))}`];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** The `Set-Cookie` value that removes the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', secure, 0);
}

/** The value of cookie `name` in a `Cookie` header; null when absent. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
