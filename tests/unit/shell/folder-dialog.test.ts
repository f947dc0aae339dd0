import { describe, expect, it, vi } from 'vitest';
import { chooseFolder, chooseFolderOptions, type OpenDialog } from '../../../src/main/folder-dialog';

/** A stand-in for Electron's `dialog` that answers `answer` and records how it was called. */
function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => answer);
  return { dialog: { showOpenDialog } as unknown as OpenDialog, showOpenDialog };
}

const window = { isDestroyed: () => false } as never;

describe('chooseFolder', () => {
  it('asks for one folder, with folder creation, titled for exporting', () => {
    expect(chooseFolderOptions()).toEqual({ properties: ['openDirectory', 'createDirectory'], title: 'Export to folder' });
  });

  it('is modal to the window that asked and answers the chosen folder', async () => {
    const { dialog, showOpenDialog } = fakeDialog({ canceled: false, filePaths: ['/home/ana/exports'] });
    expect(await chooseFolder(dialog, window)).toBe('/home/ana/exports');
    expect(showOpenDialog).toHaveBeenCalledWith(window, chooseFolderOptions());
  });

  it('answers null when the editor cancels, or nothing comes back', async () => {
    expect(await chooseFolder(fakeDialog({ canceled: true, filePaths: [] }).dialog, window)).toBeNull();
    expect(await chooseFolder(fakeDialog({ canceled: false, filePaths: [] }).dialog, window)).toBeNull();
  });

  it('still works without a (live) window, as a free-standing dialog', async () => {
    const { dialog, showOpenDialog } = fakeDialog({ canceled: false, filePaths: ['/tmp/out'] });
    expect(await chooseFolder(dialog, null)).toBe('/tmp/out');
    expect(await chooseFolder(dialog, { isDestroyed: () => true } as never)).toBe('/tmp/out');
    expect(showOpenDialog.mock.calls).toEqual([[chooseFolderOptions()], [chooseFolderOptions()]]);
  });
});
