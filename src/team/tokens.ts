/**
 * Secrets handed to a browser (session cookies, invite links): 32 random bytes, base64url. The
 * database keeps only their SHA-256 digest, so a copy of the database (a backup, a pg_dump) signs
 * nobody in. 256 random bits need no slow hash: guessing is hopeless either way.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret token. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The digest stored for `token` (hex SHA-256). */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Is `value` shaped like one of our tokens (43 base64url characters)? Anything else is refused unread. */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
