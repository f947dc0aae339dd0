import { describe, expect, test } from 'vitest';
import { defaultLibraryPath } from '../../../src/main/core/paths';

describe('defaultLibraryPath', () => {
  test('Linux: $XDG_CONFIG_HOME/Copydesk, else ~/.config/Copydesk', () => {
    expect(defaultLibraryPath({ env: {}, platform: 'linux', home: '/home/ana' })).toBe('/home/ana/.config/Copydesk/library.sqlite');
    expect(defaultLibraryPath({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/home/ana' })).toBe('/cfg/Copydesk/library.sqlite');
  });

  test('macOS: ~/Library/Application Support/Copydesk', () => {
    expect(defaultLibraryPath({ env: {}, platform: 'darwin', home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Copydesk/library.sqlite',
    );
  });

  test('Windows: %APPDATA%\\Copydesk', () => {
    expect(defaultLibraryPath({ env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Copydesk\\library.sqlite',
    );
  });

  test('COPYDESK_DB overrides the folder', () => {
    expect(defaultLibraryPath({ env: { COPYDESK_DB: '/data/review.sqlite' }, platform: 'linux', home: '/home/ana' })).toBe('/data/review.sqlite');
  });
});
