#!/usr/bin/env node
/**
 * `npm run web [-- --db PATH] [--port N]`: Copydesk in your browser.
 *
 * Builds the renderer with `npx electron-vite build` when `out/renderer/index.html` is missing or
 * older than the sources it is built from, then runs the local web server (src/web/main.ts) through
 * tsx, passing the arguments on. Ctrl+C or SIGTERM stop the server, which closes the library cleanly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'out', 'renderer', 'index.html');
/** What the renderer bundle is made from. */
const SOURCES = ['src/renderer', 'src/shared', 'src/preload/bridge-types.ts', 'electron.vite.config.ts', 'package.json'];

/** The newest modification time under `path` (a file or a folder, recursively). */
function newestMtime(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function rendererIsStale() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

if (!process.argv.includes('--help') && !process.argv.includes('-h') && rendererIsStale()) {
  process.stdout.write('Building the Copydesk app…\n');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(npx, ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) {
    if (!existsSync(builtIndex)) {
      process.stderr.write('copydesk: the app did not build (see the errors above).\n');
      process.exit(1);
    }
    process.stderr.write('copydesk: the app did not rebuild (see the errors above); serving the previous build.\n');
  }
}

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
