/**
 * The application menu as a template. Commands the renderer carries out (Import…, Export…, Undo,
 * Redo) are sent to it as `menu` messages; the rest are Electron roles or small main-process actions
 * passed in. Only Electron *types* are imported, so the template is unit-tested without the Electron
 * binary.
 *
 * Undo and Redo are not the `undo`/`redo` roles: those would run Chromium's text-editing history and
 * bypass the renderer's undo manager for annotation actions. Their accelerators are shown but not
 * registered (`registerAccelerator: false`), so the keystrokes reach the page, whose own key handling
 * undoes annotations, or text in a text field; clicking the menu item sends the command instead.
 * macOS ignores `registerAccelerator` but offers a key equivalent to the page first and to the menu
 * only when the page left it alone (did not call preventDefault), which happens in text fields: an
 * Undo/Redo triggered by its accelerator there is passed to Chromium's text editing (`editText`),
 * as the role would have done.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../preload/bridge-types';

/** What the menu needs from the shell. */
export interface MenuOptions {
  /** macOS gets the app menu and Cmd accelerators. */
  isMac: boolean;
  /** Development build: adds Reload and the developer tools. */
  isDev: boolean;
  /** Windows shows Ctrl+Y for Redo; elsewhere Shift+Ctrl/Cmd+Z (the page answers both). */
  isWindows?: boolean;
  /** Sends a command to the renderer (`webContents.send('menu', command)`). */
  send: (command: MenuCommand) => void;
  /** Chromium's own text undo/redo in the focused field (`webContents.undo()` / `.redo()`). */
  editText: (command: 'undo' | 'redo') => void;
  /** Shows the library file in the system file manager. */
  openLibraryFolder: () => void;
  /** Opens the error log (`copydesk.log` beside the library), where unexpected errors are detailed. */
  showLog: () => void;
  /** Shows the About box. */
  showAbout: () => void;
  /** Opens Settings (macOS: Copydesk ▸ Settings…, Cmd+,; elsewhere File ▸ Settings…, Ctrl+,). */
  openSettings: () => void;
  /** File ▸ Open Team Library…: the last team server, or Settings ▸ Library to enter one. */
  openTeamLibrary: () => void;
  /** File ▸ Open Local Library: back to this computer's library. */
  openLocalLibrary: () => void;
}

/** Builds the menu template: File, Edit, View, Help (plus the app menu and the Window menu on macOS). */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDev, send } = options;
  const about: MenuItemConstructorOptions = { label: 'About Copydesk', click: () => options.showAbout() };
  /** Edit ▸ Undo / Redo: to the renderer's undo manager, or to text editing (see the module note). */
  const historyItem = (command: 'undo' | 'redo', label: string, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: (_item, _window, event) => (event.triggeredByAccelerator ? options.editText(command) : send(command)),
  });
  const settings: MenuItemConstructorOptions = { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => options.openSettings() };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Copydesk',
      submenu: [
        about,
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: '&File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
      { type: 'separator' },
      { label: 'Open Team Library…', click: () => options.openTeamLibrary() },
      { label: 'Open Local Library', click: () => options.openLocalLibrary() },
      { type: 'separator' },
      ...(isMac ? [] : [settings, { type: 'separator' } as const]),
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  });
  template.push({
    label: '&Edit',
    submenu: [
      historyItem('undo', 'Undo', 'CmdOrCtrl+Z'),
      historyItem('redo', 'Redo', options.isWindows ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  });
  const view: MenuItemConstructorOptions[] = [];
  if (isDev) view.push({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  view.push({ role: 'togglefullscreen' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' });
  template.push({ label: '&View', submenu: view });
  // macOS lists the open windows, Minimize and Zoom in a Window menu.
  if (isMac) template.push({ role: 'windowMenu' });
  const help: MenuItemConstructorOptions[] = [
    { label: 'Open Library Folder', click: () => options.openLibraryFolder() },
    { label: 'Show Log', click: () => options.showLog() },
  ];
  if (!isMac) help.push({ type: 'separator' }, about);
  template.push({ role: 'help', label: '&Help', submenu: help });
  return template;
}
