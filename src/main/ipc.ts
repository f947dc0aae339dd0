/**
 * The desktop transport: one `ipcMain.handle` per API operation, each forwarding to the core through
 * `dispatch` (which validates the input and answers a Result, never throwing), plus the one op-free
 * channel the renderer needs, `shell:openExternal`. Every call is refused unless it comes from a frame
 * showing our own app. `ipcMain` and `shell` are passed in so this is testable without Electron.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { OPERATION_NAMES, type Handlers } from '../shared/api';
import { dispatch } from '../shared/dispatch';
import type { Result } from '../shared/result';
import { openExternalUrl } from './external-links';

/** The IPC channel through which the renderer opens a source's URL in the system browser. */
export const OPEN_EXTERNAL_CHANNEL = 'shell:openExternal';

/** What `registerIpc` needs besides `ipcMain`. */
export interface IpcOptions {
  handlers: Handlers;
  /** Is this frame URL our app? (see security.ts `isAppUrl`) */
  isTrustedUrl: (url: string | undefined) => boolean;
  /** Electron's `shell.openExternal`. */
  openExternal: (url: string) => Promise<void>;
}

/** The answer to a call from a frame that is not our app. */
const UNTRUSTED: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'This request did not come from the Copydesk window.' },
};

function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  return event.senderFrame?.url;
}

/** Registers every operation and `shell:openExternal`; answers a function that removes them again. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, options: IpcOptions): () => void {
  const channels: string[] = [];
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!options.isTrustedUrl(senderUrl(event))) return UNTRUSTED;
      return dispatch(options.handlers, name, input);
    });
    channels.push(name);
  }
  ipcMain.handle(OPEN_EXTERNAL_CHANNEL, (event, url: unknown) => {
    if (!options.isTrustedUrl(senderUrl(event))) return false;
    return openExternalUrl(url, options.openExternal);
  });
  channels.push(OPEN_EXTERNAL_CHANNEL);
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
