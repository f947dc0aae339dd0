/**
 * Builds the renderer with `npx electron-vite build` when `out/renderer/index.html` is missing or
 * older than the sources it is built from (`npm run web` and `npm run server` both serve it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/** Builds the renderer under `root` when it is stale; exits the process when there is no build at all. */
export function ensureRendererBuilt(root) {
  const builtIndex = join(root, 'out', 'renderer', 'index.html');
  const stale = !existsSync(builtIndex) || SOURCES.some((source) => newestMtime(join(root, source)) > statSync(builtIndex).mtimeMs);
  if (!stale) return;
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
