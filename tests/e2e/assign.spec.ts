/**
 * Documents assigned to people, as a desk works: the editor selects two documents in the library and
 * assigns them to herself in one bulk action; "My queue" then shows just those two with the true
 * count, is still on after a reload, and the review workspace says who has the document.
 */
import { expect, test } from './fixtures';
import { importOnly, watchErrors } from './helpers-extra';

const story = (title: string, line: string) => `${title}\nHARBIN, June 3 -- ${line}`;

test('assigns two documents in bulk; My queue shows them with the true count, and stays on after a reload', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  await copydesk.api('settings:set', { reviewerName: 'Mei Chen' });
  await importOnly(copydesk, 'grain.txt', story('Grain harvest sets a record', 'The province harvested 75 million tonnes of grain.'));
  await importOnly(copydesk, 'port.txt', story('Port volumes climb', 'The port handled 15.3 million containers last year.'));
  await importOnly(copydesk, 'rail.txt', story('Rail line opens', 'The new line cuts the trip to Dalian to four hours.'));

  await page.goto(copydesk.url);
  const library = page.getByRole('main', { name: 'Library' });
  const count = library.locator('.library-count');
  await expect(count).toHaveText('3 documents');
  await library.getByRole('checkbox', { name: 'Select “Grain harvest sets a record”' }).check();
  await library.getByRole('checkbox', { name: 'Select “Rail line opens”' }).check();
  await library.getByLabel('Assign the selected documents to').fill('Mei Chen');
  await library.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByText('Assigned 2 documents to Mei Chen.')).toBeVisible();
  await expect(library.getByRole('row', { name: /Grain harvest/ }).locator('.col-assignee')).toHaveText('Mei Chen');
  await expect(library.getByRole('row', { name: /Port volumes/ }).locator('.col-assignee')).toHaveText('—');

  const queue = library.getByRole('button', { name: 'My queue' });
  await queue.click();
  await expect(queue).toHaveAttribute('aria-pressed', 'true');
  await expect(count).toHaveText('2 of 3 documents');
  await expect(library.locator('tbody .doc-title')).toHaveText(['Rail line opens', 'Grain harvest sets a record']);

  await page.reload();
  await expect(library.getByRole('button', { name: 'My queue' })).toHaveAttribute('aria-pressed', 'true');
  await expect(count).toHaveText('2 of 3 documents');
  await expect(library.locator('tbody .doc-title')).toHaveCount(2);

  // The workspace says who has the document.
  await library.getByRole('row', { name: /Rail line opens/ }).locator('.doc-title').click();
  await expect(page.getByRole('button', { name: /Assigned to Mei Chen/ })).toBeVisible();
  expect(errors).toEqual([]);
});
