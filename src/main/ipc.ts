/**
 * The desktop transport: one `ipcMain.handle` per API operation, each forwarding to the core through
 * `dispatch` (which validates the input and answers a Result, never throwing), plus the op-free
 * desktop channels the renderer needs: `shell:openExternal`, `dialog:chooseFolder` and
 * `export:reportPdf`. Every call is refused unless it comes from a frame showing our own app.
 * `ipcMain` and the side effects are passed in so this is testable without Electron.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { OPERATION_NAMES, type Handlers } from '../shared/api';
import { dispatch } from '../shared/dispatch';
import type { Result } from '../shared/result';
import { CHOOSE_FOLDER_CHANNEL, OPEN_EXTERNAL_CHANNEL, REPORT_PDF_CHANNEL } from '../preload/bridge-types';
import { openExternalUrl } from './external-links';

export { CHOOSE_FOLDER_CHANNEL, OPEN_EXTERNAL_CHANNEL, REPORT_PDF_CHANNEL };

/** What `registerIpc` needs besides `ipcMain`. */
export interface IpcOptions {
  handlers: Handlers;
  /** Is this frame URL our app? (see security.ts `isAppUrl`) */
  isTrustedUrl: (url: string | undefined) => boolean;
  /** Electron's `shell.openExternal`. */
  openExternal: (url: string) => Promise<void>;
  /** Shows the folder picker over the window of `sender` (folder-dialog.ts); a path or null. */
  chooseFolder: (sender: WebContents) => Promise<string | null>;
  /** Saves a document's review report as PDF (report-pdf.ts); input not yet validated. */
  printReportPdf: (input: unknown) => Promise<Result<string>>;
}

/** The answer to a call from a frame that is not our app. */
const UNTRUSTED: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'This request did not come from the Copydesk window.' },
};

function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  return event.senderFrame?.url;
}

/** Registers every operation and the desktop channels; answers a function that removes them again. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, options: IpcOptions): () => void {
  const channels: string[] = [];
  /** Registers `channel`, answering `refused` to frames that are not the app. */
  const handle = (channel: string, refused: unknown, listener: (event: IpcMainInvokeEvent, input: unknown) => unknown): void => {
    ipcMain.handle(channel, (event, input: unknown) => (options.isTrustedUrl(senderUrl(event)) ? listener(event, input) : refused));
    channels.push(channel);
  };
  for (const name of OPERATION_NAMES) handle(name, UNTRUSTED, (_event, input) => dispatch(options.handlers, name, input));
  handle(OPEN_EXTERNAL_CHANNEL, false, (_event, url) => openExternalUrl(url, options.openExternal));
  handle(CHOOSE_FOLDER_CHANNEL, null, (event) => options.chooseFolder(event.sender));
  handle(REPORT_PDF_CHANNEL, UNTRUSTED, (_event, input) => options.printReportPdf(input));
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
