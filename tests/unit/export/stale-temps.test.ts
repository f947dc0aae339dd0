// A killed export leaves hidden `.copydesk-export-*.tmp` files; the next export to that folder removes
// them — but never one that a live export may still be writing (issue 11, item 20).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExportFiles } from '../../../src/main/core/export/write';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-stale-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The id of a process that has been killed (as an export would be). */
function killedPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    child.once('spawn', () => child.kill('SIGKILL'));
    child.once('exit', () => resolve(child.pid!));
  });
}

function leftover(pid: number, hex: string, ageMinutes = 0): string {
  const name = `.copydesk-export-${pid}-${hex}.tmp`;
  writeFileSync(join(root, name), 'half a file');
  const at = (Date.now() - ageMinutes * 60_000) / 1000;
  utimesSync(join(root, name), at, at);
  return name;
}

describe('temporary files of a killed export', () => {
  it('the next export to the folder removes those of a process that is gone, and writes its own files', async () => {
    const dead = await killedPid();
    leftover(dead, 'a1b2c3d4e5f6');
    leftover(dead, '0123456789ab');
    writeExportFiles(root, [{ name: 'harbin.txt', content: 'text' }]);
    expect(readdirSync(root)).toEqual(['harbin.txt']);
  });

  it('keeps a fresh one of a live process (another export under way), removes one older than 15 minutes, and leaves other files alone', () => {
    const live = process.ppid; // a process that exists and is not this one
    const fresh = leftover(live, 'aaaaaaaaaaaa');
    leftover(live, 'bbbbbbbbbbbb', 20);
    writeFileSync(join(root, '.copydesk-export-notes.txt'), 'not ours');
    writeFileSync(join(root, 'draft.tmp'), 'not ours either');
    writeExportFiles(root, [{ name: 'harbin.txt', content: 'text' }]);
    expect(readdirSync(root).sort()).toEqual([fresh, '.copydesk-export-notes.txt', 'draft.tmp', 'harbin.txt'].sort());
  });
});
