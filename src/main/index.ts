/**
 * The desktop shell's entry point. It keeps to one running instance, opens the library (`--db PATH`,
 * else the default library; `--max-import-mb N` or COPYDESK_MAX_IMPORT_MB sets the import limit),
 * serves the renderer from app://copydesk/ and cancels every other request (app-protocol.ts),
 * registers one IPC handler per API operation plus the desktop channels (links, folder picker, report
 * PDF — see ipc.ts), creates the window, its text-field context menu and the menu, and hands files and
 * copydesk:// links from launches to the page (launch.ts, launch-queue.ts). When the library cannot be
 * opened (corrupt, or from a newer Copydesk) it says so in a native dialog and quits; the file is never touched.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { contextMenuTemplate, spellCheckerDictionaryUrl } from './context-menu';
import { join, resolve } from 'node:path';
import { createCore, DEFAULT_MAX_IMPORT_BYTES, type Core } from './core/service';
import { defaultLibraryPath, userDataFolder } from './core/paths';
import { parseShellArgs, type ShellArgs } from './argv';
import { findNativeBinding } from './native-binding';
import { registerIpc } from './ipc';
import { chooseFolder } from './folder-dialog';
import { ExportFolders, loadDefaultExportFolder, saveDefaultExportFolder } from './export-folders';
import { lockDownPdfSession, PDF_PARTITION, printHtmlToPdf } from './pdf-print';
import { exportReportPdf } from './report-pdf';
import { writeFileAtomic } from './core/export/write';
import { menuTemplate } from './menu';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy, installContentSecurityPolicy, isAppUrl, restrictPermissions } from './security';
import { APP_SCHEME_PRIVILEGES, appProtocolHandler, isRequestAllowed } from './app-protocol';
import { APP_SCHEME, APP_START_URL, applyIdentity, windowIconPath } from './identity';
import { createMainWindow } from './window';
import { loadWindowState } from './window-state';
import { MENU_CHANNEL, OPEN_FILES_CHANNEL, OPEN_ROUTE_CHANNEL } from '../preload/bridge-types';
import { launchArguments, parseCopydeskLink, parseLaunchArguments, planSecondLaunch } from './launch';
import { LaunchQueue } from './launch-queue';
import { readOpenedFiles } from './opened-files';
import { startupFailureMessage } from './startup-failure';
import { createTeamWindow, TEAM_PARTITION } from './team-window';
import { isTeamUrl } from './team-url';
import { LibrarySwitch } from './library-switch';
import { loadLibraryChoice, saveLibraryChoice } from './library-choice';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
/** The built renderer, served as app://copydesk/ (app-protocol.ts). */
const rendererRoot = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.cjs');
const appUrl = devServerUrl ?? APP_START_URL;

let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;
/** The team library's window (team-window.ts), while one is open. */
let teamWindow: BrowserWindow | undefined;
/** Set once the app is quitting, so closing the team window then is not "back to the local library". */
let quitting = false;
/** The import size limit in force (for files the operating system opens with the app). */
let maxImportBytes = DEFAULT_MAX_IMPORT_BYTES;

/** Files and links from launches, handed to the page once it has loaded (launch-queue.ts). */
const launches = new LaunchQueue({
  readFiles: (paths) => readOpenedFiles(paths, maxImportBytes),
  sendFiles: (files) => mainWindow?.webContents.send(OPEN_FILES_CHANNEL, files),
  sendRoute: (hash) => mainWindow?.webContents.send(OPEN_ROUTE_CHANNEL, hash),
  tell: (message) => void dialog.showMessageBox({ type: 'info', title: 'Copydesk', message }),
});

