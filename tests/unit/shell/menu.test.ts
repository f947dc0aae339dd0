import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../src/main/menu';

function options(partial: Partial<MenuOptions> = {}): MenuOptions {
  return { isMac: false, isDev: false, send: vi.fn(), editText: vi.fn(), openLibraryFolder: vi.fn(), showLog: vi.fn(), showAbout: vi.fn(), openSettings: vi.fn(), openTeamLibrary: vi.fn(), openLocalLibrary: vi.fn(), ...partial };
}

function items(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((entry) => entry.label?.replace('&', '') === label);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined, triggeredByAccelerator = false): void {
  (item?.click as unknown as (item: unknown, window: unknown, event: { triggeredByAccelerator: boolean }) => void)({}, undefined, {
    triggeredByAccelerator,
  });
}

describe('menuTemplate', () => {
  it('has File, Edit, View and Help', () => {
    expect(menuTemplate(options()).map((entry) => entry.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('sends Import and Export to the renderer, with Ctrl/Cmd+O for Import', () => {
    const send = vi.fn();
    const file = items(menuTemplate(options({ send })), 'File');
    const importItem = file.find((item) => item.label === 'Import…');
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O');
    click(importItem);
    click(file.find((item) => item.label === 'Export…'));
    expect(send.mock.calls).toEqual([['import'], ['export']]);
    expect(file.some((item) => item.role === 'quit')).toBe(true);
  });

  it('opens the team library or goes back to the local one from the File menu, on every platform', () => {
    for (const isMac of [false, true]) {
      const openTeamLibrary = vi.fn();
      const openLocalLibrary = vi.fn();
      const file = items(menuTemplate(options({ isMac, openTeamLibrary, openLocalLibrary })), 'File');
      click(file.find((item) => item.label === 'Open Team Library…'));
      expect(openTeamLibrary).toHaveBeenCalledOnce();
      expect(openLocalLibrary).not.toHaveBeenCalled();
      click(file.find((item) => item.label === 'Open Local Library'));
      expect(openLocalLibrary).toHaveBeenCalledOnce();
    }
  });

  it('offers Reload only in development', () => {
    const roles = (isDev: boolean) => items(menuTemplate(options({ isDev })), 'View').map((item) => item.role);
    expect(roles(true)).toContain('reload');
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('keeps the clipboard roles, but not the undo/redo roles that would bypass the renderer', () => {
    expect(items(menuTemplate(options()), 'Edit').map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('sends Undo and Redo to the renderer, showing accelerators it leaves to the page', () => {
    const send = vi.fn();
    const editText = vi.fn();
    const edit = items(menuTemplate(options({ send, editText })), 'Edit');
    const undo = edit.find((item) => item.label === 'Undo');
    const redo = edit.find((item) => item.label === 'Redo');
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(redo).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false });
    expect(undo?.role).toBeUndefined();
    expect(redo?.role).toBeUndefined();
    click(undo);
    click(redo);
    expect(send.mock.calls).toEqual([['undo'], ['redo']]);
    expect(editText).not.toHaveBeenCalled();
  });

  it('shows Ctrl+Y for Redo on Windows', () => {
    const redo = items(menuTemplate(options({ isWindows: true })), 'Edit').find((item) => item.label === 'Redo');
    expect(redo?.accelerator).toBe('Ctrl+Y');
  });

  it("hands an accelerator the page left alone (macOS, in a text field) to Chromium's text undo", () => {
    const send = vi.fn();
    const editText = vi.fn();
    const edit = items(menuTemplate(options({ isMac: true, send, editText })), 'Edit');
    click(edit.find((item) => item.label === 'Undo'), true);
    click(edit.find((item) => item.label === 'Redo'), true);
    expect(editText.mock.calls).toEqual([['undo'], ['redo']]);
    expect(send).not.toHaveBeenCalled();
  });

  it('opens the library folder and the About box from Help', () => {
    const openLibraryFolder = vi.fn();
    const showAbout = vi.fn();
    const help = items(menuTemplate(options({ openLibraryFolder, showAbout })), 'Help');
    click(help.find((item) => item.label === 'Open Library Folder'));
    click(help.find((item) => item.label === 'About Copydesk'));
    expect(openLibraryFolder).toHaveBeenCalledOnce();
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('opens the error log from Help → Show Log', () => {
    const showLog = vi.fn();
    const help = items(menuTemplate(options({ showLog })), 'Help');
    click(help.find((item) => item.label === 'Show Log'));
    expect(showLog).toHaveBeenCalledOnce();
  });

  it('puts About in the app menu on macOS', () => {
    const template = menuTemplate(options({ isMac: true }));
    expect(template[0].label).toBe('Copydesk');
    expect((template[0].submenu as MenuItemConstructorOptions[])[0].label).toBe('About Copydesk');
  });

  it('opens Settings with Cmd+, from the app menu on macOS, and lists windows in a Window menu', () => {
    const openSettings = vi.fn();
    const template = menuTemplate(options({ isMac: true, openSettings }));
    const settings = items(template, 'Copydesk').find((item) => item.label === 'Settings…');
    expect(settings?.accelerator).toBe('CmdOrCtrl+,');
    click(settings);
    expect(openSettings).toHaveBeenCalledOnce();
    expect(template.some((menu) => menu.role === 'windowMenu')).toBe(true);
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['Copydesk', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
  });

  it('opens Settings with Ctrl+, from the File menu elsewhere, without a Window menu', () => {
    const openSettings = vi.fn();
    const template = menuTemplate(options({ openSettings }));
    const settings = items(template, 'File').find((item) => item.label === 'Settings…');
    expect(settings?.accelerator).toBe('CmdOrCtrl+,');
    click(settings);
    expect(openSettings).toHaveBeenCalledOnce();
    expect(template.some((menu) => menu.role === 'windowMenu')).toBe(false);
  });
});
