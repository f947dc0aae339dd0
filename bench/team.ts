/**
 * `npm run bench:team [-- --reviewers 20] [--seconds 60] [--pg URL] [--documents 8] [--claims 5]
 * [--chars 3000] [--think-ms 1000] [--seed 1] [--durable] [--cpu-prof DIR]`: a desk of N reviewers
 * writing at once to one team server.
 *
 * The server (`src/team/main.ts`) runs in its own process on a throw-away PostgreSQL cluster
 * (src/main/core/pg/cluster.ts; without fsync unless `--durable`), or on `--pg URL` (a scratch
 * database: the bench adds accounts and documents). Each reviewer is an HTTP client signed in as
 * its own account; for S seconds they tag, relabel, move and delete their annotations and work
 * shared claims with optimistic concurrency (bench/team/reviewer.ts), pausing about `--think-ms`
 * between two writes (0: back to back). Then everything is read back and every acknowledged write
 * is looked for (bench/team/ledger.ts). Progress and details go to stderr; stdout ends with one line:
 * `summary: reviewers=N writes_per_s=… p50_ms=… p95_ms=… p99_ms=… conflicts=… lost=…`.
 * Latencies are client round trips of the write requests (conflicts included); writes/s counts
 * acknowledged writes. `--cpu-prof DIR` writes a V8 CPU profile of the server there. The exit code
 * is 1 when a write was lost or could not be verified.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startCluster, type PgCluster } from '../src/main/core/pg/cluster';
import { migratePg } from '../src/main/core/pg/migrations/migrations';
import { pgLocation } from '../src/main/core/pg/store';
import { prepareSharedWork, signInReviewers, type BenchReviewer } from './team/desk';
import { Ledger, type AnnotationState, type ClaimState, type ReadBack } from './team/ledger';
import { Reviewer } from './team/reviewer';
import { startServerProcess, type ServerProcess } from './team/server-process';
import { figure, Latencies, spread } from './team/stats';
import type { ApiCaller } from './team/client';
// mulberry32(seed): the seeded generator the editor benchmarks use too, so a run's choices can be repeated.
import { mulberry32 } from './data.mjs';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

function count(name: string, fallback: number, min = 1): number {
  const text = arg(name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < min) throw new RangeError(`--${name} must be a whole number of at least ${min}, not "${text}".`);
  return value;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

async function value<T>(client: ApiCaller, operation: string, input: unknown): Promise<T> {
  const reply = await client.call(operation, input);
  if (!reply.body?.ok) throw new Error(`${operation} while reading back: ${reply.body ? reply.body.error.message : (reply.failure ?? reply.status)}`);
  return reply.body.value as T;
}

/** Everything the run wrote, read back through the API (annotations and claims per document). */
async function readBack(client: ApiCaller, documentIds: readonly string[]): Promise<ReadBack> {
  const annotations = new Map<string, AnnotationState>();
  const claims = new Map<string, ClaimState>();
  for (const documentId of documentIds) {
    for (const a of await value<Array<AnnotationState & { id: string }>>(client, 'annotations:list', { documentId })) annotations.set(a.id, a);
    for (const { claim } of await value<Array<{ claim: ClaimState & { annotationId: string } }>>(client, 'claims:list', { documentId })) claims.set(claim.annotationId, claim);
  }
  return { annotations, claims };
}

