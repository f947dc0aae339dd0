/**
 * `npx tsx bench/assign.ts [--n 100000] [--db PATH] [--pg URL] [--no-pg]`: "My queue" and the
 * "Assigned" column at scale on both stores. Seeds N news-sized documents (bench/library-data.ts) into
 * a SQLite library (`--db PATH` keeps it and reuses it) and into PostgreSQL (a throw-away cluster, or
 * `--pg URL`), one in 20 assigned to "Mei Chen", one in 7 to one of four colleagues, the rest to
 * nobody; then times, as medians of five runs of `documents:page` as the library asks it (100 rows,
 * with the true count): My queue newest first, My queue by title, the Assigned order's first page and
 * "Unassigned" newest first. Progress goes to stderr; one `summary:` line to stdout.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { benchDatabase } from './pg-bench-database';
import { migratePg } from '../src/main/core/pg/migrations/migrations';
import { library as pgLibrary } from '../src/main/core/pg/repos/library';
import { migrate } from '../src/main/core/db/migrations';
import { openDatabase } from '../src/main/core/db/open';
import { insertDocument, setDocumentAssignee } from '../src/main/core/repos/documents';
import { pageDocuments } from '../src/main/core/repos/library';
import { contentHash } from '../src/main/core/db/content-hash';
import { libraryPageRequest, type LibraryPage, type LibraryPageRequest } from '../src/shared/library-query';
import { benchDocuments } from './library-data';
import { timed } from './timing';

const COLLEAGUES = ['Ana Ruiz', 'Sam Lee', 'Dana Park', 'Émile Zola'];
const ME = 'Mei Chen';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}
const log = (message: string) => process.stderr.write(`${message}\n`);

/** Who document `i` is assigned to. */
function assigneeOf(i: number): string | null {
  if (i % 20 === 0) return ME;
  if (i % 7 === 0) return COLLEAGUES[i % COLLEAGUES.length];
  return null;
}

function* documents(n: number) {
  let i = 0;
  for (const doc of benchDocuments(n)) {
    const title = doc.text.slice(0, doc.text.indexOf('\n'));
    yield { id: doc.name, title, text: doc.text, at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(), assignee: assigneeOf(i) };
    i++;
  }
}

const CASES: Record<string, LibraryPageRequest> = {
  queue: { assignee: ME, sort: 'updated', direction: 'desc', limit: 100 },
  queue_title: { assignee: ME, sort: 'title', direction: 'asc', limit: 100 },
  assigned_order: { sort: 'assignee', direction: 'asc', limit: 100 },
  unassigned: { assignee: null, sort: 'updated', direction: 'desc', limit: 100 },
};

async function measure(name: string, page: (request: LibraryPageRequest) => LibraryPage | Promise<LibraryPage>): Promise<string[]> {
  const figures: string[] = [];
  for (const [key, request] of Object.entries(CASES)) {
    const t = await timed(() => page(request));
    log(`${name} ${key}: ${t.ms.toFixed(1)} ms (${t.value.total.toLocaleString()} of ${t.value.libraryTotal.toLocaleString()})`);
    figures.push(`${name}_${key}_ms=${t.ms.toFixed(1)}`);
  }
  return figures;
}

function seedSqlite(path: string, n: number): Database.Database {
  const db = openDatabase(path);
  migrate(db);
  const have = (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  if (have >= n) return db;
  const started = performance.now();
  let i = 0;
  const insert = db.transaction((batch: Array<ReturnType<typeof documents> extends Generator<infer D> ? D : never>) => {
    for (const d of batch) {
      insertDocument(db, { id: d.id, title: d.title, source: `${d.id}.txt`, format: 'txt', language: 'en', text: d.text, original: null, status: 'new', createdAt: d.at });
      if (d.assignee) setDocumentAssignee(db, d.id, d.assignee, d.at);
    }
  });
  let batch: Parameters<typeof insert>[0] = [];
  for (const d of documents(n)) {
    batch.push(d);
    if (batch.length === 1000) {
      insert(batch);
      batch = [];
    }
    if (++i % 10_000 === 0) log(`SQLite: seeded ${i.toLocaleString()} (${Math.round(i / ((performance.now() - started) / 1000))} docs/s)`);
  }
  if (batch.length) insert(batch);
  db.exec('ANALYZE');
  return db;
}

async function seedPg(pool: pg.Pool, n: number): Promise<void> {
  const have = Number((await pool.query('SELECT COUNT(*) AS n FROM documents')).rows[0].n);
  if (have >= n) return;
  await pool.query('DELETE FROM documents');
  let batch: Array<ReturnType<typeof documents> extends Generator<infer D> ? D : never> = [];
  const flush = async () => {
    await pool.query(
      `INSERT INTO documents (id, title, source, format, language, text, text_length, imported_text, imported_sha256, status, created_at, updated_at, assignee)
       SELECT id, title, id || '.txt', 'txt', 'en', text, length(text), text, sha, 'new', at, at, who
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(id, title, text, sha, at, who)`,
      [batch.map((d) => d.id), batch.map((d) => d.title), batch.map((d) => d.text), batch.map((d) => contentHash(d.text)), batch.map((d) => d.at), batch.map((d) => d.assignee)],
    );
    batch = [];
  };
  let i = 0;
  for (const d of documents(n)) {
    batch.push(d);
    if (batch.length === 500) await flush();
    if (++i % 10_000 === 0) log(`PostgreSQL: seeded ${i.toLocaleString()}`);
  }
  if (batch.length) await flush();
  await pool.query('VACUUM ANALYZE documents');
}

async function main(): Promise<void> {
  const n = Number(arg('n') ?? 100_000);
  const dbPath = arg('db') ?? `/tmp/copydesk-bench-assign-${n}.sqlite`;
  log(existsSync(dbPath) ? `reusing ${dbPath}` : `seeding ${dbPath}`);
  const db = seedSqlite(dbPath, n);
  const figures = await measure('sqlite', (request) => pageDocuments(db, libraryPageRequest.parse(request)));
  db.close();

  if (!process.argv.includes('--no-pg')) {
    const { url, cluster } = await benchDatabase(arg('pg'));
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      const client = await pool.connect();
      await migratePg(client, 'bench').finally(() => client.release());
      await seedPg(pool, n);
      figures.push(...(await measure('pg', (request) => pgLibrary.pageDocuments(pool, libraryPageRequest.parse(request)))));
    } finally {
      await pool.end();
      await cluster?.stop();
    }
  }
  process.stdout.write(`summary: documents=${n} ${figures.join(' ')}\n`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
