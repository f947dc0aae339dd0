#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest — types, unit + DOM tests,
// the Electron/renderer build, then the end-to-end tests against the web mode.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']],
  ['Type-check (renderer)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.web.json']],
  ['Unit, DOM and PostgreSQL (pg project) tests', 'npx', ['vitest', 'run']],
  ['Build (Electron main, preload, renderer)', 'npx', ['electron-vite', 'build']],
  ['End-to-end tests (web mode, Chromium)', 'npx', ['playwright', 'test']],
];

const only = process.argv.slice(2);
for (const [name, command, args] of steps) {
  if (only.length && !only.some((word) => name.toLowerCase().includes(word.toLowerCase()))) continue;
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log('\nAll checks passed.');
