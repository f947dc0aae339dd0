/**
 * Where better-sqlite3's native binding comes from inside Electron.
 *
 * Electron's Node ABI differs from the system Node's, so the binding that `npm install` built for
 * Node cannot be loaded by the desktop app. `scripts/start.mjs` builds an Electron copy under
 * `.native/electron-<version>/` and passes its path in `COPYDESK_NATIVE_BINDING`; the core hands
 * it to better-sqlite3's `nativeBinding` option. Without the variable (e.g. `electron-vite dev`)
 * the cached copy for the running Electron version is used when there is one, else the default binding.
 *
 * Both are development aids and are honoured only when the app is not packaged: an installed app
 * loads the binding electron-builder rebuilt into its own package (unpacked from the asar), never a
 * `.node` file an environment variable or a folder beside it names, which would let anyone who can
 * set a variable run native code inside a signed app.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** The environment variable `scripts/start.mjs` sets. */
export const NATIVE_BINDING_ENV = 'COPYDESK_NATIVE_BINDING';

/** The cached Electron build of the binding for `electronVersion` under the app folder `appPath`. */
export function cachedBindingPath(appPath: string, electronVersion: string): string {
  return join(appPath, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/**
 * Answers the absolute path of the binding named in the environment, or undefined when none is named.
 * Throws an Error that says what to do when the named file does not exist.
 */
export function nativeBindingFromEnv(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string | undefined {
  const value = env[NATIVE_BINDING_ENV]?.trim();
  if (!value) return undefined;
  const path = isAbsolute(value) ? value : resolve(cwd, value);
  if (!existsSync(path)) {
    throw new Error(`The SQLite binding for Electron was not found at ${path}. Start Copydesk with \`npm start\`, which builds it.`);
  }
  return path;
}

/**
 * The binding to load in Electron: undefined in a packaged app (better-sqlite3 finds its own, rebuilt
 * into the package); otherwise the one named in the environment, else the cached build if present.
 */
export function findNativeBinding(options: { env?: NodeJS.ProcessEnv; appPath: string; electronVersion: string; isPackaged: boolean }): string | undefined {
  if (options.isPackaged) return undefined;
  const named = nativeBindingFromEnv(options.env ?? process.env);
  if (named) return named;
  const cached = cachedBindingPath(options.appPath, options.electronVersion);
  return existsSync(cached) ? cached : undefined;
}
