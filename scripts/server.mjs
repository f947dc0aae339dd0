#!/usr/bin/env node
/**
 * `npm run server -- --pg URL …`: the Copydesk team server (src/team/main.ts, through tsx). Builds
 * the renderer first when it is stale, as `npm run web` does; Ctrl+C or SIGTERM stop the server.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRendererBuilt } from './renderer-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const serving = !args.some((a) => a === '--help' || a === '-h' || a === '--migrate' || (a.startsWith('--create-admin') && !args.includes('--pg-scratch')));
if (serving) ensureRendererBuilt(root);

const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const server = spawn(process.execPath, [tsx, join(root, 'src', 'team', 'main.ts'), ...args], {
  cwd: root,
  env: { ...process.env, INIT_CWD: process.env.INIT_CWD || process.cwd() },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
