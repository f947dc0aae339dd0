import { describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, type Handlers } from '../../../src/shared/api';
import { CHOOSE_FOLDER_CHANNEL, OPEN_EXTERNAL_CHANNEL, REPORT_PDF_CHANNEL, registerIpc } from '../../../src/main/ipc';

type Listener = (event: { senderFrame: { url: string } | null; sender?: unknown }, input?: unknown) => unknown;

/** A stand-in for Electron's ipcMain that records what is registered. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

const APP = 'file:///app/out/renderer/index.html';
const sender = { id: 1 };
const fromApp = { senderFrame: { url: APP }, sender };
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' }, sender };

function setup() {
  const ipcMain = fakeIpcMain();
  const handlers = {
    'documents:list': vi.fn(() => [{ id: 'doc-1', title: 'Wire copy' }]),
    'documents:get': vi.fn(({ id }: { id: string }) => ({ id })),
  } as unknown as Handlers;
  const openExternal = vi.fn(async () => {});
  const chooseFolder = vi.fn(async () => '/home/ana/exports');
  const printReportPdf = vi.fn(async () => ({ ok: true as const, value: '/home/ana/exports/harbin.report.pdf' }));
  const unregister = registerIpc(ipcMain as never, { handlers, isTrustedUrl: (url) => url === APP, openExternal, chooseFolder, printReportPdf });
  return { ipcMain, handlers, openExternal, chooseFolder, printReportPdf, unregister };
}

describe('registerIpc', () => {
  it('registers exactly one handler per operation, plus the three desktop channels', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [...OPERATION_NAMES, 'shell:openExternal', 'dialog:chooseFolder', 'export:reportPdf'].sort(),
    );
    expect([OPEN_EXTERNAL_CHANNEL, CHOOSE_FOLDER_CHANNEL, REPORT_PDF_CHANNEL]).toEqual(['shell:openExternal', 'dialog:chooseFolder', 'export:reportPdf']);
    expect(OPERATION_NAMES).not.toContain(REPORT_PDF_CHANNEL);
  });

  it('answers a call from the app window with the Result from the core', async () => {
    const { ipcMain } = setup();
    const result = await ipcMain.handlers.get('documents:list')!(fromApp, {});
    expect(result).toEqual({ ok: true, value: [{ id: 'doc-1', title: 'Wire copy' }] });
  });

  it('validates the input before the core sees it', async () => {
    const { ipcMain, handlers } = setup();
    const result = (await ipcMain.handlers.get('documents:get')!(fromApp, { id: 42 })) as { ok: boolean; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid_input');
    expect(handlers['documents:get']).not.toHaveBeenCalled();
  });

  it('refuses calls from frames that are not the app', async () => {
    const { ipcMain, handlers } = setup();
    const result = (await ipcMain.handlers.get('documents:list')!(fromElsewhere, {})) as { ok: boolean; error: { code: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(handlers['documents:list']).not.toHaveBeenCalled();
    expect(await ipcMain.handlers.get('documents:list')!({ senderFrame: null }, {})).toMatchObject({ ok: false });
  });

  it('opens only http(s) links, and only for the app', async () => {
    const { ipcMain, openExternal } = setup();
    const open = ipcMain.handlers.get(OPEN_EXTERNAL_CHANNEL)!;
    expect(await open(fromApp, 'https://www.reuters.com/')).toBe(true);
    expect(await open(fromApp, 'file:///etc/passwd')).toBe(false);
    expect(await open(fromElsewhere, 'https://www.reuters.com/')).toBe(false);
    expect(openExternal.mock.calls).toEqual([['https://www.reuters.com/']]);
  });

  it('shows the folder picker over the window that asked, and only for the app', async () => {
    const { ipcMain, chooseFolder } = setup();
    const choose = ipcMain.handlers.get(CHOOSE_FOLDER_CHANNEL)!;
    expect(await choose(fromApp)).toBe('/home/ana/exports');
    expect(chooseFolder).toHaveBeenCalledWith(sender);
    expect(await choose(fromElsewhere)).toBeNull();
    expect(await choose({ senderFrame: null, sender })).toBeNull();
    expect(chooseFolder).toHaveBeenCalledOnce();
  });

  it('passes report PDF requests on unvalidated, and refuses them from other frames', async () => {
    const { ipcMain, printReportPdf } = setup();
    const print = ipcMain.handlers.get(REPORT_PDF_CHANNEL)!;
    const input = { documentId: 'doc-1', dir: '/home/ana/exports' };
    expect(await print(fromApp, input)).toEqual({ ok: true, value: '/home/ana/exports/harbin.report.pdf' });
    expect(printReportPdf).toHaveBeenCalledWith(input);
    expect(await print(fromElsewhere, input)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(printReportPdf).toHaveBeenCalledOnce();
  });

  it('can remove everything it registered', () => {
    const { ipcMain, unregister } = setup();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
