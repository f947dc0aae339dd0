import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShellArgs } from '../../../src/main/argv';
import { cachedBindingPath, findNativeBinding, nativeBindingFromEnv, NATIVE_BINDING_ENV } from '../../../src/main/native-binding';

describe('parseShellArgs', () => {
  it('reads --db PATH as Electron passes it after the app folder', () => {
    expect(parseShellArgs(['.', '--db', '/data/newsroom.sqlite'])).toEqual({ dbPath: '/data/newsroom.sqlite' });
  });

  it('reads --db=PATH', () => {
    expect(parseShellArgs(['--db=lib.sqlite'])).toEqual({ dbPath: 'lib.sqlite' });
  });

  it('opens the default library when no --db is given', () => {
    expect(parseShellArgs(['.'])).toEqual({});
  });

  it('ignores the switches Electron and Chromium add', () => {
    expect(parseShellArgs(['.', '--no-sandbox', '--enable-logging', '--db', 'x.sqlite', '--inspect=9229'])).toEqual({ dbPath: 'x.sqlite' });
  });

  it('refuses --db without a path', () => {
    expect(() => parseShellArgs(['.', '--db'])).toThrow(RangeError);
    expect(() => parseShellArgs(['--db', '--no-sandbox'])).toThrow(/path of a library/);
    expect(() => parseShellArgs(['--db='])).toThrow(RangeError);
  });
});

describe('parseShellArgs: the import size limit', () => {
  const MB = 1024 * 1024;

  it('reads --max-import-mb N and --max-import-mb=N into bytes for the core', () => {
    expect(parseShellArgs(['.', '--max-import-mb', '100', '--db', 'x.sqlite'])).toEqual({ dbPath: 'x.sqlite', maxImportBytes: 100 * MB });
    expect(parseShellArgs(['.', '--max-import-mb=2.5'])).toEqual({ maxImportBytes: 2.5 * MB });
  });

  it('takes COPYDESK_MAX_IMPORT_MB as the default, the option winning over it', () => {
    expect(parseShellArgs(['.'], { COPYDESK_MAX_IMPORT_MB: '64' })).toEqual({ maxImportBytes: 64 * MB });
    expect(parseShellArgs(['.', '--max-import-mb', '8'], { COPYDESK_MAX_IMPORT_MB: '64' })).toEqual({ maxImportBytes: 8 * MB });
    expect(parseShellArgs(['.'], { COPYDESK_MAX_IMPORT_MB: '' })).toEqual({});
  });

  it('refuses a limit that is missing, not a number, not above 0 or above 256', () => {
    expect(() => parseShellArgs(['.', '--max-import-mb'])).toThrow(/--max-import-mb needs a number of megabytes/);
    expect(() => parseShellArgs(['.', '--max-import-mb', '--db', 'x.sqlite'])).toThrow(RangeError);
    for (const value of ['0', 'lots', '257', '-1', 'Infinity']) {
      expect(() => parseShellArgs([`--max-import-mb=${value}`]), value).toThrow(/above 0 and at most 256/);
    }
    expect(() => parseShellArgs(['.'], { COPYDESK_MAX_IMPORT_MB: '2048' })).toThrow(/^COPYDESK_MAX_IMPORT_MB must be/);
    expect(parseShellArgs(['.', '--max-import-mb', '256'])).toEqual({ maxImportBytes: 256 * MB });
  });
});

describe('nativeBindingFromEnv', () => {
  it('uses the default binding when npm start did not name one', () => {
    expect(nativeBindingFromEnv({})).toBeUndefined();
  });

  it('answers the absolute path of the named binding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-binding-'));
    try {
      writeFileSync(join(dir, 'better_sqlite3.node'), '');
      expect(nativeBindingFromEnv({ [NATIVE_BINDING_ENV]: 'better_sqlite3.node' }, dir)).toBe(join(dir, 'better_sqlite3.node'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says how to fix a binding that is missing', () => {
    expect(() => nativeBindingFromEnv({ [NATIVE_BINDING_ENV]: '/nowhere/better_sqlite3.node' })).toThrow(/npm start/);
  });
});

describe('findNativeBinding', () => {
  it('uses the cached Electron build when the environment names none (electron-vite dev)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-binding-'));
    try {
      expect(findNativeBinding({ env: {}, appPath: dir, electronVersion: '45.5.0', isPackaged: false })).toBeUndefined();
      const cached = cachedBindingPath(dir, '45.5.0');
      mkdirSync(dirname(cached), { recursive: true });
      writeFileSync(cached, '');
      expect(findNativeBinding({ env: {}, appPath: dir, electronVersion: '45.5.0', isPackaged: false })).toBe(join(dir, '.native', 'electron-45.5.0', 'better_sqlite3.node'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