/** Says what went wrong in a native dialog and ends the app (with exit code 1). */
function fail(title: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`copydesk: ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/** Opens the library named on the command line (or the default one); undefined after a failure. */
function openCore(): Core | undefined {
  let args: ShellArgs;
  try {
    args = parseShellArgs(process.argv.slice(1), process.env);
  } catch (error) {
    fail('Copydesk cannot start with these options', error);
    return undefined;
  }
  const dbPath = args.dbPath ? resolve(args.dbPath) : defaultLibraryPath();
  try {
    const nativeBinding = findNativeBinding({ appPath: app.getAppPath(), electronVersion: process.versions.electron, isPackaged: app.isPackaged });
    if (args.maxImportBytes !== undefined) maxImportBytes = args.maxImportBytes;
    return createCore({ dbPath, nativeBinding, version: app.getVersion(), maxImportBytes: args.maxImportBytes });
  } catch (error) {
    fail('Copydesk cannot open its library', new Error(startupFailureMessage(error, dbPath)));
    return undefined;
  }
}

function showWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow({
    startUrl: appUrl,
    preloadPath,
    isAppUrl: (url) => isAppUrl(url, appUrl),
    state: loadWindowState(join(app.getPath('userData'), 'window-state.json')),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    openExternal: (url) => shell.openExternal(url),
    icon: windowIconPath({ platform: process.platform, isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
  });
  const contents = mainWindow.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template && mainWindow) Menu.buildFromTemplate(template).popup({ window: mainWindow });
  });
  contents.on('did-start-loading', () => void launches.setReady(false));
  contents.on('did-finish-load', () => void launches.setReady(true));
  mainWindow.on('closed', () => {
    mainWindow = undefined;
    void launches.setReady(false);
  });
}

/** Opens the team window on `url`, or brings forward the one open on that server (another server: a new window and lock). */
function showTeamWindow(url: string): void {
  if (teamWindow && !teamWindow.isDestroyed()) {
    if (isTeamUrl(teamWindow.webContents.getURL(), url)) {
      teamWindow.show();
      teamWindow.focus();
      return;
    }
    teamWindow.destroy();
  }
  const teamSession = session.fromPartition(TEAM_PARTITION);
  // As for the local window: no spell-check dictionary is fetched from the network.
  teamSession.setSpellCheckerDictionaryDownloadURL(spellCheckerDictionaryUrl(process.resourcesPath));
  const window = createTeamWindow({
    teamUrl: url,
    session: teamSession,
    openExternal: (link) => shell.openExternal(link),
    icon: windowIconPath({ platform: process.platform, isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
  });
  teamWindow = window;
  window.on('closed', () => {
    if (teamWindow !== window) return; // replaced by a window on another server
    teamWindow = undefined;
    if (!quitting) librarySwitch.teamWindowClosed();
  });
}

/** Settings ▸ Library and File ▸ Open Team Library… / Open Local Library (library-switch.ts). */
const libraryChoiceFile = (): string => join(app.getPath('userData'), 'library-choice.json');
let librarySwitch: LibrarySwitch;

function buildMenu(library: Core): void {
  const template = menuTemplate({
    isMac: process.platform === 'darwin',
    isWindows: process.platform === 'win32',
    isDev: Boolean(devServerUrl),
    send: (command) => mainWindow?.webContents.send(MENU_CHANNEL, command),
    editText: (command) => (command === 'undo' ? mainWindow?.webContents.undo() : mainWindow?.webContents.redo()),
    openLibraryFolder: () => shell.showItemInFolder(library.dbPath),
    openSettings: () => mainWindow?.webContents.send(OPEN_ROUTE_CHANNEL, '#/settings'),
    // Without a remembered server, Settings ▸ Library is where its address is entered.
    openTeamLibrary: () => {
      if (librarySwitch.reopenTeam()) return;
      showWindow();
      mainWindow?.webContents.send(OPEN_ROUTE_CHANNEL, '#/settings');
    },
    openLocalLibrary: () => librarySwitch.openLocal(),
    // Opened in the system's text viewer; created empty first so there is always something to open.
    showLog: () => void shell.openPath(library.log.ensureFile()),
    showAbout: () => {
      void dialog.showMessageBox({
        type: 'info',
        title: 'About Copydesk',
        message: `Copydesk ${app.getVersion()}`,
        detail: `Editorial review of news, wire copy and transcripts.\n\nLibrary: ${library.dbPath}\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
      });
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  const library = openCore();
  if (!library) return;
  core = library;
  if (devServerUrl) installContentSecurityPolicy(session.defaultSession, appUrl, devContentSecurityPolicy(new URL(devServerUrl).origin));
  else protocol.handle(APP_SCHEME, appProtocolHandler(rendererRoot, CONTENT_SECURITY_POLICY));
  // Nothing but the app's own pages (and the dev server in development) is ever loaded.
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url, devOrigin) }));
  restrictPermissions(session.defaultSession, appUrl);
  // No spell-check dictionary is ever fetched from the network (context-menu.ts).
  session.defaultSession.setSpellCheckerDictionaryDownloadURL(spellCheckerDictionaryUrl(process.resourcesPath));
  lockDownPdfSession(session.fromPartition(PDF_PARTITION));
  // Exports go only into folders picked in the folder dialog (or the last one picked, remembered here).
  const exportFolderFile = join(app.getPath('userData'), 'export-folder.json');
  const exportFolders = new ExportFolders({
    platform: process.platform,
    defaultFolder: loadDefaultExportFolder(exportFolderFile),
    remember: (dir) => saveDefaultExportFolder(exportFolderFile, dir),
  });
  librarySwitch = new LibrarySwitch({
    initial: loadLibraryChoice(libraryChoiceFile()),
    save: (choice) => saveLibraryChoice(libraryChoiceFile(), choice),
    showTeam: showTeamWindow,
    closeTeam: () => teamWindow?.close(),
    showLocal: showWindow,
  });
  registerIpc(ipcMain, {
    handlers: library.handlers,
    library: librarySwitch,
    exportFolders,
    isTrustedUrl: (url) => isAppUrl(url, appUrl),
    openExternal: (url) => shell.openExternal(url),
    chooseFolder: (sender) => chooseFolder(dialog, BrowserWindow.fromWebContents(sender)),
    printReportPdf: (input) =>
      exportReportPdf(input, {
        handlers: library.handlers,
        printHtml: (html) => printHtmlToPdf(html, { createWindow: (options) => new BrowserWindow(options) }),
        writeFile: (dir, name, data) => writeFileAtomic(dir, name, data),
        log: library.log,
      }),
  });
  buildMenu(library);
  // Files and links this launch was started with (double-click, "Open with", a copydesk:// link).
  const first = parseLaunchArguments(launchArguments(process.argv, app.isPackaged), process.cwd());
  void launches.add({ files: first.files, link: first.links.at(-1) ?? null, badLinks: first.badLinks });
  showWindow();
  // The team library, when that is where the editor left off; the local window stays behind it.
  librarySwitch.restore();
}

