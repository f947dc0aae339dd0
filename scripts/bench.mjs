#!/usr/bin/env node
// `npm run bench` (see bench/README.md). `node scripts/bench.mjs --quick` is the < 2 min smoke run.
// `npm run bench -- --db-sync` measures instead what synchronous=FULL costs per write (bench/db-sync.ts).
// After the editor's figures come the suggestions' (bench/suggest.mjs: a 10,000-character article and
// Moby Dick through the API) and the triage keys' (bench/triage.mjs: ] and Enter with 5,000 pending
// suggestions); `--suggestions` runs only those, `--no-suggestions` leaves them out.
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

async function suggestionPart() {
  const { benchSuggestions } = await import('../bench/suggest.mjs');
  const { benchTriage } = await import('../bench/triage.mjs');
  console.log('\nSuggestions (issue 8)');
  for (const line of await benchSuggestions()) console.log(line);
  for (const line of await benchTriage()) console.log(line);
}

const SUGGESTION_FLAGS = ['--suggestions', '--no-suggestions'];
const editorArgs = argv.filter((a) => !SUGGESTION_FLAGS.includes(a));
const run = argv.includes('--suggestions')
  ? suggestionPart()
  : main(editorArgs).then(() => (argv.includes('--no-suggestions') || argv.includes('--prepare') ? undefined : suggestionPart()));
run.catch((e) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
