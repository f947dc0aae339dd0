/**
 * Where the library lives by default: the folder Electron's `app.getPath('userData')` gives an app
 * named "Copydesk", computed without Electron so that the CLI and the web mode find the same file.
 */
import { homedir } from 'node:os';
import path from 'node:path';

/** The app's name as Electron uses it for the user-data folder. */
export const APP_NAME = 'Copydesk';
/** The library's file name inside that folder. */
export const LIBRARY_FILE = 'library.sqlite';

/** What {@link defaultLibraryPath} reads; injectable for tests. */
export interface PathEnvironment {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/**
 * The user-data folder for Copydesk: `%APPDATA%\Copydesk` on Windows,
 * `~/Library/Application Support/Copydesk` on macOS, `$XDG_CONFIG_HOME/Copydesk` (or
 * `~/.config/Copydesk`) elsewhere — as Electron computes it.
 */
export function userDataFolder({ env = process.env, platform = process.platform, home = homedir() }: PathEnvironment = {}): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  const config = env.XDG_CONFIG_HOME && path.posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.posix.join(home, '.config');
  return path.posix.join(config, APP_NAME);
}

/**
 * The library file to open when none is named: `$COPYDESK_DB` when set (resolved against the
 * current folder), else `library.sqlite` in the Copydesk user-data folder.
 */
export function defaultLibraryPath(environment: PathEnvironment = {}): string {
  const env = environment.env ?? process.env;
  if (env.COPYDESK_DB && env.COPYDESK_DB.trim()) return path.resolve(env.COPYDESK_DB.trim());
  const folder = userDataFolder(environment);
  const join = (environment.platform ?? process.platform) === 'win32' ? path.win32.join : path.posix.join;
  return join(folder, LIBRARY_FILE);
}
