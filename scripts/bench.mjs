#!/usr/bin/env node
// `npm run bench` (see bench/README.md). `node scripts/bench.mjs --quick` is the < 2 min smoke run.
import { main } from '../bench/runner.mjs';

main(process.argv.slice(2)).catch((e) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
