/**
 * electron-builder really packs Copydesk with electron-builder.yml: run offline on a throw-away copy of
 * the project, with a stand-in Electron (a file carrying Electron's fuse wire) as `electronDist` and
 * without the native rebuild (which needs Electron's headers from the network). The pack must hold the
 * app in an asar with only better-sqlite3's binding unpacked, the executable's fuses flipped, and —
 * since the binding left in node_modules is Node's build — the afterPack hook must stop the build
 * with its sentence instead of shipping an app that cannot open its library.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const root = resolve(__dirname, '../../..');
const asar = createRequire(join(root, 'package.json'))('@electron/asar') as { listPackage(path: string, options: object): string[] };
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

let dir: string;
let run: { status: number | null; output: string };
let resources: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-pack-'));
  const project = join(dir, 'project');
  mkdirSync(join(project, 'scripts'), { recursive: true });
  for (const file of ['package.json', 'electron-builder.yml']) cpSync(join(root, file), join(project, file));
  cpSync(join(root, 'build'), join(project, 'build'), { recursive: true });
  cpSync(join(root, 'scripts', 'packaging'), join(project, 'scripts', 'packaging'), { recursive: true });
  cpSync(join(root, 'scripts', 'start.mjs'), join(project, 'scripts', 'start.mjs'));
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'junction');
  // A minimal built app: what electron-vite leaves in out/ (the real build is not needed to test packing).
  for (const [file, text] of [
    ['out/main/index.js', "require('better-sqlite3');\n"],
    ['out/preload/index.cjs', '\n'],
    ['out/renderer/index.html', '<!doctype html><title>Copydesk</title>\n'],
  ]) {
    mkdirSync(join(project, file, '..'), { recursive: true });
    writeFileSync(join(project, file), text);
  }
  // The stand-in Electron: Electron's fuse wire with its default states.
  const electron = join(dir, 'electron-dist');
  mkdirSync(electron);
  writeFileSync(join(electron, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.from('101100011\n')]), { mode: 0o755 });
  writeFileSync(join(electron, 'version'), '45.5.0');
  writeFileSync(join(electron, 'LICENSE'), 'MIT');

  const env: NodeJS.ProcessEnv = { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-builder', 'cli.js'), '--config', 'electron-builder.yml', '--publish', 'never', '--linux', 'dir', '--x64',
      `-c.electronDist=${electron}`, '-c.npmRebuild=false'],
    { cwd: project, env, encoding: 'utf8', timeout: 170_000 },
  );
  run = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  resources = join(project, 'dist', 'linux-unpacked', 'resources');
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('packing the app with electron-builder.yml (stand-in Electron, offline)', () => {
  it('packs the app into an asar, with the built files and package.json', () => {
    const files = asar.listPackage(join(resources, 'app.asar'), {});
    expect(files).toEqual(expect.arrayContaining(['/out/main/index.js', '/out/renderer/index.html', '/package.json']));
    expect(files.some((file) => file.startsWith('/build/'))).toBe(false);
  });

  it("unpacks better-sqlite3's binding beside the asar, without its C sources", () => {
    const unpacked = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(existsSync(join(unpacked, 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    expect(existsSync(join(unpacked, 'src'))).toBe(false);
    expect(existsSync(join(unpacked, 'deps'))).toBe(false);
    expect(existsSync(join(resources, 'icon.png'))).toBe(true);
  });

  it('names the executable copydesk and flips its fuses', async () => {
    const wire = (await getCurrentFuseWire(join(dir, 'project', 'dist', 'linux-unpacked', 'copydesk'))) as unknown as Record<number, number>;
    expect(String.fromCharCode(wire[FuseV1Options.RunAsNode], wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable], wire[FuseV1Options.OnlyLoadAppFromAsar])).toBe('001');
  });

  it("stops the build with one sentence when the binding is Node's build, not Electron's", () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("cannot be loaded by Electron 45.5.0: it was built for Node's ABI");
  });
});
