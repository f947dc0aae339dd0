/**
 * Duplicate detection, as an editor curating scraped pages meets it: a folder imported again holds an
 * article already in the library (saved this time with other line endings). Its line says so and
 * offers "Open" (the document that has the text) and "Import anyway" (a second copy), by keyboard.
 */
import { expect, test } from './fixtures';
import { WIRE_TXT } from './files/documents';
import { importOnly } from './helpers-extra';

test('a text already in the library is skipped, opened, or imported anyway', async ({ page, copydesk }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const existing = await importOnly(copydesk, 'northeast-growth.txt', WIRE_TXT);
  await page.goto(copydesk.url);

  // The same article, saved again with Unix line endings and blank lines between paragraphs.
  const resaved = `${WIRE_TXT.replaceAll('\r\n', '\n\n')}\n`;
  await page.getByLabel('Choose files to import').setInputFiles([
    { name: 'northeast-growth-copy.txt', mimeType: 'text/plain', buffer: Buffer.from(resaved) },
    { name: 'rain.txt', mimeType: 'text/plain', buffer: Buffer.from('Rain delays harvest\nFarmers in Picardy said rain had delayed the wheat harvest.') },
  ]);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel).toContainText('Import finished: 1 imported, 1 not imported.');
  const line = panel.getByRole('listitem').filter({ hasText: 'northeast-growth-copy.txt' });
  await expect(line).toContainText('Already in the library as “Northeast China posts steady growth in first quarter” (the same text).');
  expect(await copydesk.api<unknown[]>('documents:list')).toHaveLength(2);

  // "Open" shows the document that has the text; the results stay.
  await line.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(new RegExp(`#/doc/${existing}$`));
  await expect(page.locator('.ProseMirror')).toContainText('a regional GDP of 2.7 trillion yuan');
  await expect(line).toBeVisible();

  // "Import anyway", from the keyboard: a second copy, and the line says so.
  const anyway = line.getByRole('button', { name: 'Import anyway' });
  await anyway.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toContainText('Import finished: 2 imported.');
  await expect(line).not.toContainText('Already in the library');
  const documents = await copydesk.api<Array<{ id: string; title: string }>>('documents:list');
  expect(documents).toHaveLength(3);
  const copies = documents.filter((d) => d.title === 'Northeast China posts steady growth in first quarter');
  expect(copies).toHaveLength(2);
  const copy = copies.find((d) => d.id !== existing)!;

  // Its own "Open" has the focus and opens the new copy.
  const open = line.getByRole('button', { name: 'Open' });
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/doc/${copy.id}$`));
  expect(errors).toEqual([]);
});
