/**
 * The PostgreSQL schema's forward-only, numbered migrations, recorded in `schema_migrations`
 * (version, name, applied_at) like the SQLite ones (db/migrations.ts). Versions count separately
 * from SQLite's: PostgreSQL's 1 is SQLite's 7.
 *
 * All pending migrations run in one transaction under an advisory lock: two servers starting on a
 * new database at once take turns, and the second finds the work done. A database whose recorded
 * version is newer than this code knows is refused before anything is written.
 */
import type { PoolClient } from 'pg';
import { ApiError } from '../../../../shared/result';
import { nowIso } from '../../db/sql';
import type { Queryable } from '../types';
import * as initial from './migration-001-initial';
import * as teamAccounts from './migration-002-team-accounts';
import * as claimsDeskIndexes from './migration-003-claims-desk-indexes';
import * as doubleReview from './migration-004-double-review';
import * as documentAssignee from './migration-005-document-assignee';
import * as phrasePairs from './migration-006-phrase-pairs';
import * as searchTable from './migration-007-search-table';
import * as signInFailures from './migration-008-sign-in-failures';
import * as throttleSecret from './migration-009-throttle-secret';

/** One schema step. `version`s are consecutive from 1 and never reused or edited once released. */
export interface PgMigration {
  version: number;
  name: string;
  up(q: Queryable): Promise<void>;
}

/** Every migration this app knows, oldest first. Append new ones; never change released ones. */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  { version: 1, name: 'initial schema (SQLite schema 7)', up: initial.up },
  { version: 2, name: 'team accounts: users, sessions, invites', up: teamAccounts.up },
  { version: 3, name: 'claims desk indexes: claim text, assignee', up: claimsDeskIndexes.up },
  { version: 4, name: 'double review: annotation layers, reviewers, adjudications', up: doubleReview.up },
  { version: 5, name: 'documents assigned to people', up: documentAssignee.up },
  { version: 6, name: 'phrase search: index of consecutive word pairs', up: phrasePairs.up },
  { version: 7, name: 'search vectors in their own table, written only with the title or text', up: searchTable.up },
  { version: 8, name: 'failed sign-ins, counted across restarts and server processes', up: signInFailures.up },
  { version: 9, name: 'a secret of the library’s own for the sign-in throttle’s keys', up: throttleSecret.up },
];

/** The newest schema version this app knows. */
export const LATEST_PG_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;

/** The advisory lock key migrations hold (any constant; advisory keys are per database). */
const MIGRATION_LOCK_KEY = 0x436f_7079_4d67; // "CopyMg"

/** The schema version recorded in the database `q` is connected to: 0 for a new one. */
export async function recordedPgSchemaVersion(q: Queryable): Promise<number> {
  const table = await q.query<{ found: string | null }>(`SELECT to_regclass('schema_migrations')::text AS found`);
  if (!table.rows[0].found) return 0;
  const row = await q.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  return Number(row.rows[0].version ?? 0);
}

/** Throws the "newer version" error when the database's schema is beyond what this code knows. */
export function assertKnownPgSchemaVersion(version: number, where: string, latest: number = LATEST_PG_SCHEMA_VERSION): void {
  if (version > latest) {
    throw new ApiError(
      'database',
      `The team library ${where} was set up by a newer version of Copydesk (schema ${version}; this app knows up to ${latest}). Update Copydesk to use it.`,
    );
  }
}

/** Refuses a database whose schema is not exactly this code's (for a server started without migrating). */
export async function assertCurrentPgSchema(q: Queryable, where: string): Promise<void> {
  const version = await recordedPgSchemaVersion(q);
  assertKnownPgSchemaVersion(version, where);
  if (version < LATEST_PG_SCHEMA_VERSION) {
    throw new ApiError(
      'database',
      `The team library ${where} has an older schema (${version}; this app needs ${LATEST_PG_SCHEMA_VERSION}). Upgrade it first: npm run server -- --migrate.`,
    );
  }
}

/**
 * Brings the database up to the newest schema on `client` (a dedicated connection, not the pool:
 * the transaction must stay on one connection). Answers the versions applied (empty when current).
 */
export async function migratePg(
  client: PoolClient,
  where: string,
  migrations: readonly PgMigration[] = PG_MIGRATIONS,
): Promise<number[]> {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    const current = await recordedPgSchemaVersion(client);
    assertKnownPgSchemaVersion(current, where, latest);
    const applied: number[] = [];
    if (current < latest) {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at text NOT NULL
      )`);
      for (const migration of migrations) {
        if (migration.version <= current) continue;
        await migration.up(client);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          nowIso(),
        ]);
        applied.push(migration.version);
      }
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
