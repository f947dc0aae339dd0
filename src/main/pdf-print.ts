/**
 * Printing a self-contained HTML page (the review report) to PDF with Chromium: the page is written
 * to a private temporary file, loaded into a hidden window that runs no script, has no preload and no
 * Node, lives in its own in-memory session that may fetch nothing from the network, and is printed
 * with `webContents.printToPDF`; the window and the temporary file are always removed afterwards.
 *
 * A temporary file rather than a `data:` URL because Chromium refuses URLs over 2 MB, and the report
 * of a long document is larger than that. Only Electron *types* are imported: the window factory and
 * the session are passed in, so everything here is unit-tested with fakes.
 */
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, Session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../shared/result';

/** The in-memory session (no `persist:` prefix) the print windows use, apart from the app's. */
export const PDF_PARTITION = 'copydesk-report-pdf';

/** A4, with the report's coloured highlights and swatches (backgrounds) kept. */
export const PDF_PRINT_OPTIONS: Readonly<PrintToPDFOptions> = Object.freeze({ printBackground: true, pageSize: 'A4' });

/** How long loading and printing one page may take before we give up (a million-character report prints in seconds). */
export const PDF_TIMEOUT_MS = 120_000;

/** The hidden print window: nothing runs in it but Chromium's layout and printing. */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    skipTaskbar: true,
    focusable: false,
    width: 794, // A4 at 96 dpi, so the layout matches the paper
    height: 1123,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      webgl: false,
      plugins: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      partition: PDF_PARTITION,
    },
  };
}

/**
 * Locks down the print session: every permission refused, every request except `file:` (the page
 * itself) cancelled. The report's own CSP (`default-src 'none'`) already forbids loading anything;
 * this holds even if a page ever lacked one.
 */
export function lockDownPdfSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('file:') }));
}

/** The part of a BrowserWindow the printer uses. */
export interface PdfWindow {
  loadFile(path: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  webContents: {
    printToPDF(options: PrintToPDFOptions): Promise<Buffer>;
    on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }) => void): unknown;
  };
}

/** What {@link printHtmlToPdf} needs: `(options) => new BrowserWindow(options)` in the app. */
export interface PdfPrinterDeps {
  createWindow(options: BrowserWindowConstructorOptions): PdfWindow;
  /** Folder for the private temporary page (default: the system's temporary folder). */
  tempRoot?: string;
  timeoutMs?: number;
}

/** The print took too long: a reason a person understands (unlike Chromium's own errors). */
class PrintTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PrintTimeout(`it took longer than ${Math.round(ms / 1000)} seconds`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Prints `html` to a PDF and answers its bytes. Throws ApiError('internal', 'Could not print the
 * review report as PDF: it took longer than …') when it times out, and Electron's own error otherwise
 * (report-pdf.ts logs that and answers a sentence); the window and the temporary file are gone either way.
 */
export async function printHtmlToPdf(html: string, deps: PdfPrinterDeps): Promise<Buffer> {
  const folder = mkdtempSync(join(deps.tempRoot ?? tmpdir(), 'copydesk-report-'));
  let window: PdfWindow | undefined;
  try {
    const page = join(folder, 'report.html');
    writeFileSync(page, html, { encoding: 'utf8', mode: 0o600 });
    window = deps.createWindow(pdfWindowOptions());
    const stay = (event: { preventDefault(): void }): void => event.preventDefault();
    window.webContents.on('will-navigate', stay);
    window.webContents.on('will-redirect', stay);
    const shown = window;
    return await withTimeout(
      shown.loadFile(page).then(() => shown.webContents.printToPDF({ ...PDF_PRINT_OPTIONS })),
      deps.timeoutMs ?? PDF_TIMEOUT_MS,
    );
  } catch (error) {
    if (error instanceof PrintTimeout) throw new ApiError('internal', `Could not print the review report as PDF: ${error.message}.`);
    throw error;
  } finally {
    if (window && !window.isDestroyed()) window.destroy();
    try {
      rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // best effort (a file still open on Windows): the system cleans its temporary folder
    }
  }
}
