import { describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, type Handlers } from '../../../src/shared/api';
import { CHOOSE_FOLDER_CHANNEL, OPEN_EXTERNAL_CHANNEL, REPORT_PDF_CHANNEL, registerIpc } from '../../../src/main/ipc';
import { ExportFolders } from '../../../src/main/export-folders';
import { LibrarySwitch } from '../../../src/main/library-switch';

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
    'export:toFolder': vi.fn(({ dir }: { dir: string }) => ({ written: [`${dir}/harbin.json`], failed: [], notes: [] })),
    'export:claimsCsv': vi.fn(() => ({ written: null, file: null, claims: 0, documents: 1, failed: [] })),
  } as unknown as Handlers;
  const openExternal = vi.fn(async () => {});
  const chooseFolder = vi.fn(async () => '/home/ana/exports');
  const printReportPdf = vi.fn(async () => ({ ok: true as const, value: '/home/ana/exports/harbin.report.pdf' }));
  const exportFolders = new ExportFolders({ platform: 'linux' });
  const showTeam = vi.fn();
  const library = new LibrarySwitch({ initial: { kind: 'local', teamUrl: null }, save: vi.fn(), showTeam, closeTeam: vi.fn(), showLocal: vi.fn() });
  const unregister = registerIpc(ipcMain as never, {
    handlers,
    isTrustedUrl: (url) => url === APP,
    openExternal,
    chooseFolder,
    printReportPdf,
    exportFolders,
    library,
  });
  return { ipcMain, handlers, openExternal, chooseFolder, printReportPdf, exportFolders, unregister, showTeam };
}

describe('registerIpc', () => {
  it('registers exactly one handler per operation, plus the desktop channels', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [...OPERATION_NAMES, 'shell:openExternal', 'dialog:chooseFolder', 'export:reportPdf', 'library:openTeam', 'library:openLocal', 'library:location'].sort(),
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
    await ipcMain.handlers.get(CHOOSE_FOLDER_CHANNEL)!(fromApp); // the person picks /home/ana/exports
    const print = ipcMain.handlers.get(REPORT_PDF_CHANNEL)!;
    const input = { documentId: 'doc-1', dir: '/home/ana/exports' };
    expect(await print(fromApp, input)).toEqual({ ok: true, value: '/home/ana/exports/harbin.report.pdf' });
    expect(printReportPdf).toHaveBeenCalledWith(input);
    expect(await print(fromElsewhere, input)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(printReportPdf).toHaveBeenCalledOnce();
  });

  it('opens a team library only from the app window, after checking the address in main', async () => {
    const { ipcMain, showTeam } = setup();
    const openTeam = ipcMain.handlers.get('library:openTeam')!;
    const location = ipcMain.handlers.get('library:location')!;
    expect(await openTeam(fromElsewhere, 'https://desk.example/')).toMatchObject({ ok: false });
    expect(await openTeam(fromApp, 'http://desk.example/')).toEqual({ ok: false, message: expect.stringContaining('https://') });
    expect(showTeam).not.toHaveBeenCalled();
    expect(await openTeam(fromApp, ' https://desk.example/copydesk ')).toEqual({ ok: true, url: 'https://desk.example/copydesk' });
    expect(showTeam.mock.calls).toEqual([['https://desk.example/copydesk']]);
    expect(await location(fromApp)).toEqual({ kind: 'team', teamUrl: 'https://desk.example/copydesk' });
    expect(await location(fromElsewhere)).toBeNull();
    expect(await ipcMain.handlers.get('library:openLocal')!(fromApp)).toEqual({ kind: 'local', teamUrl: 'https://desk.example/copydesk' });
  });

  it('can remove everything it registered', () => {
    const { ipcMain, unregister } = setup();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  describe('export folders', () => {
    const notPicked = { ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Choose folder…') } };

    it('refuses an export into a folder nobody picked, before the core sees it', async () => {
      const { ipcMain, handlers, printReportPdf } = setup();
      const toFolder = ipcMain.handlers.get('export:toFolder')!;
      expect(await toFolder(fromApp, { ids: ['doc-1'], formats: ['brat'], dir: '/home/ana/.ssh' })).toEqual(notPicked);
      expect(await ipcMain.handlers.get('export:claimsCsv')!(fromApp, { ids: ['doc-1'], dir: '/etc' })).toEqual(notPicked);
      expect(await ipcMain.handlers.get(REPORT_PDF_CHANNEL)!(fromApp, { documentId: 'doc-1', dir: '/home/ana/.config/autostart' })).toEqual(notPicked);
      expect(handlers['export:toFolder']).not.toHaveBeenCalled();
      expect(handlers['export:claimsCsv']).not.toHaveBeenCalled();
      expect(printReportPdf).not.toHaveBeenCalled();
    });

    it('accepts the folder picked in the dialog, and folders inside it, but not its parent or a sibling', async () => {
      const { ipcMain, handlers } = setup();
      const toFolder = ipcMain.handlers.get('export:toFolder')!;
      await ipcMain.handlers.get(CHOOSE_FOLDER_CHANNEL)!(fromApp);
      expect(await toFolder(fromApp, { ids: ['doc-1'], formats: ['brat'], dir: '/home/ana/exports' })).toEqual({
        ok: true,
        value: { written: ['/home/ana/exports/harbin.json'], failed: [], notes: [] },
      });
      expect(await toFolder(fromApp, { ids: ['doc-1'], formats: ['brat'], dir: '/home/ana/exports/monday' })).toMatchObject({ ok: true });
      expect(await toFolder(fromApp, { ids: ['doc-1'], formats: ['brat'], dir: '/home/ana/exports/../.ssh' })).toEqual(notPicked);
      expect(await toFolder(fromApp, { ids: ['doc-1'], formats: ['brat'], dir: '/home/ana/exports-evil' })).toEqual(notPicked);
      expect(await toFolder(fromApp, { ids: ['doc-1'], formats: ['brat'], dir: '/home/ana' })).toEqual(notPicked);
      expect(handlers['export:toFolder']).toHaveBeenCalledTimes(2);
    });

    it('lets a claims CSV without a folder through (it is answered as a download)', async () => {
      const { ipcMain, handlers } = setup();
      expect(await ipcMain.handlers.get('export:claimsCsv')!(fromApp, { ids: ['doc-1'] })).toMatchObject({ ok: true });
      expect(handlers['export:claimsCsv']).toHaveBeenCalledOnce();
    });

    it('does not add a folder when the dialog was cancelled', async () => {
      const { ipcMain, chooseFolder, exportFolders } = setup();
      chooseFolder.mockResolvedValueOnce(null as never);
      expect(await ipcMain.handlers.get(CHOOSE_FOLDER_CHANNEL)!(fromApp)).toBeNull();
      expect(exportFolders.isAllowed('/home/ana/exports')).toBe(false);
    });
  });
});
