/**
 * The team library window. A team server's pages are remote content, so they get none of the local
 * window's powers: no preload (no IPC bridge at all), sandboxed, context-isolated, no Node, in their
 * own persistent session partition (the server's session cookie lives there, apart from the local
 * app's session, and survives restarts — never in our settings file). Navigation, redirects, frames
 * and requests are locked to the server's one origin; links elsewhere go to the system browser;
 * every permission request is refused; the server's own Content-Security-Policy is left in force.

 */
import { BrowserWindow, type Session } from 'electron';
import { openExternalUrl } from './external-links';
import { isTeamRequestAllowed, isTeamUrl } from './team-url';

/** The session partition of team windows ("persist:" keeps the sign-in across launches). */
export const TEAM_PARTITION = 'persist:copydesk-team';

/** Locks `session` to the team server at `teamUrl`: requests to other origins cancelled, permissions refused. */
export function lockDownTeamSession(session: Session, teamUrl: string): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isTeamRequestAllowed(details.url, teamUrl) }));
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** What a team window needs from the shell. */
export interface TeamWindowOptions {
  /** The validated team server address (parseTeamServerUrl). */
  teamUrl: string;
  /** The team window's session (`session.fromPartition(TEAM_PARTITION)`). */
  session: Session;
  /** Electron's `shell.openExternal`. */
  openExternal: (url: string) => Promise<void>;
  icon?: string;
}

/** Creates a hardened window showing the team server, locked to its origin. */
export function createTeamWindow(options: TeamWindowOptions): BrowserWindow {
  const { teamUrl } = options;
  lockDownTeamSession(options.session, teamUrl);
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: `Copydesk — team library (${new URL(teamUrl).host})`,
    icon: options.icon,
    backgroundColor: '#ffffff',
    webPreferences: {
      // Deliberately no preload: remote pages never reach the IPC bridge.
      session: options.session,
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
  // The page's own title would hide which window this is.
  window.on('page-title-updated', (event) => event.preventDefault());
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (isTeamUrl(url, teamUrl)) void contents.loadURL(url);
    else openExternalUrl(url, options.openExternal);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isTeamUrl(event.url, teamUrl)) return;
    event.preventDefault();
    openExternalUrl(event.url, options.openExternal);
  });
  contents.on('will-redirect', (event) => {
    if (!isTeamUrl(event.url, teamUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isTeamUrl(event.url, teamUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(teamUrl);
  return window;
}
