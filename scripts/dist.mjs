#!/usr/bin/env node
/**
 * `npm run dist [-- --linux | --mac | --win] [--x64 | --arm64] [target…]`: builds Copydesk's
 * installers with electron-builder (config: electron-builder.yml) into dist/.
 *
 * 1. Builds main, preload and renderer with electron-vite.
 * 2. Fetches the Electron runtime for every target platform and architecture into electron-builder's
 *    cache (with electron-builder's own downloader), before anything slow happens. Where it cannot be
 *    had, says so in one sentence and stops.
 * 3. Says whether the installers will be signed and notarised, from the environment secrets
 *    (README: "Desktop app: building installers"); without them the build is explicitly unsigned.
 * 4. Runs electron-builder with npm's `nodedir` removed from the environment (with `nodedir=/usr`
 *    node-gyp would compile better-sqlite3 against the system Node instead of Electron; the afterPack
 *    hook checks the packed binding). electron-builder rebuilds better-sqlite3 for Electron inside
 *    node_modules, so the Node build the CLI, the web mode and the tests use is saved first and put
 *    back afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const PLATFORM_FLAGS = { '--linux': 'linux', '-l': 'linux', '--mac': 'darwin', '--macos': 'darwin', '-m': 'darwin', '--win': 'win32', '--windows': 'win32', '-w': 'win32' };
const ARCH_FLAGS = { '--x64': 'x64', '--arm64': 'arm64', '--ia32': 'ia32', '--armv7l': 'armv7l', '--universal': 'universal' };
const PLATFORM_LABELS = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };

/** An expected failure: its message is the one sentence shown. */
export class DistError extends Error {}

/**
 * The platform/architecture pairs the arguments ask for (electron-builder's flags); the machine's
 * own platform and architecture where none is given. A universal mac app needs both slices.
 */
export function targetsFromArgs(argv, hostPlatform = process.platform, hostArch = process.arch) {
  const platforms = [...new Set(argv.map((arg) => PLATFORM_FLAGS[arg]).filter(Boolean))];
  const archs = [...new Set(argv.map((arg) => ARCH_FLAGS[arg]).filter(Boolean))];
  const targets = [];
  for (const platform of platforms.length ? platforms : [hostPlatform]) {
    for (const arch of archs.length ? archs : [hostArch]) {
      if (arch === 'universal') targets.push({ platform, arch: 'x64' }, { platform, arch: 'arm64' });
      else targets.push({ platform, arch });
    }
  }
  return targets.filter((t, i) => targets.findIndex((u) => u.platform === t.platform && u.arch === t.arch) === i);
}

/** Is any of `names` set to a non-empty value in `env`? */
const has = (env, ...names) => names.some((name) => typeof env[name] === 'string' && env[name].trim() !== '');

/**
 * What the environment's secrets allow: a line per target platform saying whether its installers are
 * signed (and notarised), electron-builder config overrides, and environment changes.
 */
export function signingPlan(env, targets) {
  const platforms = [...new Set(targets.map((t) => t.platform))];
  const lines = [];
  const overrides = [];
  const envChanges = {};
  for (const platform of platforms) {
    if (platform === 'darwin') {
      const signed = has(env, 'CSC_LINK', 'CSC_NAME');
      const notarised =
        signed &&
        (has(env, 'APPLE_API_KEY') && has(env, 'APPLE_API_KEY_ID') && has(env, 'APPLE_API_ISSUER')
          ? true
          : has(env, 'APPLE_ID') && has(env, 'APPLE_APP_SPECIFIC_PASSWORD') && has(env, 'APPLE_TEAM_ID')
            ? true
            : has(env, 'APPLE_KEYCHAIN_PROFILE'));
      if (!signed) envChanges.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
      if (!notarised) overrides.push('-c.mac.notarize=false');
      lines.push(
        signed
          ? `macOS: signed with CSC_LINK${notarised ? ' and notarised' : '; not notarised (set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER, or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID)'}.`
          : 'macOS: unsigned and not notarised (set CSC_LINK and CSC_KEY_PASSWORD, then the Apple notarisation secrets); Gatekeeper will refuse to open it.',
      );
    } else if (platform === 'win32') {
      const signed = has(env, 'WIN_CSC_LINK', 'CSC_LINK');
      lines.push(
        signed
          ? 'Windows: signed with WIN_CSC_LINK (or CSC_LINK).'
          : 'Windows: unsigned (set WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD); SmartScreen will warn before installing.',
      );
    } else {
      lines.push('Linux: AppImage and .deb are not signed (distributions sign their own repositories).');
    }
  }
  return { lines, overrides, envChanges };
}

