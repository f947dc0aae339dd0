import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../src/main/menu';

function options(partial: Partial<MenuOptions> = {}): MenuOptions {
  return { isMac: false, isDev: false, send: vi.fn(), openLibraryFolder: vi.fn(), showAbout: vi.fn(), ...partial };
}

function items(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((entry) => entry.label?.replace('&', '') === label);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as unknown as () => void)();
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

  it('offers Reload only in development', () => {
    const roles = (isDev: boolean) => items(menuTemplate(options({ isDev })), 'View').map((item) => item.role);
    expect(roles(true)).toContain('reload');
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('uses the standard editing roles', () => {
    expect(items(menuTemplate(options()), 'Edit').map((item) => item.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
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

  it('puts About in the app menu on macOS', () => {
    const template = menuTemplate(options({ isMac: true }));
    expect(template[0].label).toBe('Copydesk');
    expect((template[0].submenu as MenuItemConstructorOptions[])[0].label).toBe('About Copydesk');
  });
});