/** A second launch: its files and links go to this app; another library is explained, not opened. */
function onSecondInstance(argv: readonly string[], workingDirectory: string): void {
  if (!core) return;
  let plan;
  try {
    plan = planSecondLaunch(parseLaunchArguments(launchArguments(argv, app.isPackaged), workingDirectory), core.dbPath);
  } catch (error) {
    void dialog.showMessageBox({ type: 'info', title: 'Copydesk', message: error instanceof Error ? error.message : String(error) });
    showWindow();
    return;
  }
  showWindow();
  if (plan.otherLibrary) void dialog.showMessageBox({ type: 'info', title: 'Copydesk is already running', message: plan.otherLibrary });
  void launches.add(plan);
}

// Before anything asks for a path (this ES module's top level runs before 'ready', and before the
// single-instance lock, whose lock file lives in userData): the app name, and userData set to the
// folder the core computes (src/main/core/paths.ts), so window state, Chromium's storage and the
// lock sit beside the default library the CLI and web mode use — package.json's name is lower-case
// "copydesk". An explicit `--user-data-dir` is left to Chromium.
applyIdentity(app, process.platform);
if (!app.commandLine.hasSwitch('user-data-dir')) app.setPath('userData', userDataFolder());
app.enableSandbox();
// app:// must be known as a secure, standard origin before 'ready' (app-protocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // Another Copydesk is running: it receives 'second-instance' and comes to the front.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory));
  // macOS hands files (Finder, the dock) and links to the running app as events, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void launches.add({ files: [path] });
    if (core) showWindow();
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const link = parseCopydeskLink(url);
    void launches.add(link ? { link } : { badLinks: [url] });
    if (core) showWindow();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    core?.close();
    core = undefined;
  });
  app.whenReady().then(start, (error: unknown) => fail('Copydesk could not start', error));
}