/** Does `error` look like a download that could not reach its server (no network, DNS, proxy, TLS)? */
export function isNetworkFailure(error) {
  const text = `${error?.code ?? ''} ${error?.message ?? error ?? ''} ${error?.cause?.code ?? ''} ${error?.cause?.message ?? ''}`;
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|fetch failed|socket hang up|getaddrinfo|self[- ]signed|certificate|tunneling socket|HTTPError: 4\d\d|HTTPError: 5\d\d/i.test(text);
}

/** The one sentence for a runtime that could not be fetched. */
export function runtimeUnavailable(version, target, error) {
  const reason = String(error?.code ?? error?.message ?? error).split('\n')[0];
  return (
    `Copydesk's installers cannot be built here: the Electron ${version} runtime for ${PLATFORM_LABELS[target.platform] ?? target.platform} ${target.arch} ` +
    `could not be ${isNetworkFailure(error) ? 'downloaded' : 'fetched'} (${reason}); build on a machine that can reach Electron's downloads, ` +
    'or set ELECTRON_MIRROR to a reachable copy (README: "Desktop app: building installers").'
  );
}

/**
 * Step 2: makes sure electron-builder will find the runtime of every target, fetching it into its
 * cache with its own downloader (`download` is injectable for tests). Throws a DistError otherwise.
 */
export async function ensureRuntimes(version, targets, download) {
  for (const target of targets) {
    try {
      await download({ artifactName: 'electron', platformName: target.platform, arch: target.arch, version });
    } catch (error) {
      throw new DistError(runtimeUnavailable(version, target, error));
    }
  }
}

/** electron-builder's own downloader (same cache, mirrors and checksums as the packaging step). */
function builderDownloader() {
  const builderLib = createRequire(require.resolve('electron-builder/package.json'));
  return builderLib('app-builder-lib/out/util/electronGet').downloadElectronArtifactZip;
}

/** npm's `nodedir` in any spelling, removed from a copy of `env`. */
export function withoutNodedir(env) {
  const copy = { ...env };
  for (const key of Object.keys(copy)) if (key.toLowerCase() === 'npm_config_nodedir') delete copy[key];
  return copy;
}

/** The Node build of better-sqlite3's binding, saved so electron-builder's in-place rebuild can be undone. */
function saveNodeBinding() {
  const binding = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(binding)) return () => {};
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-dist-'));
  const saved = join(dir, 'better_sqlite3.node');
  copyFileSync(binding, saved);
  return () => {
    copyFileSync(saved, binding);
    rmSync(dir, { recursive: true, force: true });
  };
}

function runElectronBuilder(args, env) {
  return new Promise((resolvePromise) => {
    const bin = join(root, 'node_modules', 'electron-builder', 'cli.js');
    const child = spawn(process.execPath, [bin, '--config', 'electron-builder.yml', '--publish', 'never', ...args], { cwd: root, env, stdio: 'inherit' });
    child.on('error', () => resolvePromise(1));
    child.on('exit', (code) => resolvePromise(code ?? 1));
  });
}

async function main() {
  const args = process.argv.slice(2);
  const version = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const targets = targetsFromArgs(args);

  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new DistError('The app did not build (see the errors above).');

  process.stdout.write(`Fetching the Electron ${version} runtime for ${targets.map((t) => `${t.platform}-${t.arch}`).join(', ')}…\n`);
  await ensureRuntimes(version, targets, builderDownloader());

  const plan = signingPlan(process.env, targets);
  for (const line of plan.lines) process.stdout.write(`${line}\n`);
  const env = { ...withoutNodedir(process.env), ...plan.envChanges };

  const restore = saveNodeBinding();
  let code;
  try {
    code = await runElectronBuilder([...args, ...plan.overrides], env);
  } finally {
    restore();
  }
  if (code !== 0) throw new DistError('electron-builder could not build the installers (its errors are above).');
  process.stdout.write('Installers written to dist/.\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`copydesk: ${error instanceof DistError ? error.message : `npm run dist failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
    process.exit(1);
  });
}
