import { beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES } from '../../../src/shared/api';
import type { CopydeskBridge } from '../../../src/preload/bridge-types';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: {} as Record<string, unknown>,
    invoke: vi.fn(async (channel: string, input?: unknown): Promise<unknown> => ({ ok: true, value: { channel, input } })),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (electron.exposed[key] = value) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (!electron.listeners.has(channel)) electron.listeners.set(channel, new Set());
      electron.listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(listener),
  },
}));

let bridge: CopydeskBridge;
beforeAll(async () => {
  await import('../../../src/preload/index');
  bridge = electron.exposed.copydesk as CopydeskBridge;
});

function sendMenu(command: unknown): void {
  for (const listener of electron.listeners.get('menu') ?? []) listener({}, command);
}

function sendFromMain(channel: string, payload: unknown): void {
  for (const listener of electron.listeners.get(channel) ?? []) listener({}, payload);
}

describe('preload bridge (window.copydesk)', () => {
  it('exposes one named function per operation and nothing generic', () => {
    expect(bridge.platform).toBe('electron');
    expect(Object.keys(bridge).sort()).toEqual([
        ...OPERATION_NAMES,
        'chooseFolder',
        'libraryLocation',
        'onMenu',
        'onOpenFiles',
        'openExternal',
        'openLocalLibrary',
        'openTeamLibrary',
        'platform',
        'printReportPdf',
      ].sort());
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
  });

  it('sends the library location calls on their own named channels, the address as a string', async () => {
    electron.invoke.mockClear();
    await bridge.openTeamLibrary('https://desk.example/');
    await bridge.openLocalLibrary();
    await bridge.libraryLocation();
    expect(electron.invoke.mock.calls).toEqual([['library:openTeam', 'https://desk.example/'], ['library:openLocal'], ['library:location']]);
  });

  it('sends each operation on its own channel with its input', async () => {
    expect(await bridge['documents:get']({ id: 'doc-1' })).toEqual({ ok: true, value: { channel: 'documents:get', input: { id: 'doc-1' } } });
  });

  it('opens links through the validated shell channel', async () => {
    await bridge.openExternal('https://example.org/');
    expect(electron.invoke).toHaveBeenLastCalledWith('shell:openExternal', 'https://example.org/');
  });

  it('passes menu commands to the renderer until it unsubscribes, ignoring unknown ones', () => {
    const received: string[] = [];
    const unsubscribe = bridge.onMenu((command) => received.push(command));
    sendMenu('import');
    sendMenu('format-disk');
    sendMenu('export');
    sendMenu('undo');
    sendMenu('redo');
    unsubscribe();
    sendMenu('import');
    expect(received).toEqual(['import', 'export', 'undo', 'redo']);
  });

  it('asks main for a folder on its own channel, answering a path or null', async () => {
    electron.invoke.mockResolvedValueOnce('/home/ana/exports');
    expect(await bridge.chooseFolder()).toBe('/home/ana/exports');
    expect(electron.invoke).toHaveBeenLastCalledWith('dialog:chooseFolder');
    electron.invoke.mockResolvedValueOnce(null);
    expect(await bridge.chooseFolder()).toBeNull();
  });

  it('saves the report as PDF, answering the path or rejecting with the readable message', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, value: '/home/ana/exports/harbin.report.pdf' });
    expect(await bridge.printReportPdf('doc-1', '/home/ana/exports')).toBe('/home/ana/exports/harbin.report.pdf');
    expect(electron.invoke).toHaveBeenLastCalledWith('export:reportPdf', { documentId: 'doc-1', dir: '/home/ana/exports' });
    electron.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'not_found', message: 'There is no such document.' } });
    await expect(bridge.printReportPdf('gone', '/home/ana/exports')).rejects.toThrow('There is no such document.');
  });

  it('keeps files opened before the page subscribed, then hands every batch to the import queue', () => {
    const early = [{ name: 'wire.txt', data: new Uint8Array([72]) }];
    sendFromMain('launch:openFiles', early);
    const received: unknown[] = [];
    const unsubscribe = bridge.onOpenFiles((files) => received.push(files));
    expect(received).toEqual([early]);
    const later = [{ name: 'gone.txt', problem: '“gone.txt” was not imported: it no longer exists.' }];
    sendFromMain('launch:openFiles', later);
    sendFromMain('launch:openFiles', 'not a list');
    expect(received).toEqual([early, later]);
    unsubscribe();
  });

  it('moves the page to the route of a copydesk:// link, and to nothing else', () => {
    const page = { location: { hash: '#/' } };
    vi.stubGlobal('window', page);
    try {
      sendFromMain('launch:openRoute', '#/doc/d-1/a/a-2');
      expect(page.location.hash).toBe('#/doc/d-1/a/a-2');
      sendFromMain('launch:openRoute', 'javascript:alert(1)');
      sendFromMain('launch:openRoute', '#/claims');
      expect(page.location.hash).toBe('#/doc/d-1/a/a-2');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
