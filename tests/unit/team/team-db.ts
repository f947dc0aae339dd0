/**
 * A throw-away PostgreSQL cluster for the team-server tests (one per test file) and a freshly
 * migrated database per test, with the accounts on it at a low hashing cost and a movable clock.
 */
import pg from 'pg';
import { startCluster, type PgCluster } from '../../../src/main/core/pg/cluster';
import { migratePg } from '../../../src/main/core/pg/migrations/migrations';
import { Accounts, type AccountTimes } from '../../../src/team/accounts';

/** Cheap scrypt for tests (the default costs ~100 ms a hash). */
export const TEST_COST = { logN: 10, r: 8, p: 1 };

let counter = 0;

/**
 * A migrated database on `cluster`, its pool, and accounts over it whose clock the test moves. With
 * `locale` (e.g. 'C.utf8', as a glibc UTF-8 server would have) instead of the cluster's C locale: SQL
 * `lower()` of typed text then folds non-ASCII letters too.
 */
export async function freshTeamDb(cluster: PgCluster, times: Partial<AccountTimes> = {}, locale?: string) {
  const name = `team_${process.pid}_${++counter}`;
  if (locale === undefined) await cluster.createDatabase(name);
  else {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE '${locale.replace(/'/g, "''")}'`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({ connectionString: cluster.url(name) });
  pool.on('error', () => undefined); // an idle connection closed when the cluster stops
  const client = await pool.connect();
  try {
    await migratePg(client, name);
  } finally {
    client.release();
  }
  const clock = { now: Date.parse('2026-03-01T09:00:00.000Z') };
  const accounts = new Accounts({ pool, times, now: () => clock.now, cost: TEST_COST });
  return { pool, accounts, clock, url: cluster.url(name), close: () => pool.end() };
}

export { startCluster };
