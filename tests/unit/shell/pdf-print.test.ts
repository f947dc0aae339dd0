import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  lockDownPdfSession,
  PDF_PARTITION,
  PDF_PRINT_OPTIONS,
  pdfWindowOptions,
  printHtmlToPdf,
  type PdfWindow,
} from '../../../src/main/pdf-print';

const folders: string[] = [];
afterEach(() => {
  while (folders.length) rmSync(folders.pop()!, { recursive: true, force: true });
});

function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-pdf-'));
  folders.push(dir);
  return dir;
}

const PAGE = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body>Harbin 2.7 trillion yuan</body></html>';
const PDF = Buffer.from('%PDF-1.7 fake');

/** A stand-in BrowserWindow that records what the printer does with it. */
function fakeWindow(behaviour: { load?: () => Promise<void>; print?: () => Promise<Buffer> } = {}) {
  const seen: { loaded?: string; loadedHtml?: string; printOptions?: unknown; listeners: string[] } = { listeners: [] };
  let destroyed = false;
  const window: PdfWindow = {
    loadFile: vi.fn(async (path: string) => {
      seen.loaded = path;
      seen.loadedHtml = readFileSync(path, 'utf8');
      await behaviour.load?.();
    }),
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => {
      destroyed = true;
    }),
    webContents: {
      printToPDF: vi.fn(async (options) => {
        seen.printOptions = options;
        return behaviour.print ? behaviour.print() : PDF;
      }),
      on: vi.fn((event: string) => seen.listeners.push(event)),
    },
  };
  return { window, seen, isDestroyed: () => destroyed };
}

describe('the hidden print window', () => {
  it('runs no script, has no preload or Node, is sandboxed and hidden, in its own session', () => {
    const options = pdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      partition: PDF_PARTITION,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(PDF_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('prints A4 with backgrounds', () => {
    expect(PDF_PRINT_OPTIONS).toEqual({ printBackground: true, pageSize: 'A4' });
  });

  it('refuses every permission and every request that is not the local page', () => {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    let beforeRequest: ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) | undefined;
    lockDownPdfSession({
      setPermissionRequestHandler: (handler: never) => (request = handler),
      setPermissionCheckHandler: (handler: never) => (check = handler),
      webRequest: { onBeforeRequest: (handler: never) => (beforeRequest = handler) },
    } as never);
    const granted = vi.fn();
    request!({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(check!({}, 'clipboard-sanitized-write')).toBe(false);
    const answer = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest!({ url }, (a) => (cancel = a.cancel));
      return cancel;
    };
    expect(answer('file:///tmp/copydesk-report-x/report.html')).toBe(false);
    expect(answer('https://tracker.example/pixel.gif')).toBe(true);
    expect(answer('data:text/html,hi')).toBe(true);
  });
});

describe('printHtmlToPdf', () => {
  it('loads the page from a private temporary file, prints it, and cleans up', async () => {
    const root = tempRoot();
    const fake = fakeWindow();
    const createWindow = vi.fn(() => fake.window);
    const pdf = await printHtmlToPdf(PAGE, { createWindow, tempRoot: root });
    expect(pdf.equals(PDF)).toBe(true);
    expect(createWindow).toHaveBeenCalledWith(pdfWindowOptions());
    expect(fake.seen.loadedHtml).toBe(PAGE);
    expect(fake.seen.loaded!.startsWith(root)).toBe(true);
    expect(fake.seen.printOptions).toEqual(PDF_PRINT_OPTIONS);
    expect(fake.seen.listeners).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect']));
    expect(fake.isDestroyed()).toBe(true);
    expect(readdirSync(root)).toEqual([]);
  });

  it('keeps pages too large for a data: URL (a long document’s report)', async () => {
    const root = tempRoot();
    const fake = fakeWindow();
    const big = `<!DOCTYPE html><p>${'哈尔滨 2.7 trillion yuan 📈 '.repeat(150_000)}</p>`;
    await printHtmlToPdf(big, { createWindow: () => fake.window, tempRoot: root });
    expect(fake.seen.loadedHtml).toBe(big);
  });

  it('passes Chromium’s error on (report-pdf.ts logs it), and still closes the window and removes the page', async () => {
    const root = tempRoot();
    const fake = fakeWindow({ print: () => Promise.reject(new Error('Printing failed')) });
    await expect(printHtmlToPdf(PAGE, { createWindow: () => fake.window, tempRoot: root })).rejects.toThrow('Printing failed');
    expect(fake.isDestroyed()).toBe(true);
    expect(readdirSync(root)).toEqual([]);
  });

  it('gives up on a page that never finishes loading', async () => {
    const root = tempRoot();
    const fake = fakeWindow({ load: () => new Promise(() => {}) });
    await expect(printHtmlToPdf(PAGE, { createWindow: () => fake.window, tempRoot: root, timeoutMs: 20 })).rejects.toThrow(/took longer than/);
    expect(fake.isDestroyed()).toBe(true);
    expect(fake.window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(readdirSync(root)).toEqual([]);
  });

  it('removes the page even when the window cannot be created', async () => {
    const root = tempRoot();
    await expect(
      printHtmlToPdf(PAGE, {
        createWindow: () => {
          throw new Error('no display');
        },
        tempRoot: root,
      }),
    ).rejects.toThrow(/no display/);
    expect(existsSync(root) && readdirSync(root)).toEqual([]);
  });
});
