/**
 * The Electron fuses flipped at packaging (scripts/packaging/fuses.mjs) and the afterPack hook that
 * flips them, run on a stand-in executable carrying an Electron fuse wire, and read back with
 * @electron/fuses the way `npx @electron/fuses read` does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const root = resolve(__dirname, '../../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

interface FusesModule {
  FUSES: readonly { fuse: keyof typeof FuseV1Options; enabled: boolean; why: string }[];
  fuseConfig(platform: string, arch: string): Record<string, unknown>;
}
interface HookContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string; config: { electronVersion?: string } };
}
type AfterPack = (context: HookContext, seams?: { checkBinding?: (resources: string, version: string) => void }) => Promise<void>;

let fuses: FusesModule;
let afterPack: AfterPack;
beforeAll(async () => {
  fuses = (await import(pathToFileURL(join(root, 'scripts/packaging/fuses.mjs')).href)) as FusesModule;
  afterPack = ((await import(pathToFileURL(join(root, 'scripts/packaging/after-pack.mjs')).href)) as { default: AfterPack }).default;
});

/** A file shaped like an Electron executable's fuse wire, with Electron's default states (9 fuses). */
function fakeElectron(path: string): void {
  // RunAsNode on, cookies plain, NODE_OPTIONS on, --inspect on, no asar integrity, app/ folder allowed,
  // no browser V8 snapshot, file: privileged, and one fuse newer than @electron/fuses 1.8 knows.
  const defaults = '101100011';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.concat([Buffer.from('\x7fELF…code…'), Buffer.from(SENTINEL), Buffer.from([1, defaults.length]), Buffer.from(defaults), Buffer.from('…more code')]));
}

describe('the fuse list', () => {
  it('turns off every way to run other code in the app and turns on its integrity checks', () => {
    const config = fuses.fuseConfig('linux', 'x64');
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    for (const { why } of fuses.FUSES) expect(why.length).toBeGreaterThan(20);
  });

  it('re-applies the ad-hoc signature only for Apple silicon builds, whose signature flipping breaks', () => {
    expect(fuses.fuseConfig('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fuses.fuseConfig('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fuses.fuseConfig('win32', 'arm64').resetAdHocDarwinSignature).toBe(false);
  });
});

describe('the afterPack hook', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-fuses-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const context = (platform: string, executableName?: string): HookContext => ({
    appOutDir: dir,
    electronPlatformName: platform,
    arch: 1,
    packager: { appInfo: { productFilename: 'Copydesk' }, executableName, config: { electronVersion: '45.5.0' } },
  });

  it('flips the fuses in the packed Linux executable', async () => {
    const executable = join(dir, 'copydesk');
    fakeElectron(executable);
    await afterPack(context('linux', 'copydesk'), { checkBinding: () => {} });
    const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF);
    expect(wire[8]).toBe(ON); // a fuse newer than the list is left as Electron ships it
  });

  it('finds the Windows executable by product name', async () => {
    const executable = join(dir, 'Copydesk.exe');
    fakeElectron(executable);
    await afterPack(context('win32'), { checkBinding: () => {} });
    // RunAsNode, cookie encryption, NODE_OPTIONS, --inspect, integrity, asar only, V8 snapshot (left), file: privileges, newer fuse (left).
    expect(readFileSync(executable).includes(Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.from('010011001')]))).toBe(true);
  });

  it('stops the build when the packed SQLite binding was built for Node instead of Electron', async () => {
    fakeElectron(join(dir, 'copydesk'));
    const nodeBuild = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const packed = join(dir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    mkdirSync(dirname(packed), { recursive: true });
    writeFileSync(packed, readFileSync(nodeBuild));
    await expect(afterPack(context('linux', 'copydesk'))).rejects.toThrow(/cannot be loaded by Electron 45\.5\.0: it was built for Node's ABI/);
  });
});
