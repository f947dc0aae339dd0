/**
 * Issue 9 on a few hundred documents, as an editor sees it: the true count of a search, "Select all
 * N matching", exporting that selection, and a document the CLI imports while the page is open
 * showing up without a reload.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COUNT = 300;

/** `COUNT` short wire stories; every third mentions the harpooneer. */
function stories() {
  return Array.from({ length: COUNT }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    const body = i % 3 === 0 ? 'The harpooneer stood at the bow as the boat closed in.' : 'Calm seas kept the fleet in harbour for a second day.';
    return { name: `story-${n}.txt`, data: Buffer.from(`Wire story ${n}\n${body}`).toString('base64') };
  });
}

test('a library of hundreds: true search count, select all matching, export the selection, CLI imports appear live', async ({ page, copydesk }) => {
  test.setTimeout(180_000);
  const files = stories();
  for (let at = 0; at < files.length; at += 100) await copydesk.api('documents:importMany', { files: files.slice(at, at + 100) });

  await page.goto(copydesk.url);
  const library = page.getByRole('main', { name: 'Library' });
  await expect(library.locator('.library-count')).toHaveText('300 documents');
  // Only the rows in view are in the page.
  expect(await library.locator('tbody tr.library-row').count()).toBeLessThan(80);

  // Search: the true number of matches, not the size of a page.
  await page.getByLabel('Search documents').fill('harpooneer');
  await expect(library.locator('.library-count')).toHaveText('100 of 300 documents match “harpooneer”');

  // Select one, then all 100 matching (most of them never rendered).
  await library.locator('tbody tr.library-row').first().getByRole('checkbox').check();
  await expect(library).toContainText('1 selected');
  await library.getByRole('button', { name: 'Select all 100 matching' }).click();
  await expect(library).toContainText('100 selected');

  // Export the selection: 100 clean-text files.
  const out = mkdtempSync(join(tmpdir(), 'copydesk-export-selection-'));
  await library.getByRole('button', { name: 'Export 100…' }).click();
  const dialog = page.getByRole('dialog');
  for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
  await dialog.getByRole('checkbox', { name: /Clean text/ }).check();
  await dialog.getByLabel('Write to a folder on this computer').check();
  await dialog.getByLabel('Destination folder').fill(out);
  await dialog.getByRole('button', { name: 'Export 100 documents' }).click();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible({ timeout: 90_000 });
  const written = readdirSync(out).filter((f) => f.endsWith('.clean.txt'));
  expect(written).toHaveLength(100);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Bulk status over the whole selection.
  await library.getByLabel('Set the status of the selected documents').selectOption('reviewed');
  await expect(page.getByText('Marked 100 documents “Reviewed”.')).toBeVisible();
  const reviewed = await copydesk.api<{ total: number }>('documents:page', { status: ['reviewed'] });
  expect(reviewed.total).toBe(100);

  // The CLI imports a file into the same library while the page is open: it appears, no reload.
  await page.getByLabel('Search documents').fill('');
  await expect(library.locator('.library-count')).toHaveText('300 documents');
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  const file = join(dir, 'late-news.txt');
  writeFileSync(file, 'Late news from the quay\nA whaler came in after three years at sea.');
  const cli = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/index.ts'), 'import', file, '--db', copydesk.dbPath], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(cli.status, cli.stderr).toBe(0);
  await expect(library.locator('.library-count')).toHaveText('301 documents', { timeout: 15_000 });
  await expect(library.getByRole('row', { name: /Late news from the quay/ })).toBeVisible();
});
