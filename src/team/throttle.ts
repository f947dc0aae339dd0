/**
 * Slows password guessing: after `limit` failed sign-ins for one login within `windowMs`, further
 * attempts for it are refused until the window has passed.
 *
 * The attempts live in PostgreSQL (`sign_in_failures`, pg migration 8), so a restart forgets nothing
 * and every server process on the same library counts the same attempts. An attempt is counted
 * *before* its password is checked and forgotten when it succeeds: counting and recording happen
 * under one per-key advisory lock, so a burst of simultaneous guesses — on one process or several —
 * cannot all pass the check before the first failure is written. Keys are stored as SHA-256
 * digests (a mistyped password in the login field never reaches the database as text).
 */
import type { Pool } from 'pg';
import { tokenDigest } from './tokens';

/** The throttle's rule and clock. */
export interface ThrottleOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { limit: 10, windowMs: 15 * 60_000 };

/** Advisory-lock class of the throttle's per-key locks (two-key form; any constant: "SI"). */
const LOCK_CLASS = 0x5349;

export class SignInThrottle {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(
    private readonly pool: Pool,
    options: ThrottleOptions = DEFAULT_THROTTLE,
  ) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.now = options.now ?? Date.now;
  }

  /**
   * Counts a sign-in attempt for `keys`, before its password is checked. Answers 0 when it may go
   * ahead — it then counts as failed until {@link clear} says it succeeded — or the milliseconds until
   * one may, recording nothing.
   */
  async attempt(keys: readonly string[]): Promise<number> {
    const digests = [...new Set(keys.map(tokenDigest))].sort(); // one lock order: no deadlock between two attempts
    const now = this.now();
    const since = new Date(now - this.windowMs).toISOString();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const digest of digests) await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, digest]);
      // Per key, the `limit`-th newest failure in the window: it leaves the window when one may try again.
      const { rows } = await client.query<{ failed_at: string }>(
        `SELECT failed_at FROM (
           SELECT failed_at, row_number() OVER (PARTITION BY key_digest ORDER BY failed_at DESC) AS n
           FROM sign_in_failures WHERE key_digest = ANY($1) AND failed_at > $2
         ) recent WHERE n = $3`,
        [digests, since, this.limit],
      );
      const wait = Math.max(0, ...rows.map((row) => Date.parse(row.failed_at) + this.windowMs - now));
      if (wait === 0) {
        await client.query('INSERT INTO sign_in_failures (key_digest, failed_at) SELECT unnest($1::text[]), $2', [digests, new Date(now).toISOString()]);
        // What left every window is kept no longer (the time index makes this cheap).
        await client.query('DELETE FROM sign_in_failures WHERE failed_at <= $1', [since]);
      }
      await client.query('COMMIT');
      return wait;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Forgets the failures of `keys` (after a successful sign-in, whose own attempt is among them). */
  async clear(keys: readonly string[]): Promise<void> {
    await this.pool.query('DELETE FROM sign_in_failures WHERE key_digest = ANY($1)', [keys.map(tokenDigest)]);
  }
}
