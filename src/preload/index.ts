/**
 * The preload: exposes `window.copydesk` to the sandboxed renderer, one named function per operation
 * of the API contract, built from OPERATION_NAMES, plus a few named desktop helpers (links, folder
 * picker, report PDF, menu commands, the library location). There is deliberately no generic
 * `invoke(channel, …)`: the renderer can reach exactly these channels and nothing else.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { OPERATION_NAMES } from '../shared/api';
import type { Result } from '../shared/result';
import {
  CHOOSE_FOLDER_CHANNEL,
  isLinkRoute,
  isMenuCommand,
  LIBRARY_LOCATION_CHANNEL,
  MENU_CHANNEL,
  OPEN_LOCAL_LIBRARY_CHANNEL,
  OPEN_TEAM_LIBRARY_CHANNEL,
  OPEN_EXTERNAL_CHANNEL,
  OPEN_FILES_CHANNEL,
  OPEN_ROUTE_CHANNEL,
  REPORT_PDF_CHANNEL,
  type CopydeskBridge,
  type LibraryLocation,
  type MenuCommand,
  type OpenedFile,
  type OpenTeamResult,
  type OperationBridge,
} from './bridge-types';

const operations = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)]),
) as unknown as OperationBridge;

/** The renderer's import queue, once it subscribed; files arriving before that wait in the list below. */
let openFilesSubscriber: ((files: OpenedFile[]) => void) | null = null;
const openedBeforeSubscribe: OpenedFile[][] = [];
ipcRenderer.on(OPEN_FILES_CHANNEL, (_event: IpcRendererEvent, files: unknown) => {
  if (!Array.isArray(files)) return;
  if (openFilesSubscriber) openFilesSubscriber(files as OpenedFile[]);
  else openedBeforeSubscribe.push(files as OpenedFile[]);
});

const bridge: CopydeskBridge = {
  ...operations,
  platform: 'electron',
  onMenu(callback: (command: MenuCommand) => void): () => void {
    if (typeof callback !== 'function') return () => {};
    const listener = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) callback(command);
    };
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  },
  onOpenFiles(callback: (files: OpenedFile[]) => void): () => void {
    if (typeof callback !== 'function') return () => {};
    openFilesSubscriber = callback;
    // Files opened while the page was still starting are handed over now.
    for (const files of openedBeforeSubscribe.splice(0)) callback(files);
    return () => {
      if (openFilesSubscriber === callback) openFilesSubscriber = null;
    };
  },
  openExternal(url: string): Promise<boolean> {
    return ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, String(url)) as Promise<boolean>;
  },
  async chooseFolder(): Promise<string | null> {
    const chosen: unknown = await ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL);
    return typeof chosen === 'string' ? chosen : null;
  },
  async printReportPdf(documentId: string, dir: string): Promise<string> {
    // Main answers a Result; only an Error's message survives the context bridge, so that is what we keep.
    const result = (await ipcRenderer.invoke(REPORT_PDF_CHANNEL, { documentId: String(documentId), dir: String(dir) })) as Result<string>;
    if (result.ok) return result.value;
    throw new Error(result.error.message);
  },
  openTeamLibrary(url: string): Promise<OpenTeamResult> {
    return ipcRenderer.invoke(OPEN_TEAM_LIBRARY_CHANNEL, String(url)) as Promise<OpenTeamResult>;
  },
  openLocalLibrary(): Promise<LibraryLocation> {
    return ipcRenderer.invoke(OPEN_LOCAL_LIBRARY_CHANNEL) as Promise<LibraryLocation>;
  },
  libraryLocation(): Promise<LibraryLocation> {
    return ipcRenderer.invoke(LIBRARY_LOCATION_CHANNEL) as Promise<LibraryLocation>;
  },
};

// A copydesk:// link moves the page to its route; the renderer's router follows the hash.
ipcRenderer.on(OPEN_ROUTE_CHANNEL, (_event: IpcRendererEvent, hash: unknown) => {
  if (isLinkRoute(hash)) window.location.hash = hash;
});

contextBridge.exposeInMainWorld('copydesk', bridge);
