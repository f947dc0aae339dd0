#!/usr/bin/env node
/**
 * `npm start [-- --db PATH] [--max-import-mb N]`: runs the desktop app.
 *
 * 1. Checks that Electron's runtime is installed (downloading it once if need be). Where it cannot be
 *    had, shows the installer's last output lines (why: proxy, checksum, disk), then says so in one
 *    sentence and points to `npm run web`.
 * 2. Makes sure better-sqlite3 has a binding built for Electron's ABI, in
 *    `.native/electron-<version>/better_sqlite3.node` (outside node_modules, so the Node build that
 *    the CLI, the web mode and the tests use is left alone). It is rebuilt with @electron/rebuild on
 *    a copy of the package in a temporary folder, with npm's `nodedir` removed from the environment:
 *    `nodedir=/usr` would silently make node-gyp compile against the system Node's headers.
 * 3. Builds main, preload and renderer with electron-vite and launches Electron with
 *    `COPYDESK_NATIVE_BINDING` pointing at the binding; other arguments (`--max-import-mb N`) and the
 *    environment (`COPYDESK_MAX_IMPORT_MB`) are passed through.
 *
 * How a binding is recognised as an Electron build: better-sqlite3 registers itself with
 * `NODE_MODULE_INIT`, which exports a function named `node_register_module_v<N>`, N being the
 * NODE_MODULE_VERSION of the headers it was compiled against. That symbol is what Node and
 * Electron look up when loading the module, so its number is the ABI the file will load under.
 * We require the symbol for Electron's ABI (node_modules/electron/abi_version) and the absence of
 * the one for this Node's ABI. Reading the bytes for the symbol name works on every platform
 * without `nm`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronDir = join(root, 'node_modules', 'electron');
const NO_ELECTRON =
  "Copydesk's Electron runtime is not installed and could not be downloaded on this machine; run `npm run web` to use Copydesk in your browser instead.";

/** Prints `message` as `copydesk: …` and ends with exit code 1. */
function die(message) {
  process.stderr.write(`copydesk: ${message}\n`);
  process.exit(1);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The Electron executable if it is installed (as electron's own index.js would find it), else null. */
function installedElectron() {
  try {
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
    const executable = join(dist, relative);
    return relative && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/** How many of the installer's last output lines are shown when it fails. */
const INSTALLER_TAIL_LINES = 12;

/** The last `count` non-empty lines of `text` (an installer's output), trimmed on the right. */
export function lastLines(text, count = INSTALLER_TAIL_LINES) {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0)
    .slice(-count);
}

/**
 * Runs an installer script (electron's own install.js) with its output captured; says "Downloading…"
 * only if it is actually taking a while. Answers `{ ok, tail }`, `tail` being its last output lines,
 * so a failure can show why (a proxy, a checksum, a full disk) instead of hiding it.
 */
export function runInstaller(script, cwd, { timeoutMs = 10 * 60 * 1000, notify = () => process.stdout.write('Downloading the Electron runtime…\n') } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [script], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    // Keep a bounded window of the output: enough for the last lines, never the whole of a chatty log.
    const collect = (chunk) => {
      output = (output + chunk.toString('utf8')).slice(-64 * 1024);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const notice = setTimeout(notify, 2000);
    const limit = setTimeout(() => child.kill(), timeoutMs);
    const finish = (ok, extra) => {
      clearTimeout(notice);
      clearTimeout(limit);
      resolvePromise({ ok, tail: lastLines(extra ? `${output}\n${extra}` : output) });
    };
    child.on('error', (error) => finish(false, error.message));
    child.on('close', (code, signal) => finish(code === 0, signal ? `(the installer was stopped by ${signal})` : ''));
  });
}

/** Prints the installer's last lines, indented, under a heading, to stderr. */
export function showInstallerTail(tail, write = (text) => process.stderr.write(text)) {
  if (tail.length === 0) return;
  write(`The Electron installer's last output:\n${tail.map((line) => `  ${line}`).join('\n')}\n`);
}

/** Step 1: the Electron executable, downloading it once when missing; exits with one sentence if impossible. */
async function ensureElectron() {
  let executable = installedElectron();
  if (!executable && existsSync(join(electronDir, 'install.js'))) {
    const install = await runInstaller(join(electronDir, 'install.js'), electronDir);
    executable = installedElectron();
    if (!executable) showInstallerTail(install.tail);
  }
  if (!executable) {
    process.stderr.write(`${NO_ELECTRON}\n`);
    process.exit(1);
  }
  return executable;
}

/** Electron's NODE_MODULE_VERSION, from the file the electron package ships (node-abi as a fallback). */
async function electronAbi(version) {
  try {
    const abi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim();
    if (/^\d+$/.test(abi)) return abi;
  } catch {
    // fall through to node-abi
  }
  const { getAbi } = await import(require.resolve('node-abi'));
  return getAbi(version, 'electron');
}

/** Answers null when `file` is a binding for ABI `abi`, else the reason it is not (see the note above). */
export function bindingProblem(file, abi) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return 'it does not exist';
  }
  const has = (n) => bytes.includes(Buffer.from(`node_register_module_v${n}\0`));
  if (has(process.versions.modules) && String(process.versions.modules) !== String(abi)) {
    return `it was built for Node's ABI ${process.versions.modules}, not Electron's ${abi} (is npm's nodedir setting leaking in?)`;
  }
  if (!has(abi)) return `it does not register itself for Electron's ABI ${abi}`;
  return null;
}

