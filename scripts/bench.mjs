#!/usr/bin/env node
// `npm run bench` (see bench/README.md). `node scripts/bench.mjs --quick` is the < 2 min smoke run.
// `npm run bench -- --db-sync` measures instead what synchronous=FULL costs per write (bench/db-sync.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../bench/runner.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--db-sync')) {
  const script = fileURLToPath(new URL('../bench/db-sync.ts', import.meta.url));
  const args = argv.filter((a) => a !== '--db-sync');
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

main(argv).catch((e) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
