/**
 * Who the desktop app is to the operating system. The same values are in electron-builder.yml
 * (`appId`, `protocols`); tests/unit/shell/packaging.test.ts keeps the two in step.
 */
import { join } from 'node:path';
import { APP_NAME } from './core/paths';

/** Bundle id (macOS), AppUserModelId (Windows: taskbar grouping, the Start-menu shortcut), desktop id (Linux). */
export const APP_ID = 'org.copydesk.desktop';

/** The scheme of links that open a document or an annotation from outside the app: `copydesk://doc/<id>`. */
export const LINK_SCHEME = 'copydesk';

/** The privileged scheme and host the renderer is served from: `app://copydesk/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
/** The renderer's start page. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Gives the running app its identity: its name (window titles, the macOS menu, the user-data folder)
 * and, on Windows, the AppUserModelId the installer's Start-menu shortcut carries, so the taskbar
 * button, jump list and notifications group under Copydesk rather than under Electron.
 */
export function applyIdentity(app: { setName(name: string): void; setAppUserModelId(id: string): void }, platform: NodeJS.Platform): void {
  app.setName(APP_NAME);
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
}

/**
 * The icon of the window on Linux (macOS and Windows take it from the app bundle or executable):
 * the copy electron-builder puts in the installed app's resources, or the one in build/ when running
 * from the source tree. Undefined elsewhere.
 */
export function windowIconPath(options: { platform: NodeJS.Platform; isPackaged: boolean; resourcesPath: string; appPath: string }): string | undefined {
  if (options.platform !== 'linux') return undefined;
  return options.isPackaged ? join(options.resourcesPath, 'icon.png') : join(options.appPath, 'build', 'icons', '512x512.png');
}
