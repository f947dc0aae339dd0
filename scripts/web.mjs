#!/usr/bin/env node
/**
 * `npm run web [-- --db PATH] [--port N]`: Copydesk in your browser.
 *
 * Builds the renderer with `npx electron-vite build` when `out/renderer/index.html` is missing or
 * older than the sources it is built from, then runs the local web server (src/web/main.ts) through
 * tsx, passing the arguments on. Ctrl+C or SIGTERM stop the server, which closes the library cleanly.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRendererBuilt } from './renderer-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (!process.argv.includes('--help') && !process.argv.includes('-h')) ensureRendererBuilt(root);

const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const server = spawn(process.execPath, [tsx, join(root, 'src', 'web', 'main.ts'), ...process.argv.slice(2)], {
  cwd: root,
  env: { ...process.env, INIT_CWD: process.env.INIT_CWD || process.cwd() },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
