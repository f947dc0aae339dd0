/**
 * Settings → Suggestions as an editor sees it: the precise and broad choices one a line (they ran
 * together on one line, the second radio button in the middle of the first choice's words), the
 * choice saved as it is clicked, and the names tagged with two labels in a table with its relabel
 * button beside the odd label.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchErrors } from './helpers-extra';

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

test('the claim setting offers one choice a line and saves the one clicked; the label clash is listed with its relabel button', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  // One name tagged with two labels in two documents, so the consistency table has a row.
  for (const [name, label] of [['a.txt', 'PLACE'], ['b.txt', 'ORG']] as const) {
    const text = `Harbin opened a new fair hall on Monday, officials said (${name}).`;
    const imported = await copydesk.api<{ document: { id: string } }>('documents:import', { name, data: Buffer.from(text).toString('base64') });
    await copydesk.api('annotations:create', { documentId: imported.document.id, annotations: [{ kind: 'entity', label, start: 0, end: 6 }] });
  }
  await page.goto(`${copydesk.url}#/settings`);

  const precise = page.getByRole('radio', { name: /^Precise/ });
  const broad = page.getByRole('radio', { name: /^Broad/ });
  await expect(precise).toBeChecked();
  // Broad's button starts below the whole of Precise's line, at the same left edge.
  const p = await box(page.locator('label', { has: precise }));
  const b = await box(broad);
  expect(b.y).toBeGreaterThanOrEqual(p.y + p.height - 1);
  expect(Math.abs(b.x - (await box(precise)).x)).toBeLessThan(2);

  await broad.check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Applies to the next suggestions.' })).toBeVisible();
  expect(await copydesk.api('suggestions:settings')).toMatchObject({ claimSetting: 'broad' });

  const row = page.getByRole('row', { name: /Harbin/ });
  await expect(row).toContainText('PLACE: 1 in 1 document');
  await expect(row).toContainText('ORG: 1 in 1 document');
  await row.getByRole('button', { name: /^Make / }).click();
  await expect(page.getByText('Every name in the library is tagged with one label only.')).toBeVisible();
  expect(errors).toEqual([]);
});
