/**
 * The native "choose a folder" dialog the export dialog uses (`window.copydesk.chooseFolder`). It is
 * modal to the window that asked; only Electron *types* are imported, so `dialog.showOpenDialog` is
 * passed in and the behaviour is unit-tested without the Electron binary.
 */
import type { BaseWindow, OpenDialogOptions, OpenDialogReturnValue } from 'electron';

/** Folders only, with a "New Folder" button (macOS) so an editor can make one for the export. */
export function chooseFolderOptions(): OpenDialogOptions {
  return { properties: ['openDirectory', 'createDirectory'], title: 'Export to folder' };
}

/** Electron's `dialog.showOpenDialog`, in the two forms it comes in (with or without a parent window). */
export interface OpenDialog {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

/**
 * Shows the folder picker, attached to `window` when there is one (else free-standing), and answers
 * the chosen folder or null when the editor cancelled.
 */
export async function chooseFolder(dialog: OpenDialog, window: BaseWindow | null | undefined): Promise<string | null> {
  const options = chooseFolderOptions();
  const answer = window && !window.isDestroyed() ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (answer.canceled) return null;
  const [folder] = answer.filePaths;
  return typeof folder === 'string' && folder.length > 0 ? folder : null;
}
