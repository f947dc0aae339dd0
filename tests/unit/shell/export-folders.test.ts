import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ExportFolders, loadDefaultExportFolder, requestedFolder, saveDefaultExportFolder } from '../../../src/main/export-folders';

describe('ExportFolders', () => {
  it('starts with the remembered default export folder, and remembers each folder picked', () => {
    const remember = vi.fn();
    const folders = new ExportFolders({ platform: 'linux', defaultFolder: '/srv/desk/exports', remember });
    expect(folders.isAllowed('/srv/desk/exports')).toBe(true);
    expect(folders.isAllowed('/srv/desk')).toBe(false);
    folders.allow('/home/ana/Exports');
    expect(remember).toHaveBeenCalledWith('/home/ana/Exports');
    expect(folders.isAllowed('/home/ana/Exports/')).toBe(true);
  });

  it('refuses relative folders, NUL bytes and values that are not text', () => {
    const folders = new ExportFolders({ platform: 'linux', defaultFolder: '/x' });
    folders.allow('relative/dir'); // never allowed, even if a dialog answered it
    expect(folders.isAllowed('relative/dir')).toBe(false);
    expect(folders.isAllowed('/x\0/../etc')).toBe(false);
    expect(folders.isAllowed(42)).toBe(false);
    expect(folders.isAllowed(undefined)).toBe(false);
  });

  it('compares Windows folders without regard to case or slash direction', () => {
    const folders = new ExportFolders({ platform: 'win32' });
    folders.allow('C:\\Users\\Ana\\Exports');
    expect(folders.isAllowed('c:/users/ana/exports/Monday')).toBe(true);
    expect(folders.isAllowed('C:\\Users\\Ana')).toBe(false);
    expect(folders.isAllowed('D:\\Users\\Ana\\Exports')).toBe(false);
  });
});

describe('requestedFolder', () => {
  it('names the folder of the operations that write into one', () => {
    expect(requestedFolder('export:toFolder', { dir: '/a' })).toEqual({ dir: '/a' });
    expect(requestedFolder('export:reportPdf', { documentId: 'd', dir: '/b' })).toEqual({ dir: '/b' });
    expect(requestedFolder('export:claimsCsv', { ids: ['d'], dir: '/c' })).toEqual({ dir: '/c' });
    expect(requestedFolder('export:claimsCsv', { ids: ['d'] })).toBeUndefined();
    expect(requestedFolder('export:toFolder', null)).toEqual({ dir: undefined }); // refused: no folder
    expect(requestedFolder('documents:list', { dir: '/a' })).toBeUndefined();
  });
});

describe('the remembered default export folder', () => {
  it('survives a restart, and a damaged file means no default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-export-folder-'));
    try {
      const file = join(dir, 'export-folder.json');
      expect(loadDefaultExportFolder(file)).toBeNull();
      saveDefaultExportFolder(file, '/home/ana/Exports');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ dir: '/home/ana/Exports' });
      expect(loadDefaultExportFolder(file)).toBe('/home/ana/Exports');
      writeFileSync(file, '{"dir":"relative"}');
      expect(loadDefaultExportFolder(file)).toBeNull();
      writeFileSync(file, 'not json');
      expect(loadDefaultExportFolder(file)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
