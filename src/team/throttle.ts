/**
 * Slows password guessing: after `limit` failed sign-ins for one login within `windowMs`, further
 * attempts for it are refused until the window has passed.
 *
 * The attempts live in PostgreSQL (`sign_in_failures`, pg migration 8), so a restart forgets nothing
 * and every server process on the same library counts the same attempts. An attempt is counted
 * *before* its password is checked and forgotten when it succeeds: counting and recording happen
 * under one per-key advisory lock, so a burst of simultaneous guesses — on one process or several —
 * cannot all pass the check before the first failure is written.
 *
 * Keys are stored as HMAC-SHA-256 digests under the library's own secret (pg migration 9): what was
 * typed never reaches the database as text, and a dump of the table cannot be looked up in a table of
 * digests made for every library. The caller throttles valid logins only (auth-routes.ts).
 */
import { createHmac } from 'node:crypto';
import type { Pool } from 'pg';
import { THROTTLE_SECRET } from '../main/core/pg/migrations/migration-009-throttle-secret';

/** The throttle's rule and clock. */
export interface ThrottleOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { limit: 10, windowMs: 15 * 60_000 };

/** Advisory-lock class of the throttle's per-key locks (two-key form; any constant: "SI"). */
const LOCK_CLASS = 0x5349;

/** `value` as an SQL literal; only our own hex digests and ISO times are inlined (the guard says so). */
function literal(value: string): string {
  if (!/^[0-9A-Za-z:.-]+$/.test(value)) throw new Error('The sign-in throttle inlines only hex digests and ISO times.');
  return `'${value}'`;
}

export class SignInThrottle {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private secret: Promise<Buffer> | undefined;

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
    if (keys.length === 0) return 0;
    const digests = [...new Set(await this.digests(keys))].sort(); // one lock order: no deadlock between two attempts
    const now = this.now();
    const since = literal(new Date(now - this.windowMs).toISOString());
    const list = `ARRAY[${digests.map(literal).join(', ')}]::text[]`;
    // One round trip: several statements in one query message run as one transaction, each with a
    // snapshot of its own — so the count, taken after the locks are held, sees every attempt recorded
    // before them. (One statement would not: its snapshot is older than the locks it waits for.) Per
    // key, the `limit`-th newest failure in the window: it leaves the window when one may try again.
    // An attempt is recorded only when no key is at the limit; what left every window is dropped.
    const results = await this.pool.query(`
      SELECT ${digests.map((d) => `pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${literal(d)}))`).join(', ')};
      WITH blocked AS (
        SELECT failed_at FROM (
          SELECT failed_at, row_number() OVER (PARTITION BY key_digest ORDER BY failed_at DESC) AS n
          FROM sign_in_failures WHERE key_digest = ANY(${list}) AND failed_at > ${since}
        ) recent WHERE n = ${Math.max(1, Math.floor(this.limit))}
      ), recorded AS (
        INSERT INTO sign_in_failures (key_digest, failed_at)
        SELECT unnest(${list}), ${literal(new Date(now).toISOString())} WHERE NOT EXISTS (SELECT 1 FROM blocked)
      ), dropped AS (
        DELETE FROM sign_in_failures WHERE failed_at <= ${since}
      )
      SELECT failed_at FROM blocked`);
    const rows = (results as unknown as Array<{ rows: Array<{ failed_at: string }> }>)[1].rows;
    return Math.max(0, ...rows.map((row) => Date.parse(row.failed_at) + this.windowMs - now));
  }

  /** Forgets the failures of `keys` (after a successful sign-in, whose own attempt is among them). */
  async clear(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.pool.query('DELETE FROM sign_in_failures WHERE key_digest = ANY($1)', [await this.digests(keys)]);
  }

  /** The stored form of `keys`: HMAC-SHA-256 under the library's secret, read once. */
  private async digests(keys: readonly string[]): Promise<string[]> {
    if (this.secret === undefined) {
      this.secret = this.pool.query<{ secret: string }>('SELECT secret FROM library_secrets WHERE name = $1', [THROTTLE_SECRET]).then(({ rows }) => {
        if (!rows[0]) throw new Error('The team library has no sign-in throttle secret; upgrade it first: npm run server -- --migrate.');
        return Buffer.from(rows[0].secret, 'hex');
      });
      this.secret.catch(() => (this.secret = undefined)); // a failed read is tried again next time
    }
    const secret = await this.secret;
    return keys.map((key) => createHmac('sha256', secret).update(key, 'utf8').digest('hex'));
  }
}
