/**
 * electron-builder's afterPack hook (electron-builder.yml `afterPack`): runs once per platform and
 * architecture after the app is laid out and before it is signed. It checks that better-sqlite3 was
 * rebuilt for the packaged Electron (native-check.mjs) and flips the Electron fuses (fuses.mjs);
 * either failing stops the build before anything is signed or packed into an installer.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flipFuses } from '@electron/fuses';
import { fuseConfig } from './fuses.mjs';
import { assertPackagedBinding, resourcesDir } from './native-check.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The version of the electron package electron-builder packs when the config does not name one. */
function installedElectronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** electron-builder's Arch enum, by number (builder-util), for the hook's `context.arch`. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/**
 * The packaged Electron executable (the app bundle on macOS), named as electron-builder names it.
 * @param {{ appOutDir: string; electronPlatformName: string; packager: { appInfo: { productFilename: string }; executableName?: string } }} context
 */
export function packagedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
}

/**
 * Checks the native binding, then flips the fuses of the executable electron-builder just packed.
 * @param {Parameters<typeof packagedExecutable>[0] & { arch: number; packager: { config: { electronVersion?: string } } }} context
 * @param {{ flip?: typeof flipFuses; checkBinding?: typeof assertPackagedBinding }} [seams]  injectable for tests
 */
export default async function afterPack(context, { flip = flipFuses, checkBinding = assertPackagedBinding } = {}) {
  const { appOutDir, electronPlatformName, packager } = context;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const executable = packagedExecutable(context);
  const wires = await flip(executable, fuseConfig(electronPlatformName, arch));
  process.stdout.write(`  • Electron fuses set in ${executable} (${wires} fuse wire${wires === 1 ? '' : 's'})\n`);
  // A universal macOS app is merged from an x64 and an arm64 pack, each checked on its own pass.
  if (arch !== 'universal') checkBinding(resourcesDir(appOutDir, electronPlatformName, packager.appInfo.productFilename), packager.config.electronVersion ?? installedElectronVersion());
}
