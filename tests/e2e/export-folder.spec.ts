/**
 * Issue 13 / issue 11 item 25, as an editor meets it in the web mode: a relative export folder
 * ("exports") is refused with a sentence in the Export dialog — it would otherwise be created in the
 * server's working directory, the checkout the web mode serves — and nothing is written there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { WIRE_TXT } from './files/documents';
import { importAndOpen } from './helpers';

test('a relative export folder is refused in words, and nothing is created', async ({ page, copydesk }) => {
  await importAndOpen(page, copydesk, 'northeast-growth.txt', WIRE_TXT);
  const folder = `exports-${Date.now()}`;
  await page.getByRole('link', { name: 'Library' }).or(page.getByRole('button', { name: 'Library', exact: true })).first().click();
  await page.getByRole('button', { name: 'Export all…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Write to a folder on this computer').check();
  await dialog.getByLabel('Destination folder').fill(folder);
  await dialog.getByRole('button', { name: 'Export 1 document' }).click();
  await expect(dialog).toContainText(`The export folder must be a full path (such as /home/you/exports), not “${folder}”.`, { timeout: 30_000 });
  await expect(dialog).not.toContainText('Something went wrong');
  expect(existsSync(join(process.cwd(), folder))).toBe(false);
});
