/**
 * PostgreSQL for tests: a fresh, migrated team library per test, copied from the template database
 * the `pg` project's global setup made (global-setup.ts). Outside that project (no cluster
 * provided), `withOwnCluster` starts one for the file.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { findPgBin, startCluster, type PgCluster } from '../../../src/main/core/pg/cluster';
import { pgStore, type PgStore } from '../../../src/main/core/pg/store';
import type { Core } from '../../../src/main/core/service';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/** The migrated database every test database is a copy of. */
export const TEMPLATE_DATABASE = 'copydesk_template';

/** Whether the handler tests run against PostgreSQL (the `pg` project). */
export const ON_POSTGRES = process.env.COPYDESK_TEST_STORE === 'postgres';

/** Whether PostgreSQL's binaries are installed here. */
export const PG_INSTALLED = findPgBin() !== null;

/** The admin URL of the run's cluster (the `postgres` database). */
export function adminUrl(): string {
  const url = inject('pgAdminUrl');
  if (!url) throw new Error('No PostgreSQL cluster: run this under the "pg" vitest project (npx vitest run --project pg).');
  return url;
}

/** The URL of database `name` on the cluster at `admin`. */
export function databaseUrl(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A database name nobody else uses. */
export function uniqueDatabaseName(prefix = 't'): string {
  return `${prefix}_${process.pid}_${randomBytes(6).toString('hex')}`;
}

/** Runs `sql` on the admin database of the cluster at `admin`. */
export async function adminQuery(admin: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates `name` as a copy of the template. FILE_COPY (PostgreSQL 15+) copies the files whole: three
 * times faster than the default WAL_LOG for a small database, and this cluster does not fsync.
 */
async function copyTemplate(admin: string, name: string): Promise<void> {
  const create = `CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`;
  try {
    await adminQuery(admin, `${create} STRATEGY FILE_COPY`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42601') throw error; // before 15: no STRATEGY
    await adminQuery(admin, create);
  }
}

/**
 * A store on a new database copied from the template (created on the store's first use, so this
 * stays synchronous like `newCore`); closing it drops the database.
 */
export function freshPgStore(admin = adminUrl()): PgStore {
  const name = uniqueDatabaseName();
  const store = pgStore(databaseUrl(admin, name), {
    prepare: () => copyTemplate(admin, name),
  });
  const close = store.close;
  // Closing also drops the database, so a run of a thousand tests does not keep a thousand copies.
  store.close = async () => {
    await close();
    await adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  };
  return store;
}

/**
 * The cluster for a test file of the store itself: the run's when the `pg` project provided one,
 * else its own, started on first use (stop it in afterAll with the answer's `stop`).
 */
export async function testCluster(): Promise<{ admin: string; stop(): Promise<void> }> {
  const provided = inject('pgAdminUrl');
  if (provided) return { admin: provided, stop: async () => undefined };
  const cluster: PgCluster = await startCluster();
  return { admin: cluster.url(), stop: () => cluster.stop() };
}

/**
 * Rows of `sql` (with `?` placeholders) run on the core's own database, whichever store it has:
 * for tests that check what was stored beneath the API (a row count, a stored hash).
 */
export async function sqlRows(core: Core, sql: string, ...params: unknown[]): Promise<Array<Record<string, unknown>>> {
  if (core.store.kind === 'sqlite') return core.db.prepare(sql).all(...params) as Array<Record<string, unknown>>;
  const store = core.store as PgStore;
  await store.ready(); // the test's database is created on first use
  let n = 0;
  const { rows } = await store.pool.query(sql.replace(/\?/g, () => `$${++n}`), params);
  return rows;
}

/** How many rows `table` holds in the core's database. */
export async function rowCount(core: Core, table: string): Promise<number> {
  return Number((await sqlRows(core, `SELECT COUNT(*) AS n FROM ${table}`))[0].n);
}
