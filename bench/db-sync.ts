/**
 * `npm run bench -- --db-sync`: what `synchronous = FULL` costs per write against `NORMAL`, on a real
 * library file in the system's temporary folder. Each write is one `annotations:create` request, as
 * the window sends one per tag; the two settings take turns in rounds so that disk and machine noise
 * fall on both alike. Prints the median and 95th percentile in µs per write.
 *
 * Options: --writes=N (per setting, default 2000), --dir=PATH (where the library goes).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../src/main/core/service';
import { dispatch } from '../src/shared/dispatch';

type Mode = 'NORMAL' | 'FULL';
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const WRITES = Number(option('writes') ?? 2000);
const ROUNDS = 10;
const parent = option('dir') ?? tmpdir();

async function openLibrary(mode: Mode): Promise<{ core: Core; documentId: string; dir: string }> {
  const dir = mkdtempSync(join(parent, `copydesk-db-sync-${mode}-`));
  const core = createCore({ dbPath: join(dir, 'library.sqlite'), version: 'bench', cpu: 'inline' });
  core.db.pragma(`synchronous = ${mode}`);
  const text = `A wire story\n${'The regional GDP rose 5.8% to 2.7 trillion yuan, officials in Harbin said. '.repeat(200)}`;
  const result = await dispatch(core.handlers, 'documents:import', { name: 'story.txt', data: Buffer.from(text).toString('base64') });
  if (!result.ok) throw new Error(result.error.message);
  const value = result.value as { status: string; document: { id: string } };
  return { core, documentId: value.document.id, dir };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

const libraries = { NORMAL: await openLibrary('NORMAL'), FULL: await openLibrary('FULL') };
const times: Record<Mode, number[]> = { NORMAL: [], FULL: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of ['NORMAL', 'FULL'] as const) {
    const { core, documentId } = libraries[mode];
    for (let i = 0; i < WRITES / ROUNDS; i++) {
      const start = (i * 7) % 1000;
      const began = process.hrtime.bigint();
      const result = await dispatch(core.handlers, 'annotations:create', {
        documentId,
        annotations: [{ id: randomUUID(), kind: 'entity', label: 'PLACE', start, end: start + 6 }],
      });
      times[mode].push(Number(process.hrtime.bigint() - began) / 1000);
      if (!result.ok) throw new Error(result.error.message);
    }
  }
}
for (const { core, dir } of Object.values(libraries)) {
  core.close();
  rmSync(dir, { recursive: true, force: true });
}

const lines = (['NORMAL', 'FULL'] as const).map((mode) => {
  const sorted = [...times[mode]].sort((a, b) => a - b);
  return { mode, median: percentile(sorted, 50), p95: percentile(sorted, 95) };
});
console.log(`synchronous  median µs/write  p95 µs/write  (${WRITES} annotations:create each, library in ${parent})`);
for (const { mode, median, p95 } of lines) console.log(`${mode.padEnd(11)}  ${median.toFixed(0).padStart(15)}  ${p95.toFixed(0).padStart(12)}`);
const [normal, full] = lines;
console.log(`FULL costs ${(full.median - normal.median).toFixed(0)} µs more per write at the median (${(full.median / normal.median).toFixed(1)}×).`);
