/**
 * `npx tsx bench/pg-library.ts [--n 100000] [--pg URL] [--explain]`: the PostgreSQL library
 * repository at scale (src/main/core/pg/repos/library.ts), beside the SQLite figures of
 * `npm run bench:library`. Seeds N news-sized documents (bench/library-data.ts, the same generator)
 * into a throw-away cluster — or into the database at `--pg URL`, reused when it already holds N —
 * then times, as medians of five runs: the first page, a title-sorted page, and the searches of
 * bench:library (a word in 90% of documents, a rare word, phrases of two and three words, a prefix) as `documents:page`
 * asks them (relevance, 100 rows, with the true count). `--explain` prints each search's plans.
 * Progress and plans go to stderr; one `summary:` line to stdout.
 */
import pg from 'pg';
import { benchDatabase } from './pg-bench-database';
import { migratePg } from '../src/main/core/pg/migrations/migrations';
import { library } from '../src/main/core/pg/repos/library';
import { parseSearch } from '../src/main/core/pg/repos/search-query';
import { contentHash } from '../src/main/core/db/content-hash';
import { libraryPageRequest, type LibraryPageRequest } from '../src/shared/library-query';
import { benchDocuments } from './library-data';
import { timed } from './timing';

const SEARCHES = { common: 'whale', rare: 'ambergris', phrase: '"white whale"', phrase3: '"the white whale"', prefix: 'harpoo' } as const;
const BATCH = 500;

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}
const log = (message: string) => process.stderr.write(`${message}\n`);

/** Inserts the generated documents `BATCH` rows per statement (seeding is not what is measured). */
async function seed(pool: pg.Pool, n: number): Promise<void> {
  const have = Number((await pool.query('SELECT COUNT(*) AS n FROM documents')).rows[0].n);
  if (have >= n) return;
  await pool.query('DELETE FROM documents');
  const started = performance.now();
  let batch: Array<{ id: string; title: string; text: string; at: string }> = [];
  let i = 0;
  const flush = async () => {
    await pool.query(
      `INSERT INTO documents (id, title, source, format, language, text, text_length, imported_text, imported_sha256, status, created_at, updated_at)
       SELECT id, title, id || '.txt', 'txt', 'en', text, length(text), text, sha, (ARRAY['new','in_review','reviewed'])[1 + n % 3], at, at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(id, title, text, sha, at, n)`,
      [batch.map((d) => d.id), batch.map((d) => d.title), batch.map((d) => d.text), batch.map((d) => contentHash(d.text)), batch.map((d) => d.at)],
    );
    batch = [];
  };
  for (const doc of benchDocuments(n)) {
    const title = doc.text.slice(0, doc.text.indexOf('\n'));
    batch.push({ id: doc.name, title, text: doc.text, at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() });
    i++;
    if (batch.length === BATCH) await flush();
    if (i % 10_000 === 0) log(`seeded ${i.toLocaleString()} / ${n.toLocaleString()} (${Math.round(i / ((performance.now() - started) / 1000))} docs/s)`);
  }
  if (batch.length) await flush();
  await pool.query('VACUUM ANALYZE documents');
  // The search vectors, written by the documents' trigger (PostgreSQL migration 7).
  await pool.query('VACUUM ANALYZE document_search');
}

async function main(): Promise<void> {
  const n = Number(arg('n') ?? 100_000);
  const { url, cluster } = await benchDatabase(arg('pg'));
  const pool = new pg.Pool({
    connectionString: url,
    max: 2,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  try {
    const client = await pool.connect();
    await migratePg(client, 'bench').finally(() => client.release());
    await seed(pool, n);
    const page = (request: LibraryPageRequest) => library.pageDocuments(pool, libraryPageRequest.parse(request));
    const first = await timed(() => page({ limit: 100 }));
    const byTitle = await timed(() => page({ sort: 'title', limit: 100, status: ['in_review'] }));
    const searches: string[] = [];
    for (const [name, query] of Object.entries(SEARCHES)) {
      const hit = await timed(() => page({ query, sort: 'relevance', limit: 100 }));
      const newest = await timed(() => page({ query, sort: 'updated', limit: 100 }));
      searches.push(`${name}=${hit.ms.toFixed(1)}ms/${newest.ms.toFixed(1)}ms(${hit.value.total})`);
      log(`search ${query}: relevance ${hit.ms.toFixed(1)} ms, newest first ${newest.ms.toFixed(1)} ms, ${hit.value.total.toLocaleString()} matches`);
      if (process.argv.includes('--explain')) {
        const search = await parseSearch(pool, query);
        const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(*) FROM document_search s WHERE s.search @@ $1::tsquery`, [search!.tsquery]);
        log(plan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n'));
      }
    }
    log(`first page ${first.ms.toFixed(1)} ms; in review by title ${byTitle.ms.toFixed(1)} ms`);
    process.stdout.write(`summary: documents=${first.value.libraryTotal} first_page_ms=${first.ms.toFixed(1)} title_page_ms=${byTitle.ms.toFixed(1)} search ${searches.join(' ')}\n`);
  } finally {
    await pool.end();
    await cluster?.stop();
  }
}

await main();
