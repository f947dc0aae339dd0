/**
 * Issue 12, double review in web mode: the chief sets a document to double review, two reviewer
 * names annotate it (switching the name in Settings switches the layer, and each sees only their
 * own), the chief adjudicates with one key per difference and finishes, and the export holds the
 * merged annotations.
 */
import { expect, test } from './fixtures';
import { WIRE_TXT } from './files/documents';
import { importAndOpen, selectText, type StoredAnnotation } from './helpers';
import { watchErrors } from './helpers-extra';

test('two reviewers annotate privately, the chief adjudicates, the export holds the merge', async ({ page, copydesk }) => {
  test.setTimeout(180_000); // eight page loads and a dozen edits on a loaded two-core machine
  const errors = watchErrors(page);
  await copydesk.api('settings:set', { reviewerName: 'Chief' });
  const id = await importAndOpen(page, copydesk, 'northeast-growth.txt', WIRE_TXT);
  const bar = page.getByRole('region', { name: 'Double review' });
  await page.locator('.rv-bar').getByRole('button', { name: 'Double review…' }).click(); // offered in the document bar
  await bar.getByLabel('Reviewer A').fill('Ana');
  await bar.getByLabel('Reviewer B').fill('Ben');
  await bar.getByRole('button', { name: 'Start double review' }).click();
  await expect(bar).toContainText('In double review by Ana and Ben.');

  const side = page.getByRole('complementary', { name: 'Annotations' });
  const reviewAs = async (name: string) => {
    await copydesk.api('settings:set', { reviewerName: name });
    await page.goto(`${copydesk.url}#/doc/${id}`);
    await page.reload();
    await page.locator('.ProseMirror').waitFor();
    await expect(bar).toContainText(`you annotate as ${name}`);
  };
  const tag = async (quote: string, key: string) => {
    await selectText(page, quote);
    await page.keyboard.press(key);
    await expect(side).toContainText(quote);
  };

  await reviewAs('Ana');
  await tag('Zhang Wei', '1'); // PERSON
  await tag('Heilongjiang Province', '3'); // PLACE
  await reviewAs('Ben');
  await expect(side).not.toContainText('Zhang Wei'); // Ana's layer is hers alone
  await tag('Zhang Wei', '3'); // PLACE: a different label
  await tag('Heilongjiang Province', '3');

  // Nothing private reaches an export before adjudication.
  const exported = async () => {
    const [file] = await copydesk.api<Array<{ content: string }>>('export:document', { id, format: 'copydesk-json' });
    return (JSON.parse(file.content).annotations as StoredAnnotation[]).map((a) => `${a.label} ${a.quote}`).sort();
  };
  expect(await exported()).toEqual([]);

  await copydesk.api('settings:set', { reviewerName: 'Chief' });
  await page.goto(`${copydesk.url}#/adjudicate/${id}`);
  await page.reload();
  const view = page.getByRole('main', { name: 'Adjudicate' });
  await expect(view.getByRole('table')).toContainText('PLACE');
  await expect(view).toContainText('1 of 1 differences left');
  await expect(view.getByLabel('Current difference')).toContainText('same range, different label');
  await page.keyboard.press('a'); // Ana's PERSON
  await expect(view).toContainText('0 of 1 differences left');
  await view.getByRole('button', { name: 'Finish' }).click();
  await expect(view.getByRole('status')).toContainText('Double review finished: 1 annotation both reviewers agreed on joined the document.');

  expect(await exported()).toEqual(['PERSON Zhang Wei', 'PLACE Heilongjiang Province']);
  const events = await copydesk.api<Array<{ action: string; actor: string }>>('events:list', { documentId: id });
  expect(events.filter((e) => e.action === 'double_review.decided').map((e) => e.actor)).toEqual(['Chief']);
  expect(errors).toEqual([]);
});
