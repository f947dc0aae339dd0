/**
 * The shape of `window.copydesk`, the desktop bridge the preload exposes, for the renderer to import
 * as a type. Each operation of the API contract is one named function answering the operation's
 * Result as a value (errors never arrive as exceptions).
 */
import type { Input, OperationName, Output } from '../shared/api';
import type { Result } from '../shared/result';

/** Menu commands the main process sends to the renderer, which carries them out. */
export const MENU_COMMANDS = ['import', 'export'] as const;
/** One menu command (File ▸ Import…, File ▸ Export…). */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Is `value` a menu command the renderer understands? */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The IPC channel menu commands travel on (main → renderer). */
export const MENU_CHANNEL = 'menu';

/** One function per API operation. */
export type OperationBridge = { [K in OperationName]: (input: Input<K>) => Promise<Result<Output<K>>> };

/** `window.copydesk` inside the desktop app. */
export type CopydeskBridge = OperationBridge & {
  readonly platform: 'electron';
  /** Calls `callback` for every menu command; answers a function that unsubscribes. */
  onMenu(callback: (command: MenuCommand) => void): () => void;
  /** Opens an http(s) URL in the system browser; answers whether it was a URL the app may open. */
  openExternal(url: string): Promise<boolean>;
};
