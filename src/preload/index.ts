/**
 * The preload: exposes `window.copydesk` to the sandboxed renderer, one named function per operation
 * of the API contract, built from OPERATION_NAMES. There is deliberately no generic
 * `invoke(channel, …)`: the renderer can reach exactly these channels and nothing else.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { OPERATION_NAMES } from '../shared/api';
import { isMenuCommand, MENU_CHANNEL, type CopydeskBridge, type MenuCommand, type OperationBridge } from './bridge-types';

const OPEN_EXTERNAL_CHANNEL = 'shell:openExternal';

const operations = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)]),
) as unknown as OperationBridge;

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
  openExternal(url: string): Promise<boolean> {
    return ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, String(url)) as Promise<boolean>;
  },
};

contextBridge.exposeInMainWorld('copydesk', bridge);
