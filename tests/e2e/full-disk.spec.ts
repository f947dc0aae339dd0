/**
 * A full disk as the editor meets it: tagging an entity on a library whose disk has no space left
 * shows "The disk is full: your change was not saved …" — not "Something went wrong: database or disk
 * is full" — and once space is freed the same action saves (issue 11, item 22). The library lives on
 * a real 4 MB tmpfs, which needs root to mount; elsewhere this test is skipped, saying so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { selectText } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function mountSmallDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-e2e-disk-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0777', 'tmpfs', dir]).status === 0) return dir;
  rmSync(dir, { recursive: true, force: true });
  return null;
}

function startWeb(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/web.mjs', '--db', dbPath, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) resolve({ child, url: match[1] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web mode exited with ${code}:\n${output}`)));
  });
}

/** Fills the disk holding `dir` up to the last byte with one file; answers its path. */
function fillDisk(dir: string): string {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // ENOSPC: the big blocks no longer fit; fill what is left byte by byte-ish
    try {
      for (;;) writeSync(fd, block, 0, 512);
    } catch {
      // full
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

test('tagging on a full disk says the disk is full, and saves once space is freed', async ({ page }) => {
  const disk = mountSmallDisk();
  test.skip(!disk, 'needs root to mount a 4 MB tmpfs (a real full disk)');
  const dbPath = join(disk!, 'library.sqlite');
  const web = await startWeb(dbPath);
  try {
    const { origin, searchParams } = new URL(web.url);
    const api = async (operation: string, input: unknown) => {
      const response = await fetch(`${origin}/api/${operation}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${searchParams.get('token')}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value: { status: string; document: { id: string } } };
    };
    await api('settings:set', { reviewerName: 'Test Reviewer' });
    const text = 'Harbin Electric reports record output\nThe three northeastern provinces reported a regional GDP of 2.7 trillion yuan.';
    const imported = await api('documents:import', { name: 'harbin.txt', data: Buffer.from(text).toString('base64') });
    await page.goto(`${web.url}#/doc/${imported.value.document.id}`);
    await page.locator('.ProseMirror').waitFor();

    const filler = fillDisk(disk!);
    await selectText(page, 'Harbin');
    await page.keyboard.press('1');
    await expect(page.locator('.toasts')).toContainText('The disk is full: your change was not saved');
    await expect(page.locator('.toasts')).toContainText('Free some space and try again.');
    await expect(page.locator('.toasts')).not.toContainText('Something went wrong');

    rmSync(filler);
    await selectText(page, 'Harbin');
    await page.keyboard.press('1');
    await expect(page.locator('[data-annotation-id]').first()).toBeVisible();
  } finally {
    web.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    spawnSync('umount', ['-l', disk!]);
    rmSync(disk!, { recursive: true, force: true });
  }
});
