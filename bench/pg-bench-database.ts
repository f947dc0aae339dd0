/**
 * The PostgreSQL database a bench runs on: the one `--pg URL` names, else a `bench` database (C
 * collation, as the library benches compare orders with SQLite's) on a throw-away cluster that the
 * caller stops when done.
 */
import pg from 'pg';
import { startCluster, type PgCluster } from '../src/main/core/pg/cluster';

export async function benchDatabase(given: string | undefined): Promise<{ url: string; cluster: PgCluster | null }> {
  if (given) return { url: given, cluster: null };
  const cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE bench TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`);
  await admin.end();
  return { url: cluster.url('bench'), cluster };
}