/** Removes npm's `nodedir` (any spelling) so node-gyp fetches Electron's headers instead of using /usr. */
function withoutNodedir() {
  for (const key of Object.keys(process.env)) {
    if (key.toLowerCase() === 'npm_config_nodedir') delete process.env[key];
  }
}

/** Builds better-sqlite3 for Electron on a copy of the package; answers the built file's path. */
export async function rebuildBinding(electronVersion, workDir) {
  const source = join(root, 'node_modules', 'better-sqlite3');
  const pkg = readJson(join(source, 'package.json'));
  const modules = join(workDir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  writeFileSync(
    join(workDir, 'package.json'),
    JSON.stringify({ name: 'copydesk-native-build', version: '0.0.0', private: true, dependencies: { 'better-sqlite3': pkg.version } }),
  );
  cpSync(source, join(modules, 'better-sqlite3'), {
    recursive: true,
    filter: (path) => !path.startsWith(join(source, 'build')) && !path.startsWith(join(source, 'node_modules')),
  });
  // Its own dependencies (bindings, prebuild-install) are linked, not copied.
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    const target = join(root, 'node_modules', name);
    if (existsSync(target)) symlinkSync(target, join(modules, name), 'junction');
  }
  withoutNodedir();
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: workDir, electronVersion, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
  return join(modules, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

/** Step 2: the cached Electron binding, rebuilt when missing, stale or not an Electron build. */
async function ensureNativeBinding(electronVersion) {
  const abi = await electronAbi(electronVersion);
  const sqliteVersion = readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json')).version;
  const dir = join(root, '.native', `electron-${electronVersion}`);
  const binding = join(dir, 'better_sqlite3.node');
  const stampFile = join(dir, 'build.json');
  const stamp = { electronVersion, abi, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };
  try {
    if (JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp) && bindingProblem(binding, abi) === null) return binding;
  } catch {
    // no usable cache: build
  }
  process.stdout.write(`Building the SQLite binding for Electron ${electronVersion} (once; this takes a minute)…\n`);
  const workDir = mkdtempSync(join(tmpdir(), 'copydesk-native-'));
  try {
    const built = await rebuildBinding(electronVersion, workDir);
    const problem = bindingProblem(built, abi);
    if (problem) throw new Error(`the rebuilt binding is unusable: ${problem}`);
    mkdirSync(dir, { recursive: true });
    cpSync(built, `${binding}.tmp`);
    renameSync(`${binding}.tmp`, binding);
    writeFileSync(stampFile, JSON.stringify(stamp));
    return binding;
  } catch (error) {
    die(
      `could not build better-sqlite3 for Electron ${electronVersion} (it needs a C++ toolchain and Electron's headers from electronjs.org): ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Arguments for the app: everything given, with `--db` made absolute against the caller's folder. */
export function appArguments(argv) {
  const cwd = process.env.INIT_CWD || process.cwd();
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db' && argv[i + 1] !== undefined) {
      out.push('--db', isAbsolute(argv[i + 1]) ? argv[i + 1] : resolve(cwd, argv[i + 1]));
      i++;
    } else if (arg.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      out.push(`--db=${isAbsolute(value) ? value : resolve(cwd, value)}`);
    } else out.push(arg);
  }
  return out;
}

/** Step 3: build with electron-vite and run Electron until it exits. */
function buildAndLaunch(executable, binding, args) {
  const build = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) die('the app did not build (see the errors above).');
  const env = { ...process.env, COPYDESK_NATIVE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, ['.', ...args], { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main() {
  const executable = await ensureElectron();
  const electronVersion = readJson(join(electronDir, 'package.json')).version;
  const binding = await ensureNativeBinding(electronVersion);
  buildAndLaunch(executable, binding, appArguments(process.argv.slice(2)));
}

// Run only as a script (the helpers above are imported by tests).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => die(error instanceof Error ? error.message : String(error)));
}
