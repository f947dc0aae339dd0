/**
 * Checks, in the packed app, that better-sqlite3's binding was rebuilt for the packaged Electron: a
 * build for the system Node (what npm's `nodedir=/usr` silently produces) would make the installed
 * app fail on its first start with "was compiled against a different Node.js version".
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindingProblem } from '../start.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The resources folder of a packed app (inside the bundle on macOS). */
export function resourcesDir(appOutDir, electronPlatformName, productFilename) {
  return electronPlatformName === 'darwin' || electronPlatformName === 'mas'
    ? join(appOutDir, `${productFilename}.app`, 'Contents', 'Resources')
    : join(appOutDir, 'resources');
}

/** Where asarUnpack leaves better-sqlite3's binding in a packed app. */
export function packagedBindingPath(resources) {
  return join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

/** The NODE_MODULE_VERSION of Electron `version` (the electron package's abi_version, else node-abi). */
export function electronAbiOf(version) {
  const shipped = join(root, 'node_modules', 'electron', 'abi_version');
  const installed = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  if (installed === version && existsSync(shipped)) return readFileSync(shipped, 'utf8').trim();
  const require = createRequire(join(root, 'package.json'));
  return String(require('node-abi').getAbi(version, 'electron'));
}

/** Throws an Error saying what is wrong when the packed binding is missing or not for Electron's ABI. */
export function assertPackagedBinding(resources, electronVersion, abi = electronAbiOf(electronVersion)) {
  const binding = packagedBindingPath(resources);
  const problem = bindingProblem(binding, abi);
  if (problem) {
    throw new Error(
      `The packaged SQLite binding (${binding}) cannot be loaded by Electron ${electronVersion}: ${problem}. Run \`npm run dist\`, which rebuilds it without npm's nodedir.`,
    );
  }
  return binding;
}
