/**
 * PostgreSQL migration 8: the team server's failed sign-ins (src/team/throttle.ts), kept in the
 * database so that the throttle survives a restart and every server process on the library counts
 * the same attempts. One row per attempt: the SHA-256 digest of what was throttled ("login:<login>"
 * — never the text itself, which may be a password typed into the login field) and when, as ISO
 * text like every other time here. Indexed by key for the count, by time for dropping old rows.
 * Idempotent.
 */
import type { Queryable } from '../types';

export async function up(q: Queryable): Promise<void> {
  await q.query(`
    CREATE TABLE IF NOT EXISTS sign_in_failures (
      key_digest text COLLATE "C" NOT NULL,
      failed_at text COLLATE "C" NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sign_in_failures_by_key ON sign_in_failures (key_digest, failed_at);
    CREATE INDEX IF NOT EXISTS sign_in_failures_by_time ON sign_in_failures (failed_at);
  `);
}
