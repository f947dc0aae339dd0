/**
 * `npx tsx bench/pg-annotations.ts [--n 5000] [--delete 2000] [--rounds 3] [--store both|sqlite|postgres]`:
 * a big annotation step through the core's handlers, on a team library (a throw-away PostgreSQL
 * cluster, src/main/core/pg/cluster.ts) and on a library file (SQLite). Each round imports a fresh
 * 60,000-character document, creates N annotations in one `annotations:create` (half of them claims,
 * which get a verification row each) and deletes the first D in one `annotations:delete`. Prints the
 * median of the rounds per store; progress on stderr, one `summary:` line on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster, type PgCluster } from '../src/main/core/pg/cluster';
import { createCore, type Core } from '../src/main/core/service';
import { dispatch } from '../src/shared/dispatch';
import type { Input, NewAnnotation, OperationName, Output } from '../src/shared/api';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}
const log = (message: string) => process.stderr.write(`${message}\n`);

async function call<K extends OperationName>(core: Core, name: K, input: Input<K>): Promise<Output<K>> {
  const result = await dispatch(core.handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

const TEXT = 'The port handled 2.7 million containers last year, up 12 per cent, the authority said on Monday. '.repeat(620);

/** N annotations over TEXT: non-overlapping 10-character ranges, every other one a claim. */
function inputs(n: number): NewAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({ kind: i % 2 ? 'claim' : 'note', start: i * 11, end: i * 11 + 10 }));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(core: Core, n: number, remove: number, rounds: number): Promise<{ create: number; delete: number }> {
  const create: number[] = [];
  const del: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await call(core, 'documents:import', { name: `bench-${round}.txt`, data: Buffer.from(`Round ${round}\n${TEXT}`).toString('base64'), companions: [] });
    // The document just imported (its text differs per round: the same text again would be a duplicate)
    // is the only one without annotations (earlier rounds keep N − D).
    const doc = (await call(core, 'documents:list', {})).find((d) => d.annotationCount === 0)!;
    let started = performance.now();
    const { annotations } = await call(core, 'annotations:create', { documentId: doc.id, annotations: inputs(n) });
    create.push(performance.now() - started);
    started = performance.now();
    await call(core, 'annotations:delete', { ids: annotations.slice(0, remove).map((a) => a.id) });
    del.push(performance.now() - started);
    log(`  round ${round + 1}: create ${Math.round(create.at(-1)!)} ms, delete ${Math.round(del.at(-1)!)} ms`);
  }
  return { create: Math.round(median(create)), delete: Math.round(median(del)) };
}

async function main(): Promise<void> {
  const n = Number(arg('n') ?? 5000);
  const remove = Number(arg('delete') ?? 2000);
  const rounds = Number(arg('rounds') ?? 3);
  const which = arg('store') ?? 'both';
  const figures: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  let cluster: PgCluster | null = null;
  try {
    if (which !== 'postgres') {
      log('SQLite (library file):');
      const core = createCore({ dbPath: join(scratch, 'library.db'), suggestOnImport: false });
      try {
        const r = await measure(core, n, remove, rounds);
        figures.push(`sqlite create ${n} ${r.create} ms, delete ${remove} ${r.delete} ms`);
      } finally {
        core.close();
      }
    }
    if (which !== 'sqlite') {
      log('PostgreSQL (throw-away cluster):');
      cluster = await startCluster();
      await cluster.createDatabase('bench');
      const core = createCore({ postgresUrl: cluster.url('bench'), logDir: scratch, suggestOnImport: false });
      try {
        const r = await measure(core, n, remove, rounds);
        figures.push(`postgres create ${n} ${r.create} ms, delete ${remove} ${r.delete} ms`);
      } finally {
        core.close();
        await core.store.close().catch(() => undefined);
      }
    }
  } finally {
    await cluster?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(`summary: ${figures.join('; ')} (median of ${rounds})\n`);
}

void main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
