import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedBindingPath, findNativeBinding, NATIVE_BINDING_ENV } from '../../../src/main/native-binding';

describe('findNativeBinding in an installed app', () => {
  let dir: string;
  let named: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-binding-'));
    // Both development sources exist: a binding named in the environment and a cached .native/ build.
    named = join(dir, 'planted.node');
    writeFileSync(named, '');
    const cached = cachedBindingPath(dir, '45.5.0');
    mkdirSync(dirname(cached), { recursive: true });
    writeFileSync(cached, '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('ignores COPYDESK_NATIVE_BINDING and .native/ when packaged, so no outside .node file is loaded', () => {
    const env = { [NATIVE_BINDING_ENV]: named };
    expect(findNativeBinding({ env, appPath: dir, electronVersion: '45.5.0', isPackaged: true })).toBeUndefined();
    expect(findNativeBinding({ env: {}, appPath: dir, electronVersion: '45.5.0', isPackaged: true })).toBeUndefined();
  });

  it('still honours both when running from the source tree (npm start, electron-vite dev)', () => {
    expect(findNativeBinding({ env: { [NATIVE_BINDING_ENV]: named }, appPath: dir, electronVersion: '45.5.0', isPackaged: false })).toBe(named);
    expect(findNativeBinding({ env: {}, appPath: dir, electronVersion: '45.5.0', isPackaged: false })).toBe(cachedBindingPath(dir, '45.5.0'));
  });

  it('does not even check a missing named file when packaged (no error dialog from a stray variable)', () => {
    const env = { [NATIVE_BINDING_ENV]: join(dir, 'missing.node') };
    expect(() => findNativeBinding({ env, appPath: dir, electronVersion: '45.5.0', isPackaged: true })).not.toThrow();
  });
});
