/**
 * For the PostgreSQL repository tests: one throw-away cluster per test file, a freshly migrated
 * database per test, and a SQLite library beside it for the side-by-side checks. When PostgreSQL is
 * not installed, `pgAvailable` is false and the suites skip themselves with that reason.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrations';
import { findPgBin, startCluster, type PgCluster } from '../../../src/main/core/pg/cluster';
import { migratePg } from '../../../src/main/core/pg/migrations/migrations';

/** Whether the PostgreSQL binaries are here (the suites skip otherwise). */
export const pgAvailable = findPgBin() !== null;

/** A pool whose bigints (seq, COUNT) arrive as numbers, as the store's pool answers them. */
function numericPool(url: string): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: 2,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
}

/**
 * Registers the cluster's lifetime on the calling test file and answers `fresh()`: a new migrated
 * PostgreSQL database (as a pool) and a new migrated SQLite library, both closed after the test.
 */
export function repoHarness() {
  let cluster: PgCluster | null = null;
  let template = '';
  let count = 0;
  const open: Array<() => Promise<void> | void> = [];

  beforeAll(async () => {
    if (!pgAvailable) return;
    cluster = await startCluster();
    template = 'repo_template';
    // A UTF-8 character type, so the search configuration folds the case of every script (under
    // the C ctype PostgreSQL lower-cases ASCII only); text columns sort by "C" whatever it is.
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`);
    await admin.end();
    const pool = new pg.Pool({ connectionString: cluster.url(template), max: 1 });
    const client = await pool.connect();
    try {
      await migratePg(client, template);
    } finally {
      client.release();
      await pool.end();
    }
  }, 60_000);

  afterEach(async () => {
    while (open.length) await open.pop()!();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  return {
    /** A migrated PostgreSQL database and a migrated in-memory SQLite library. */
    async fresh(): Promise<{ pool: pg.Pool; db: Database.Database; url: string }> {
      if (!cluster) throw new Error('no cluster');
      const name = `repo_${++count}`;
      await cluster.createDatabase(name, template);
      const url = cluster.url(name);
      const pool = numericPool(url);
      // Dropping the database ends its idle connections; that is expected here, not an error.
      pool.on('error', () => undefined);
      const db = new Database(':memory:');
      db.pragma('foreign_keys = ON');
      migrate(db);
      const c = cluster;
      open.push(async () => {
        db.close();
        await pool.end();
        await c.dropDatabase(name);
      });
      return { pool, db, url };
    },
  };
}
