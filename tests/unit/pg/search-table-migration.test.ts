/**
 * PostgreSQL migration 7 moves a library's search vectors into `document_search`: a library made at
 * schema 6 finds the same documents after the upgrade, a status change writes no vector, and
 * running the migration a second time changes nothing.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePg, PG_MIGRATIONS } from '../../../src/main/core/pg/migrations/migrations';
import { up as searchTableUp } from '../../../src/main/core/pg/migrations/migration-007-search-table';
import { documents } from '../../../src/main/core/pg/repos/documents';
import { library } from '../../../src/main/core/pg/repos/library';
import { libraryFilter } from '../../../src/shared/library-query';
import { corpus } from './corpus';
import { adminQuery, databaseUrl, PG_INSTALLED, testCluster, uniqueDatabaseName } from './harness';

const QUERIES = ['whale', '"white whale"', '"the white whale"', 'ahab', 'doubloon', 'ishm', 'nothing-here'];
const TEXTS = ['The white whale rose.', 'Ahab nailed the doubloon.', 'Call me Ishmael; the white whale waits.'];

describe.skipIf(!PG_INSTALLED)('PostgreSQL migration 7: the search table', () => {
  let admin = '';
  let stop: () => Promise<void> = async () => undefined;
  const pools: pg.Pool[] = [];

  beforeAll(async () => {
    ({ admin, stop } = await testCluster());
  }, 60_000);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await stop();
  });

  /** A new database migrated up to `version`, as a pool whose bigints are numbers. */
  async function databaseAt(version: number): Promise<pg.Pool> {
    const name = uniqueDatabaseName('search7');
    await adminQuery(admin, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`);
    const pool = new pg.Pool({
      connectionString: databaseUrl(admin, name),
      max: 2,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    pools.push(pool);
    const client = await pool.connect();
    try {
      await migratePg(client, name, PG_MIGRATIONS.filter((m) => m.version <= version));
    } finally {
      client.release();
    }
    return pool;
  }

  const counts = async (pool: pg.Pool) =>
    Promise.all(QUERIES.map(async (query) => library.countDocuments(pool, libraryFilter.parse({ query }))));

  it('carries a schema-6 library over: every search finds what it found before', async () => {
    const old = await databaseAt(6);
    const docs = corpus(9).map((doc, i) => ({ ...doc, title: i === 4 ? 'Whale of a title' : doc.title, text: `${TEXTS[i % TEXTS.length]} Number ${i}.` }));
    for (const doc of docs) await documents.insertDocument(old, doc);
    const before = (await old.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM documents WHERE search @@ to_tsquery('copydesk', 'whale')`)).rows[0].n;
    expect(before).toBe(7);

    const client = await old.connect();
    try {
      expect(await migratePg(client, 'old')).toEqual(PG_MIGRATIONS.filter((m) => m.version > 6).map((m) => m.version));
    } finally {
      client.release();
    }
    const fresh = await databaseAt(PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version);
    for (const doc of docs) await documents.insertDocument(fresh, doc);
    expect(await counts(old)).toEqual([7, 6, 6, 3, 3, 3, 0]);
    expect(await counts(fresh)).toEqual(await counts(old));
    const columns = await old.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'documents' AND column_name IN ('search', 'phrase_pairs')`);
    expect(columns.rows).toEqual([]);
    // The vectors moved are the vectors the trigger makes.
    const vectors = (pool: pg.Pool) =>
      pool.query(`SELECT d.id, s.search::text, s.phrase_pairs::text, s.title_search::text FROM documents d JOIN document_search s ON s.seq = d.seq ORDER BY d.id`);
    expect((await vectors(old)).rows).toEqual((await vectors(fresh)).rows);
  });

  it('can run twice without changing anything, and follows a rename and a deletion', async () => {
    const pool = await databaseAt(PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version);
    for (const doc of corpus(3).map((d, i) => ({ ...d, text: TEXTS[i] }))) await documents.insertDocument(pool, doc);
    const first = await counts(pool);
    await searchTableUp(pool);
    expect(await counts(pool)).toEqual(first);
    const id = corpus(3)[1].id;
    await documents.renameDocument(pool, id, 'A whale of a day', '2026-03-01T00:00:00.000Z');
    expect(await library.countDocuments(pool, libraryFilter.parse({ query: 'whale' }))).toBe(3);
    await documents.deleteDocument(pool, id);
    expect(await library.countDocuments(pool, libraryFilter.parse({ query: 'whale' }))).toBe(2);
    expect((await pool.query('SELECT COUNT(*)::int AS n FROM document_search')).rows[0].n).toBe(2);
  });
});
