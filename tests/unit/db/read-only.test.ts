// A library Copydesk cannot save to is refused at open with a sentence saying it is read-only — not
// opened to fail at every save, and not called "damaged" (issue 11, item 18). Decision: refuse rather
// than open for reading, because the app has no read-only mode: every control would invite work that
// the first save would lose.
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../src/main/core/db/open';
import { ApiError } from '../../../src/shared/result';
import { mountSmallDisk, NO_MOUNT, type SmallDisk } from './small-disk';

const root = process.cwd();
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A closed, healthy library in a fresh folder. */
function healthyLibrary(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-ro-'));
  cleanups.push(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });
  const file = join(dir, 'library.sqlite');
  openDatabase(file).close();
  return { dir, file };
}

/** Opens `file` in a child process as an ordinary user (`nobody` when we are root): its answer. */
function openAsOrdinaryUser(file: string): { ok?: true; code?: string; message?: string } {
  const child = spawnSync(process.execPath, [tsx, join(root, 'tests/unit/db/open-library.ts'), file], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, HOME: tmpdir() },
    ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`the child did not answer: ${child.stderr}`);
  return JSON.parse(line);
}

describe('a read-only library', () => {
  test('a read-only file is refused at open with a sentence, and not called damaged', () => {
    const { dir, file } = healthyLibrary();
    chmodSync(dir, 0o777);
    chmodSync(file, 0o444);
    const listing = readdirSync(dir).sort();
    const answer = openAsOrdinaryUser(file);
    expect(answer.code).toBe('database');
    expect(answer.message).toBe(
      `The library ${file} is read-only: Copydesk cannot save to it. Make it writable, or copy the library to a writable folder and open the copy (--db PATH). Nothing was changed.`,
    );
    expect(readdirSync(dir).sort()).toEqual(listing);
  });

  test('a healthy library in a read-only folder is refused as read-only (its journal cannot be created), not as damaged', () => {
    const { dir, file } = healthyLibrary();
    chmodSync(file, 0o666);
    chmodSync(dir, 0o555);
    const answer = openAsOrdinaryUser(file);
    expect(answer.code).toBe('database');
    expect(answer.message).toMatch(/^The folder of the library .* is read-only: Copydesk cannot save to it/);
    expect(answer.message).not.toMatch(/damaged/);
  });

  test('a new library in a read-only folder is refused with the same sentence', () => {
    const { dir } = healthyLibrary();
    chmodSync(dir, 0o555);
    const answer = openAsOrdinaryUser(join(dir, 'other.sqlite'));
    expect(answer.message).toMatch(/^The folder of the library .*other\.sqlite is read-only: Copydesk cannot save to it/);
  });

  test('a library whose folder cannot be created says why in words', () => {
    const { dir } = healthyLibrary();
    chmodSync(dir, 0o555);
    const answer = openAsOrdinaryUser(join(dir, 'new-folder', 'library.sqlite'));
    expect(answer).toEqual({ code: 'database', message: `Copydesk cannot create the folder for its library (${join(dir, 'new-folder')}): permission denied.` });
  });

  test('a healthy library opens even where SQLite was loaded before the opener (no immutable URIs)', () => {
    const { file } = healthyLibrary();
    const env = { ...process.env };
    delete env.SQLITE_USE_URI; // as a fresh process has it (this one's opener set it)
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'tests/unit/db/open-after-addon.ts'), file], { cwd: root, env, encoding: 'utf8' });
    expect(child.stdout.trim()).toBe('ok');
  });

  test('a library on a read-only disk is refused as such and left as it was', (context) => {
    const disk: SmallDisk | null = mountSmallDisk('4m');
    if (!disk) return context.skip(NO_MOUNT);
    cleanups.push(() => disk.unmount());
    const file = join(disk.dir, 'library.sqlite');
    openDatabase(file).close();
    disk.remount('ro');
    const listing = readdirSync(disk.dir).sort();
    let error: unknown;
    try {
      openDatabase(file).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('database');
    expect((error as ApiError).message).toMatch(/^The library .* is on a read-only disk: Copydesk cannot save to it\./);
    expect(readdirSync(disk.dir).sort()).toEqual(listing);
  });
});
