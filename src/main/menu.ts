/**
 * The application menu as a template. Commands the renderer carries out (Import…, Export…) are sent
 * to it as `menu` messages; the rest are Electron roles or small main-process actions passed in.
 * Only Electron *types* are imported, so the template is unit-tested without the Electron binary.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../preload/bridge-types';

/** What the menu needs from the shell. */
export interface MenuOptions {
  /** macOS gets the app menu and Cmd accelerators. */
  isMac: boolean;
  /** Development build: adds Reload and the developer tools. */
  isDev: boolean;
  /** Sends a command to the renderer (`webContents.send('menu', command)`). */
  send: (command: MenuCommand) => void;
  /** Shows the library file in the system file manager. */
  openLibraryFolder: () => void;
  /** Shows the About box. */
  showAbout: () => void;
}

/** Builds the menu template: File, Edit, View, Help (plus the app menu on macOS). */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDev, send } = options;
  const about: MenuItemConstructorOptions = { label: 'About Copydesk', click: () => options.showAbout() };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Copydesk',
      submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  template.push({
    label: '&File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  });
  template.push({
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
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
  const help: MenuItemConstructorOptions[] = [{ label: 'Open Library Folder', click: () => options.openLibraryFolder() }];
  if (!isMac) help.push({ type: 'separator' }, about);
  template.push({ role: 'help', label: '&Help', submenu: help });
  return template;
}
