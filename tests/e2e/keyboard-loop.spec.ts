/**
 * The review loop with the keyboard only, after one selection (issue 11, items 6 and 11–14), in
 * the real web mode: tag a place, tag its other occurrences after a preview that leaves out the one
 * inside an organisation's name, mark the sentence as a claim, set its status by key, go to the next
 * unverified claim and verify it, mark the document reviewed. Then what the mouse sees: a one-row
 * toolbar inside the text pane whose "All occurrences" words tick the box, a hover tip naming the
 * label, label tags with L, and a context menu from a right-click, driven by the keyboard.
 */
import { expect, test } from './fixtures';
import { selectText, type StoredAnnotation } from './helpers';
import { annotate, importOnly, watchErrors } from './helpers-extra';

const TEXT = [
  'Northeast industry turns a corner',
  'Northern Heavy Industry and Harbin Bearing completed their restructuring this year.',
  'The trade fair in Harbin drew buyers from 30 countries. Exports from Harbin rose 5.8%.',
  'Jilin reported a regional GDP of 2.7 trillion yuan.',
].join('\n');

async function stored(copydesk: { api<T>(op: string, input?: unknown): Promise<T> }, id: string) {
  return (await copydesk.api<{ annotations: StoredAnnotation[]; claims: Array<{ annotationId: string; status: string }> }>('documents:bundle', { id }))!;
}

test('select once, then tag, tag all with a preview, claim, status, next unverified and mark reviewed by key', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  await copydesk.api('settings:set', { reviewerName: 'Ana Editor' });
  const id = await importOnly(copydesk, 'northeast.txt', TEXT);
  await annotate(copydesk, id, 'Harbin Bearing', 'entity', 'ORG');
  const gdp = await annotate(copydesk, id, 'Jilin reported a regional GDP of 2.7 trillion yuan.', 'claim');
  await page.goto(`${copydesk.url}#/doc/${id}`);
  await page.locator('.ProseMirror').waitFor();

  // The one mouse-free selection; everything after is keys.
  await selectText(page, 'Harbin', 1); // "The trade fair in Harbin"
  await page.keyboard.press('Shift+Digit3');
  const preview = page.getByRole('dialog', { name: /Tag “Harbin” as PLACE/ });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveCount(2); // not the "Harbin" of "Harbin Bearing"
  await expect(preview.getByRole('button', { name: 'Tag 2 occurrences' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.toast-message', { hasText: 'Tagged 2 occurrences of “Harbin” as PLACE.' })).toBeVisible();
  await expect(page.locator('.rv-inspector select')).toHaveValue('PLACE'); // the new one, not the ORG

  await page.keyboard.press('s'); // the sentence around the caret becomes a claim
  await expect(page.locator('.rv-inspector')).toContainText('The trade fair in Harbin drew buyers from 30 countries.');
  await page.keyboard.press('Digit3'); // Verified (3 is PLACE's key only on a text selection)
  await expect(page.locator('.rv-inspector [aria-pressed="true"]')).toHaveText('Verified');

  await page.keyboard.press('n'); // the next unverified claim, in this document
  await expect(page.locator('.rv-inspector')).toContainText('Jilin reported a regional GDP');
  await page.keyboard.press('Digit3');
  await expect(page.locator('.rv-inspector [aria-pressed="true"]')).toHaveText('Verified');
  await page.keyboard.press('n');
  await expect(page.getByText('No unverified claims left in this document.')).toBeVisible();

  await page.keyboard.press('m');
  await expect(page.locator('.rv-doc-status')).toHaveText('Reviewed');

  const bundle = await stored(copydesk, id);
  const places = bundle.annotations.filter((a) => a.kind === 'entity' && a.label === 'PLACE');
  expect(places.map((a) => a.quote)).toEqual(['Harbin', 'Harbin']);
  expect(places.every((a) => !TEXT.slice(a.start, a.end + 8).startsWith('Harbin Bearing'))).toBe(true);
  expect(bundle.claims.map((c) => c.status)).toEqual(['verified', 'verified']);
  expect(bundle.claims.some((c) => c.annotationId === gdp.id)).toBe(true);
  expect(errors).toEqual([]);
});

test('the toolbar is one row inside the text pane, its words tick the box; labels show on hover, with L and in a right-click menu', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  await copydesk.api('settings:set', { reviewerName: 'Ana Editor' });
  const id = await importOnly(copydesk, 'northeast.txt', TEXT);
  await annotate(copydesk, id, 'Harbin Bearing', 'entity', 'ORG');
  await page.goto(`${copydesk.url}#/doc/${id}`);
  await page.locator('.ProseMirror').waitFor();

  await selectText(page, 'Exports');
  const toolbar = page.getByRole('toolbar', { name: /Annotate/ });
  await expect(toolbar).toBeVisible();
  const bar = (await toolbar.boundingBox())!;
  const pane = (await page.locator('.rv-main').boundingBox())!;
  const line = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON());
  expect(bar.height).toBeLessThan(40); // one row
  expect(bar.x + bar.width).toBeLessThanOrEqual(pane.x + pane.width); // not over the side panel
  expect(bar.y >= line.bottom || bar.y + bar.height <= line.top).toBe(true); // not on the selected line
  await toolbar.getByText('All occurrences', { exact: true }).click();
  await expect(toolbar.getByRole('checkbox')).toBeChecked();

  // Hover names the label.
  await page.keyboard.press('Escape');
  const org = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.ProseMirror')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf('Harbin Bearing');
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i + 3);
        r.setEnd(n, i + 4);
        const box = r.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  });
  await page.mouse.move(org!.x, org!.y);
  await expect(page.getByRole('tooltip')).toHaveText('ORG');

  // L writes the label names on the text.
  await page.locator('.ProseMirror').focus();
  await page.keyboard.press('l');
  await expect(page.locator('.cd-tag', { hasText: 'ORG' })).toBeVisible();

  // A right-click on the entity opens the page's menu; the keyboard relabels it.
  await page.mouse.click(org!.x, org!.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: /Annotation/ });
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('menuitem', { name: /PERSON/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect.poll(async () => (await stored(copydesk, id)).annotations.find((a) => a.quote === 'Harbin Bearing')?.label).toBe('PERSON');
  expect(errors).toEqual([]);
});
