/**
 * The Electron fuses Copydesk ships with: switches compiled into the Electron binary that no command
 * line, environment variable or script can turn back on. Flipped once, at packaging, by
 * after-pack.mjs (electron-builder's afterPack hook), before the app is signed.
 */
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Each fuse, the state it is given and why. Names are @electron/fuses' FuseV1Options.
 * @type {ReadonlyArray<{ fuse: keyof typeof FuseV1Options; enabled: boolean; why: string }>}
 */
export const FUSES = Object.freeze([
  { fuse: 'RunAsNode', enabled: false, why: 'ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node interpreter for any script.' },
  { fuse: 'EnableNodeOptionsEnvironmentVariable', enabled: false, why: 'NODE_OPTIONS (--require, --import) would inject code into the main process.' },
  { fuse: 'EnableNodeCliInspectArguments', enabled: false, why: '--inspect / --inspect-brk would open a debugger into the main process.' },
  { fuse: 'EnableCookieEncryption', enabled: true, why: "Chromium's cookie store is encrypted with the OS keychain key." },
  { fuse: 'EnableEmbeddedAsarIntegrityValidation', enabled: true, why: 'app.asar must match the hash electron-builder embeds (macOS, Windows).' },
  { fuse: 'OnlyLoadAppFromAsar', enabled: true, why: 'The app is loaded only from app.asar, never from a planted app/ folder beside it.' },
  { fuse: 'GrantFileProtocolExtraPrivileges', enabled: false, why: 'The renderer is served from app://copydesk/, so file: pages get no extra powers.' },
]);

/**
 * The @electron/fuses configuration for one packaged app. An arm64 macOS build is ad-hoc signed by
 * Electron; flipping bytes breaks that signature, so it is re-applied (a real signature replaces it
 * when the build is signed).
 * @param {string} electronPlatformName  electron-builder's platform: 'darwin', 'mas', 'win32' or 'linux'
 * @param {string} archName  'x64', 'arm64', 'ia32', 'armv7l' or 'universal'
 */
export function fuseConfig(electronPlatformName, archName) {
  const isMac = electronPlatformName === 'darwin' || electronPlatformName === 'mas';
  /** @type {import('@electron/fuses').FuseV1Config} */
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: isMac && (archName === 'arm64' || archName === 'universal') };
  for (const { fuse, enabled } of FUSES) config[FuseV1Options[fuse]] = enabled;
  return config;
}