async function main(): Promise<number> {
  const reviewerCount = count('reviewers', 20);
  const seconds = count('seconds', 60);
  const documentCount = count('documents', 8);
  const claimsPerDocument = count('claims', 5);
  const chars = count('chars', 3000, 200);
  // About one write a second per reviewer: several times faster than a person tags and checks,
  // so twenty of them are a busy desk. --think-ms 0 writes back to back (the server's capacity).
  const thinkMs = count('think-ms', 1000, 0);
  const seed = count('seed', 1, 0);
  const tag = randomBytes(3).toString('hex');

  let cluster: PgCluster | null = null;
  let server: ServerProcess | null = null;
  let pool: pg.Pool | null = null;
  const reviewers: BenchReviewer[] = [];
  try {
    let url = arg('pg');
    if (url === undefined) {
      // Without --durable the cluster skips fsync, as test clusters and --pg-scratch do.
      const durable = process.argv.includes('--durable');
      log(`Starting a throw-away PostgreSQL cluster${durable ? ' (fsync on)' : ''}…`);
      cluster = await startCluster({ durable });
      await cluster.createDatabase('copydesk_bench');
      url = cluster.url('copydesk_bench');
    }
    pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => undefined);
    const client = await pool.connect();
    try {
      await migratePg(client, pgLocation(url));
    } finally {
      client.release();
    }
    server = await startServerProcess({ pgUrl: url, cpuProfDir: arg('cpu-prof') });
    log(`Team server ${server.origin.origin} on ${pgLocation(url)}; signing in ${reviewerCount} reviewers…`);
    reviewers.push(...(await signInReviewers(pool, server.origin, reviewerCount, tag)));
    const work = await prepareSharedWork(reviewers[0].client, tag, documentCount, claimsPerDocument, chars);
    log(`${work.documents.length} documents of ${chars} characters, ${work.claims.length} shared claims; writing for ${seconds} s, ${thinkMs ? `pausing ${thinkMs / 2}–${(thinkMs * 3) / 2} ms between writes` : 'back to back'}…`);

    const ledger = new Ledger();
    for (const claim of work.claims) ledger.claimSeeded(claim.id, claim.version);
    const latencies = new Latencies();
    const random = mulberry32(seed);
    const desk = reviewers.map(
      (r, i) =>
        new Reviewer({
          name: r.name,
          client: r.client,
          ledger,
          latencies,
          documents: work.documents,
          claimIds: work.claims.map((c) => c.id),
          assignees: reviewers.map((x) => x.name),
          random: mulberry32(Math.floor(random() * 2 ** 31) + i),
          thinkMs,
        }),
    );
    await Promise.all(desk.map((reviewer) => reviewer.open()));
    const timingsBefore = server.timings.length;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const progress = setInterval(() => log(`  ${Math.round((performance.now() - started) / 1000)} s: ${ledger.acknowledged} writes, ${ledger.conflicts} conflicts`), 10_000);
    await Promise.all(desk.map((reviewer) => reviewer.run(() => performance.now() >= deadline)));
    clearInterval(progress);
    const elapsed = (performance.now() - started) / 1000;

    log('Reading everything back…');
    const verification = ledger.verify(await readBack(reviewers[0].client, work.documents.map((d) => d.id)));
    const writesPerS = ledger.acknowledged / elapsed;
    const all = spread(latencies.all());

    for (const op of latencies.operations()) log(`  ${op.operation}: ${op.count} requests, p50 ${figure(op.p50)} ms, p95 ${figure(op.p95)} ms, p99 ${figure(op.p99)} ms (client)`);
    const writes = new Set(latencies.operations().map((op) => op.operation));
    const serverMs = server.timings.slice(timingsBefore).filter((t) => writes.has(t.operation));
    const onServer = spread(serverMs.map((t) => t.ms));
    log(`  server's own time for the same writes: p50 ${figure(onServer.p50)} ms, p95 ${figure(onServer.p95)} ms, p99 ${figure(onServer.p99)} ms`);
    log(`  reads: ${desk.reduce((n, r) => n + r.reads, 0)} claim reloads; refused: ${ledger.refused}; unknown outcome: ${ledger.unknown}`);
    log(`  checked ${verification.checked} records; unverifiable ${verification.unverifiable}`);
    for (const problem of verification.problems.slice(0, 10)) log(`  LOST: ${problem}`);

    process.stdout.write(
      `summary: reviewers=${reviewerCount} writes_per_s=${figure(writesPerS)} p50_ms=${figure(all.p50)} p95_ms=${figure(all.p95)} p99_ms=${figure(all.p99)} conflicts=${ledger.conflicts} lost=${verification.lost}\n`,
    );
    return verification.lost > 0 || verification.unverifiable > 0 ? 1 : 0;
  } finally {
    for (const r of reviewers) r.client.close();
    await server?.stop();
    await pool?.end();
    await cluster?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
