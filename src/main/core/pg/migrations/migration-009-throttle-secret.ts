/**
 * PostgreSQL migration 9: the library's own secret for the sign-in throttle's keys (src/team/throttle.ts).
 * Migration 8 stored a plain SHA-256 of "login:<login>", the same in every library: a password typed
 * into the login field could be found again from a dump by hashing guesses against a ready-made table.
 * The keys are now HMAC-SHA-256 under this secret, made here from the server's random source.
 *
 * The plain digests written before are dropped when the secret is created (they would never match a
 * key again; at most one throttle window of counts is forgotten, once). Idempotent: run again, it
 * keeps the secret and the counts.
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../types';

/** The `library_secrets` row the throttle keys with. */
export const THROTTLE_SECRET = 'sign-in-throttle';

export async function up(q: Queryable): Promise<void> {
  await q.query(`CREATE TABLE IF NOT EXISTS library_secrets (
    name text COLLATE "C" PRIMARY KEY,
    secret text COLLATE "C" NOT NULL
  )`);
  const created = await q.query('INSERT INTO library_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING name', [
    THROTTLE_SECRET,
    randomBytes(32).toString('hex'),
  ]);
  if (created.rows.length > 0) await q.query('DELETE FROM sign_in_failures');
}
