/**
 * The renderer's one way to reach the core. The transport is picked once at start-up: the preload's
 * `window.copydesk` bridge inside Electron, else HTTP to the local web mode. Nothing else in the
 * renderer knows which one it has. Errors arrive as values and are thrown here as `ApiError`s.
 */
import type { Input, OperationName, Output } from '../../shared/api';
import { ApiError, type Result } from '../../shared/result';
import { toHttpUrl } from '../../shared/urls';
import { httpTransport } from './http';

/** Sends one request and answers the Result as it came over the wire. */
export type Transport = (name: OperationName, input: unknown) => Promise<Result<unknown>>;

/** What the Electron preload exposes as `window.copydesk` (see src/preload). */
export interface DesktopBridge {
  platform: 'electron';
  invoke?: never;
  openExternal(url: string): Promise<boolean>;
  onMenu(callback: (command: string) => void): () => void;
  /** The native folder picker; the chosen absolute path, or null when cancelled. */
  chooseFolder?(): Promise<string | null>;
  /** Saves the document's review report as a PDF into `dir`; the path written (rejects with a readable Error). */
  printReportPdf?(documentId: string, dir: string): Promise<string>;
  /** Files the operating system opened with the app: bytes, or why one could not be read. */
  onOpenFiles?(callback: (files: Array<{ name: string; data?: Uint8Array; problem?: string }>) => void): () => void;
  [operation: string]: unknown;
}

declare global {
  interface Window {
    copydesk?: DesktopBridge;
  }
}

function ipcTransport(bridge: DesktopBridge): Transport {
  return async (name, input) => {
    const fn = bridge[name];
    if (typeof fn !== 'function') {
      return { ok: false, error: { code: 'unknown_operation', message: `This version of Copydesk cannot ${name}.` } };
    }
    return (await (fn as (input: unknown) => Promise<Result<unknown>>)(input)) as Result<unknown>;
  };
}

const bridge = typeof window !== 'undefined' ? window.copydesk : undefined;
let transport: Transport = bridge ? ipcTransport(bridge) : httpTransport();

/** Which front door the app runs behind (for the few things that differ, like the folder dialog). */
export const platform: 'electron' | 'web' = bridge ? 'electron' : 'web';

/** Call one API operation; resolves with its output or throws an `ApiError` with a readable message. */
export async function call<K extends OperationName>(name: K, input: Input<K>): Promise<Output<K>> {
  let result: Result<unknown>;
  try {
    result = await transport(name, input);
  } catch (error) {
    throw new ApiError('internal', `Copydesk could not be reached (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value as Output<K>;
}

/** Open an http(s) link in the system browser (Electron) or a new tab (web mode); never inside the app. */
export function openExternal(url: string): void {
  // The one definition of an acceptable address, shared with the source form and the shell.
  const href = toHttpUrl(url);
  if (href === null) return;
  if (bridge) void bridge.openExternal(href);
  else window.open(href, '_blank', 'noopener,noreferrer');
}

/** Subscribe to application-menu commands (Electron only; a no-op in web mode). */
export function onMenu(callback: (command: string) => void): () => void {
  return bridge ? bridge.onMenu(callback) : () => {};
}

/**
 * Subscribe to files the operating system opens with the desktop app (double-click, "Open with", a
 * second launch): `onFiles` gets them as Files for the import queue, `onProblem` a sentence for each
 * file that could not be read. A no-op in web mode.
 */
export function onOpenFiles(onFiles: (files: File[]) => void, onProblem: (message: string) => void): () => void {
  if (!bridge?.onOpenFiles) return () => {};
  return bridge.onOpenFiles((opened) => {
    const files: File[] = [];
    for (const file of opened) {
      if (file.problem) onProblem(file.problem);
      else if (file.data) files.push(new File([file.data as Uint8Array<ArrayBuffer>], file.name));
    }
    if (files.length > 0) onFiles(files);
  });
}

/** Tests only: replace the transport (e.g. with an in-memory fake). */
export function setTransportForTests(next: Transport): void {
  transport = next;
}
