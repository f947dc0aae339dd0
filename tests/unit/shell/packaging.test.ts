/**
 * The installers' configuration (electron-builder.yml), checked by electron-builder's own schema
 * validation and against the app's identity; the icons it points at; `npm run dist`'s decisions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, applyIdentity, LINK_SCHEME, windowIconPath } from '../../../src/main/identity';

const root = resolve(__dirname, '../../..');
const builderRequire = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'));
// electron-builder's own loader and schema check (what `electron-builder` runs before building).
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
};
const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface FileAssociation {
  ext: string | string[];
  rank?: string;
  mimeType?: string;
}
type Config = Record<string, unknown> & {
  appId: string;
  productName: string;
  asar: boolean;
  asarUnpack: string[];
  afterPack: string;
  protocols: { schemes: string[] }[];
  mac: { icon: string; fileAssociations: FileAssociation[]; hardenedRuntime: boolean; notarize: boolean; entitlements: string };
  win: { icon: string };
  nsis: { include: string };
  linux: { icon: string; mimeTypes: string[]; fileAssociations: FileAssociation[]; executableName: string };
};

let config: Config;
beforeAll(async () => {
  config = (await getConfig(root, join(root, 'electron-builder.yml'), null)) as Config;
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema check", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is really checked: a misspelt option is refused by the same check', async () => {
    await expect(validateConfiguration({ ...config, asarUnpak: ['**/*.node'] }, new DebugLogger(false))).rejects.toThrow(/asarUnpak/);
  });

  it('names the app as the shell does, packs it in an asar and unpacks native bindings', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Copydesk');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
    // Only the compiled binding of better-sqlite3 ships: not its 10 MB of C sources and build leftovers.
    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(files).toEqual(expect.arrayContaining(['out/**/*', '!node_modules/better-sqlite3/{deps,src}/**']));
  });

  it('registers copydesk:// links and the file types the app opens', () => {
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual([LINK_SCHEME]);
    const macExts = config.mac.fileAssociations.flatMap((a) => a.ext);
    expect(macExts).toEqual(expect.arrayContaining(['copydesk.json', 'txt', 'md', 'html', 'docx']));
    // "Open with" only: Copydesk never becomes the default application for text, web pages or Word.
    for (const association of config.mac.fileAssociations.filter((a) => a.ext !== 'copydesk.json')) expect(association.rank).toBe('Alternate');
    expect(config.linux.fileAssociations).toEqual([expect.objectContaining({ ext: 'copydesk.json', mimeType: 'application/x-copydesk+json' })]);
    expect(config.linux.mimeTypes).toEqual(expect.arrayContaining(['text/plain', 'text/markdown', 'text/html']));
    const nsis = readFileSync(join(root, config.nsis.include), 'utf8');
    expect(nsis).toContain('"Software\\Classes\\${EXT}\\OpenWithProgids" "Copydesk.Import"');
    for (const ext of ['.copydesk.json', '.json', '.txt', '.md', '.html', '.docx']) {
      expect(nsis).toContain(`!insertmacro copydeskOpenWith "${ext}"`);
      expect(nsis).toContain(`!insertmacro copydeskForget "${ext}"`); // the uninstaller removes it again
    }
    expect(nsis).toContain('Software\\Classes\\copydesk');
    expect(nsis).toContain('URL Protocol');
  });

  it('signs macOS builds with the hardened runtime and notarises them', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.notarize).toBe(true);
    expect(readFileSync(join(root, config.mac.entitlements), 'utf8')).toContain('com.apple.security.cs.allow-jit');
  });

  it('points at hooks and icons that exist, in the formats each platform needs', () => {
    expect(existsSync(join(root, config.afterPack))).toBe(true);
    expect(readFileSync(join(root, config.mac.icon)).subarray(0, 4).toString('latin1')).toBe('icns');
    const ico = readFileSync(join(root, config.win.icon));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5); // several sizes, up to 256 px
    for (const size of [16, 32, 48, 128, 256, 512]) {
      const png = readFileSync(join(root, config.linux.icon, `${size}x${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

/** The helpers of scripts/icons.mjs. */
interface IconsScript {
  renderPng(svg: Buffer, size: number): Buffer;
}

describe('scripts/icons.mjs', () => {
  it('renders the drawing as an RGBA PNG at the size asked', async () => {
    const icons = (await import(pathToFileURL(join(root, 'scripts', 'icons.mjs')).href)) as IconsScript;
    const png = icons.renderPng(readFileSync(join(root, 'build', 'icon.svg')), 64);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
    expect(png[25]).toBe(6); // colour type 6: RGBA
  });
});

describe('the running app’s identity', () => {
  it('is named Copydesk everywhere and carries the installer’s AppUserModelId on Windows', () => {
    const calls: string[] = [];
    const app = { setName: (name: string) => calls.push(`name ${name}`), setAppUserModelId: (id: string) => calls.push(`aumid ${id}`) };
    applyIdentity(app, 'win32');
    expect(calls).toEqual(['name Copydesk', `aumid ${config.appId}`]);
    calls.length = 0;
    applyIdentity(app, 'linux');
    expect(calls).toEqual(['name Copydesk']);
  });
});

describe('the Linux window icon', () => {
  it('is the icon the installer copies into the app resources, or build/ from the source tree', () => {
    const linux = config.linux as unknown as { extraResources: { from: string; to: string }[] };
    const copied = linux.extraResources.find((r) => r.to === 'icon.png');
    expect(copied?.from).toBe('build/icons/512x512.png');
    expect(existsSync(join(root, copied!.from))).toBe(true);
    expect(windowIconPath({ platform: 'linux', isPackaged: true, resourcesPath: '/opt/Copydesk/resources', appPath: '/x' })).toBe('/opt/Copydesk/resources/icon.png');
    expect(windowIconPath({ platform: 'linux', isPackaged: false, resourcesPath: '/r', appPath: root })).toBe(join(root, 'build', 'icons', '512x512.png'));
    expect(windowIconPath({ platform: 'darwin', isPackaged: true, resourcesPath: '/r', appPath: '/a' })).toBeUndefined();
  });
});
