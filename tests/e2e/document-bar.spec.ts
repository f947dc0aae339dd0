/**
 * The document bar keeps one row on a 1400 × 900 window whatever the document's state — a long
 * title, "In review" or "Reviewed" — so the text does not jump down when the status changes; with
 * no room (a long assignee name, a 1000 × 700 window) the toolbar moves whole to a second row.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importAndOpen } from './helpers';
import { watchErrors } from './helpers-extra';

const TITLE = 'Accumulate Revitalization Momentum and Write a New Development Chapter - From the Perspective of Five Years of Development';
const TEXT = [TITLE, 'Harbin, April 16 (Xinhua) - The three northeastern provinces reported a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%.'].join('\n');

/** The top of an element's box, in CSS pixels. */
async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return Math.round(box.y);
}

function barParts(page: Page) {
  const bar = page.locator('.rv-bar');
  return {
    back: bar.getByRole('button', { name: '← Library' }),
    doubleReview: bar.getByRole('button', { name: 'Double review…' }),
    undo: bar.getByRole('button', { name: 'Undo' }),
    help: bar.getByRole('button', { name: 'Keyboard shortcuts (?)' }),
  };
}

test('the document bar is one row on a 1400 px window in every status, and wraps the toolbar whole on 1000 px', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  const id = await importAndOpen(page, copydesk, 'northeast.txt', TEXT);
  const parts = barParts(page);
  await expect(parts.doubleReview).toBeVisible();

  for (const status of ['in_review', 'reviewed', 'new'] as const) {
    await copydesk.api('documents:setStatus', { id, status });
    await page.reload();
    await page.locator('.ProseMirror').waitFor();
    await expect(page.locator('.rv-doc-status')).toHaveClass(new RegExp(`rv-doc-status-${status}`));
    const row = await top(parts.back);
    // Within a few pixels: the buttons are of slightly different heights, centred on one line.
    for (const part of [parts.doubleReview, parts.undo, parts.help]) expect(Math.abs((await top(part)) - row), status).toBeLessThan(8);
  }

  // A long assignee name leaves no room on 1280 px: the toolbar goes to a second row rather than
  // running over the controls beside the title.
  await copydesk.api('documents:bulk', { selection: { ids: [id] }, action: { kind: 'assign', assignee: 'Alexandra Konstantinopoulou-Smith' } });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await page.locator('.ProseMirror').waitFor();
  await expect(page.locator('.rv-bar')).toContainText('Alexandra Konstantinopoulou-Smith');
  const controls = await parts.doubleReview.boundingBox();
  const undo = await parts.undo.boundingBox();
  expect(undo!.y >= controls!.y + controls!.height || undo!.x >= controls!.x + controls!.width).toBe(true);

  // On a smaller window the toolbar goes to a second row, all of it together.
  await page.setViewportSize({ width: 1000, height: 700 });
  await expect.poll(async () => (await top(parts.undo)) - (await top(parts.back))).toBeGreaterThan(16);
  expect(Math.abs((await top(parts.undo)) - (await top(parts.help)))).toBeLessThan(8);
  expect(errors).toEqual([]);
});
