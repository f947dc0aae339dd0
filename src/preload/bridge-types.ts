/**
 * The shape of `window.copydesk`, the desktop bridge the preload exposes, for the renderer to import
 * as a type, and the names of the few desktop-only IPC channels beside the API operations. Each
 * operation of the API contract is one named function answering the operation's Result as a value
 * (errors never arrive as exceptions); the desktop-only helpers are documented one by one below.
 */
import type { Input, OperationName, Output } from '../shared/api';
import type { Result } from '../shared/result';

/**
 * Menu commands the main process sends to the renderer, which carries them out. Undo and Redo go to
 * the renderer's own undo manager (annotation actions), not to Chromium's text-editing undo.
 */
export const MENU_COMMANDS = ['import', 'export', 'undo', 'redo'] as const;
/** One menu command (File ▸ Import…, File ▸ Export…, Edit ▸ Undo, Edit ▸ Redo). */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Is `value` a menu command the renderer understands? */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The IPC channel menu commands travel on (main → renderer). */
export const MENU_CHANNEL = 'menu';
/** renderer → main: open an http(s) URL in the system browser; answers a boolean. */
export const OPEN_EXTERNAL_CHANNEL = 'shell:openExternal';
/** renderer → main: the native "choose a folder" dialog for exports; answers a path or null. */
export const CHOOSE_FOLDER_CHANNEL = 'dialog:chooseFolder';
/** renderer → main: `{ documentId, dir }` → save the review report as PDF; answers Result<path>. */
export const REPORT_PDF_CHANNEL = 'export:reportPdf';

/** renderer → main: `url` → open that team server's library in its own window; answers OpenTeamResult. */
export const OPEN_TEAM_LIBRARY_CHANNEL = 'library:openTeam';
/** renderer → main: back to this computer's library (closes the team window); answers LibraryLocation. */
export const OPEN_LOCAL_LIBRARY_CHANNEL = 'library:openLocal';
/** renderer → main: which library is chosen and the last team server address; answers LibraryLocation. */
export const LIBRARY_LOCATION_CHANNEL = 'library:location';

/** Which library the desktop app works in, and the last team server address (for Settings ▸ Library). */
export interface LibraryLocation {
  kind: 'local' | 'team';
  teamUrl: string | null;
}

/** The answer to "open this team library": the address as opened, or why it was refused. */
export type OpenTeamResult = { ok: true; url: string } | { ok: false; message: string };

/** main → renderer: files the operating system opened with the app (`OpenedFile[]`), for the import queue. */
export const OPEN_FILES_CHANNEL = 'launch:openFiles';
/** main → renderer: a route from a `copydesk://` link (`#/doc/<id>` or `#/doc/<id>/a/<annotationId>`) or the menu (`#/settings`). */
export const OPEN_ROUTE_CHANNEL = 'launch:openRoute';

/** A file handed to the app by the operating system: its bytes, or why it could not be read. */
export type OpenedFile = { name: string; data: Uint8Array; problem?: undefined } | { name: string; data?: undefined; problem: string };

/** Is `hash` a route main may open: a document, an annotation in one (links), or Settings (the menu)? */
export function isLinkRoute(hash: unknown): hash is string {
  return typeof hash === 'string' && hash.length <= 500 && (hash === '#/settings' || /^#\/doc\/[^/?#]+(\/a\/[^/?#]+)?$/.test(hash));
}

/** One function per API operation. */
export type OperationBridge = { [K in OperationName]: (input: Input<K>) => Promise<Result<Output<K>>> };

/** `window.copydesk` inside the desktop app. */
export type CopydeskBridge = OperationBridge & {
  readonly platform: 'electron';
  /** Calls `callback` for every menu command; answers a function that unsubscribes. */
  onMenu(callback: (command: MenuCommand) => void): () => void;
  /**
   * Calls `callback` with the files the operating system opens with the app (double-click, "Open
   * with", a second launch); answers a function that unsubscribes. Links (`copydesk://…`) need no
   * callback: the preload moves the page to their route.
   */
  onOpenFiles(callback: (files: OpenedFile[]) => void): () => void;
  /** Opens an http(s) URL in the system browser; answers whether it was a URL the app may open. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Shows the native folder picker ("Export to folder", may create folders) attached to the window;
   * answers the chosen absolute path, or null when the editor cancelled.
   */
  chooseFolder(): Promise<string | null>;
  /**
   * Saves the document's review report as an A4 PDF (`<base>.report.pdf`, written atomically) into
   * the absolute folder `dir`; answers the path written. Rejects with an Error whose message is a
   * sentence a person understands (no such document, folder not writable, printing failed …).
   */
  printReportPdf(documentId: string, dir: string): Promise<string>;
  /**
   * Opens the team server at `url` in its own window (no bridge there; the editor signs in on the
   * server's page) and remembers it as the library to open; refuses addresses that are not https
   * (plain http only for localhost) with a sentence saying why.
   */
  openTeamLibrary(url: string): Promise<OpenTeamResult>;
  /** Back to this computer's library: closes the team window and remembers the choice. */
  openLocalLibrary(): Promise<LibraryLocation>;
  /** Which library is chosen and the last team server address. */
  libraryLocation(): Promise<LibraryLocation>;
};
