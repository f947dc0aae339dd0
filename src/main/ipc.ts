/**
 * The desktop transport: one `ipcMain.handle` per API operation, each forwarding to the core through
 * `dispatch` (which validates the input and answers a Result, never throwing), plus the op-free
 * desktop channels the renderer needs: `shell:openExternal`, `dialog:chooseFolder`,
 * `export:reportPdf` and the library location (`library:openTeam`, `library:openLocal`,
 * `library:location`). Every call is refused unless it comes from a frame showing our own app (a
 * team server's pages never can: their window has no preload), and an export into a folder the
 * person did not pick in the folder dialog is refused (export-folders.ts).
 * `ipcMain` and the side effects are passed in so this is testable without Electron.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { OPERATION_NAMES, type Handlers } from '../shared/api';
import { dispatch } from '../shared/dispatch';
import type { Result } from '../shared/result';
import {
  CHOOSE_FOLDER_CHANNEL,
  LIBRARY_LOCATION_CHANNEL,
  OPEN_EXTERNAL_CHANNEL,
  OPEN_LOCAL_LIBRARY_CHANNEL,
  OPEN_TEAM_LIBRARY_CHANNEL,
  REPORT_PDF_CHANNEL,
  type LibraryLocation,
  type OpenTeamResult,
} from '../preload/bridge-types';
import { openExternalUrl } from './external-links';
import { FOLDER_NOT_PICKED, requestedFolder } from './export-folders';

export { CHOOSE_FOLDER_CHANNEL, LIBRARY_LOCATION_CHANNEL, OPEN_EXTERNAL_CHANNEL, OPEN_LOCAL_LIBRARY_CHANNEL, OPEN_TEAM_LIBRARY_CHANNEL, REPORT_PDF_CHANNEL };

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
  /**
   * The folders exports may be written into (export-folders.ts): folders picked through
   * `chooseFolder` are added; an export into any other folder is refused before the core sees it.
   */
  exportFolders: { allow(dir: string): void; isAllowed(dir: unknown): boolean };
  /** Settings ▸ Library (library-switch.ts): the address is validated there, in main. */
  library: { readonly state: LibraryLocation; openTeam(url: unknown): OpenTeamResult; openLocal(): void };
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
  /** Is `input` of `channel` an export into a folder that was not picked? */
  const unpickedFolder = (channel: string, input: unknown): boolean => {
    const folder = requestedFolder(channel, input);
    return folder !== undefined && !options.exportFolders.isAllowed(folder.dir);
  };
  for (const name of OPERATION_NAMES) {
    handle(name, UNTRUSTED, (_event, input) => (unpickedFolder(name, input) ? FOLDER_NOT_PICKED : dispatch(options.handlers, name, input)));
  }
  handle(OPEN_EXTERNAL_CHANNEL, false, (_event, url) => openExternalUrl(url, options.openExternal));
  handle(CHOOSE_FOLDER_CHANNEL, null, async (event) => {
    const folder = await options.chooseFolder(event.sender);
    if (folder) options.exportFolders.allow(folder);
    return folder;
  });
  handle(REPORT_PDF_CHANNEL, UNTRUSTED, (_event, input) =>
    unpickedFolder(REPORT_PDF_CHANNEL, input) ? FOLDER_NOT_PICKED : options.printReportPdf(input),
  );
  const refusedTeam: OpenTeamResult = { ok: false, message: 'This request did not come from the Copydesk window.' };
  handle(OPEN_TEAM_LIBRARY_CHANNEL, refusedTeam, (_event, url) => options.library.openTeam(url));
  handle(OPEN_LOCAL_LIBRARY_CHANNEL, null, () => {
    options.library.openLocal();
    return options.library.state;
  });
  handle(LIBRARY_LOCATION_CHANNEL, null, () => options.library.state);
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
