/**
 * Issue 12, optimistic concurrency as two windows on one library see it: one saves a claim's verdict,
 * the other, still showing the claim as it was, is refused with who changed what; its typed words stay,
 * and Reload shows the saved verdict's claim while putting the typed words back, unsaved.
 */
import { expect, test } from './fixtures';
import { WIRE_TXT } from './files/documents';
import type { StoredAnnotation } from './helpers';

test("a stale verdict save is refused with who changed it, and nothing typed is lost", async ({ page, browser, copydesk }) => {
  test.setTimeout(180_000); // two windows on a loaded two-core machine
  const errors: string[] = [];
  await copydesk.api('settings:set', { reviewerName: 'Mei Chen' });
  const imported = await copydesk.api<{ document: { id: string } }>('documents:import', {
    name: 'northeast-growth.txt',
    data: Buffer.from(WIRE_TXT).toString('base64'),
  });
  const { document } = await copydesk.api<{ document: { id: string; text: string } }>('documents:bundle', { id: imported.document.id });
  const quote = 'a regional GDP of 2.7 trillion yuan';
  const start = document.text.indexOf(quote);
  const { annotations } = await copydesk.api<{ annotations: StoredAnnotation[] }>('annotations:create', {
    documentId: document.id,
    annotations: [{ kind: 'claim', start, end: start + quote.length }],
  });
  const claimUrl = `${copydesk.url}#/doc/${document.id}/a/${annotations[0].id}`;
  const verdictOf = async () =>
    (await copydesk.api<{ claim: { verdict: string } }>('claims:get', { annotationId: annotations[0].id })).claim.verdict;

  // Two windows (separate browser profiles, as two machines would be) open the same claim.
  const otherContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const other = await otherContext.newPage();
  for (const window of [page, other]) {
    window.on('pageerror', (error) => errors.push(error.message));
    await window.goto(claimUrl);
    await expect(window.getByRole('region', { name: 'Selected claim' })).toBeVisible({ timeout: 30_000 });
  }

  // The first saves a verdict.
  const first = page.getByRole('region', { name: 'Selected claim' });
  await first.getByLabel('Verdict').fill('Bureau figures agree.');
  await first.getByLabel('Verdict').blur();
  await expect.poll(verdictOf).toBe('Bureau figures agree.');

  // The second, still showing the claim without it, types its own and leaves the field: refused.
  const second = other.getByRole('region', { name: 'Selected claim' });
  await second.getByLabel('Verdict').fill('Too high by half.');
  await second.getByLabel('Verdict').blur();
  const banner = other.locator('.rv-conflict');
  await expect(banner).toContainText(/changed this claim's verdict at \d\d:\d\d; your change was not saved — reload to see it\./);
  await expect(banner).toContainText('What you typed is kept');
  await expect(second.getByLabel('Verdict')).toHaveValue('Too high by half.');
  expect(await verdictOf()).toBe('Bureau figures agree.');

  // Reload: the saved verdict is not overwritten, and the typed words come back in the field, unsaved.
  await banner.getByRole('button', { name: 'Reload' }).click();
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  const reloaded = other.getByRole('region', { name: 'Selected claim' });
  await expect(reloaded.getByLabel('Verdict')).toHaveValue('Too high by half.', { timeout: 30_000 });
  await expect(reloaded).toContainText('Unsaved words from last time were put back');
  expect(await verdictOf()).toBe('Bureau figures agree.');

  // Leaving the field now saves them, on the claim as reloaded.
  await reloaded.getByLabel('Verdict').focus();
  await reloaded.getByLabel('Verdict').blur();
  await expect.poll(verdictOf).toBe('Too high by half.');
  await expect(other.locator('.rv-conflict')).toHaveCount(0);
  expect(errors).toEqual([]);
  await otherContext.close();
});
