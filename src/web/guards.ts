/**
 * The checks every request to the local web server passes before anything else: the Host header
 * names our loopback address (a DNS-rebinding defence), a browser's Origin is our own, and API calls
 * carry the per-run token. Pure functions over header values, unit-tested directly.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh per-run secret: 32 random bytes, base64url. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The hosts the server answers to on `port`. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Is the `Host` header one of ours? A page on any other name (e.g. a rebound DNS name) is refused. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** Is the `Origin` header absent (not a cross-origin browser request) or one of ours? */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`);
}

/**
 * Does the `Authorization` header carry `Bearer <token>`? Compared in constant time (over SHA-256
 * digests, so neither the token's content nor its length leaks through timing).
 */
export function hasValidToken(authorization: string | undefined, token: string): boolean {
  if (authorization === undefined) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  const given = match?.[1] ?? '';
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b) && given.length > 0;
}

/** Is the request's media type JSON (`application/json`, any charset)? */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  return contentType.split(';')[0].trim().toLowerCase() === 'application/json';
}
