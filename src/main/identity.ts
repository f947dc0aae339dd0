/**
 * Who the desktop app is to the operating system. The same values are in electron-builder.yml
 * (`appId`, `protocols`); tests/unit/shell/packaging.test.ts keeps the two in step.
 */

/** Bundle id (macOS), AppUserModelId (Windows: taskbar grouping, the Start-menu shortcut), desktop id (Linux). */
export const APP_ID = 'org.copydesk.desktop';

/** The scheme of links that open a document or an annotation from outside the app: `copydesk://doc/<id>`. */
export const LINK_SCHEME = 'copydesk';

/** The privileged scheme and host the renderer is served from: `app://copydesk/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
/** The renderer's start page. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
