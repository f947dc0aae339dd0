/** The team window, with Electron's BrowserWindow and session replaced by recorders. */
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ windows: [] as FakeWindow[] }));

type Listener = (...args: unknown[]) => void;
interface FakeWindow {
  options: { webPreferences: Record<string, unknown> };
  loaded: string[];
  contentsHandlers: Map<string, Listener>;
  openHandler?: (details: { url: string }) => { action: string };
}

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly webContents;
    constructor(options: FakeWindow['options']) {
      const record: FakeWindow = { options, loaded: [], contentsHandlers: new Map() };
      electron.windows.push(record);
      this.webContents = {
        setWindowOpenHandler: (handler: FakeWindow['openHandler']) => (record.openHandler = handler),
        on: (name: string, listener: Listener) => record.contentsHandlers.set(name, listener),
        loadURL: async (url: string) => void record.loaded.push(url),
      };
      this.loadURL = async (url: string) => void record.loaded.push(url);
    }
    loadURL: (url: string) => Promise<void>;
    on() {}
    once() {}
  },
}));

const { createTeamWindow, lockDownTeamSession } = await import('../../../src/main/team-window');

function fakeSession() {
  const recorded: { beforeRequest?: Listener; permissionRequest?: Listener; permissionCheck?: (...args: unknown[]) => boolean } = {};
  const session = {
    webRequest: { onBeforeRequest: (listener: Listener) => (recorded.beforeRequest = listener) },
    setPermissionRequestHandler: (handler: Listener) => (recorded.permissionRequest = handler),
    setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (recorded.permissionCheck = handler),
  };
  return { session: session as never, recorded };
}

const TEAM = 'https://desk.example/';

function open() {
  const { session, recorded } = fakeSession();
  const openExternal = vi.fn(async () => {});
  createTeamWindow({ teamUrl: TEAM, session, openExternal });
  return { window: electron.windows.at(-1)!, recorded, openExternal };
}

/** Fires a navigation event and answers whether it was prevented. */
function fire(window: FakeWindow, name: string, event: Record<string, unknown>): boolean {
  const preventDefault = vi.fn();
  window.contentsHandlers.get(name)!({ ...event, preventDefault });
  return preventDefault.mock.calls.length > 0;
}

describe('createTeamWindow', () => {
  it('loads the server without a preload, sandboxed and isolated, in the session given', () => {
    const { window } = open();
    const prefs = window.options.webPreferences;
    expect(prefs.preload).toBeUndefined();
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.session).toBeDefined();
    expect(window.loaded).toEqual([TEAM]);
  });

  it('keeps navigation on the server and sends other links to the system browser', () => {
    const { window, openExternal } = open();
    expect(fire(window, 'will-navigate', { url: 'https://desk.example/#/doc/1' })).toBe(false);
    expect(fire(window, 'will-navigate', { url: 'https://www.reuters.com/article' })).toBe(true);
    expect(fire(window, 'will-navigate', { url: 'file:///etc/passwd' })).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://www.reuters.com/article']]);
    expect(fire(window, 'will-redirect', { url: 'https://evil.example/' })).toBe(true);
    expect(fire(window, 'will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false })).toBe(true);
    expect(fire(window, 'will-attach-webview', {})).toBe(true);
  });

  it('never opens a second window: server pages load in this one, others go to the browser', () => {
    const { window, openExternal } = open();
    expect(window.openHandler!({ url: 'https://desk.example/#/claims' })).toEqual({ action: 'deny' });
    expect(window.loaded).toEqual([TEAM, 'https://desk.example/#/claims']);
    expect(window.openHandler!({ url: 'https://www.bbc.co.uk/' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.bbc.co.uk/']]);
  });
});

describe('lockDownTeamSession', () => {
  it('cancels requests to other origins and refuses every permission', () => {
    const { session, recorded } = fakeSession();
    lockDownTeamSession(session, TEAM);
    const answers: unknown[] = [];
    recorded.beforeRequest!({ url: 'https://desk.example/api/documents:list' }, (answer: unknown) => answers.push(answer));
    recorded.beforeRequest!({ url: 'https://tracker.example/pixel.gif' }, (answer: unknown) => answers.push(answer));
    expect(answers).toEqual([{ cancel: false }, { cancel: true }]);
    const granted: unknown[] = [];
    recorded.permissionRequest!({}, 'clipboard-sanitized-write', (ok: unknown) => granted.push(ok));
    recorded.permissionRequest!({}, 'media', (ok: unknown) => granted.push(ok));
    expect(granted).toEqual([false, false]);
    expect(recorded.permissionCheck!({}, 'notifications')).toBe(false);
  });
});
