/**
 * The main window: sandboxed, context-isolated, no Node in the renderer, the preload as the only
 * bridge. It never opens another window, never navigates away from the app and never attaches a
 * webview; http(s) links the page tries to open go to the system browser instead.
 */
import { BrowserWindow, screen } from 'electron';
import { clampWindowState, MIN_WINDOW_SIZE, trackWindowState, type Rect, type WindowState } from './window-state';
import { openExternalUrl } from './external-links';

/** Where the window's content and preload come from, and how it opens links. */
export interface MainWindowOptions {
  /** The page to open: the dev server (`ELECTRON_RENDERER_URL`) or `app://copydesk/index.html`, plus an optional `#/…` route. */
  startUrl: string;
  /** Absolute path of the built preload script. */
  preloadPath: string;
  /** Is this URL a page of our app? */
  isAppUrl: (url: string) => boolean;
  /** Remembered size and position, and the file to remember them in. */
  state: WindowState;
  stateFile: string;
  /** Electron's `shell.openExternal`. */
  openExternal: (url: string) => Promise<void>;
  /** The window icon (Linux; see identity.ts windowIconPath). */
  icon?: string;
}

function workAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

/** Creates, hardens and loads the main window; it is shown once its first paint is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = clampWindowState(options.state, workAreas());
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Copydesk',
    icon: options.icon,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (state.maximized) window.maximize();
  if (state.fullScreen) window.setFullScreen(true);
  trackWindowState(window, options.stateFile);

  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    openExternalUrl(url, options.openExternal);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (options.isAppUrl(event.url)) return;
    event.preventDefault();
    openExternalUrl(event.url, options.openExternal);
  });
  contents.on('will-redirect', (event) => {
    if (!options.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !options.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.startUrl);
  return window;
}
