/**
 * Issue 11 items 1–2 in the real web mode: a typed verdict survives Escape and the window closing,
 * the reviewer is asked for on first use, and undoing a deletion made while correcting the text
 * attaches the annotation again instead of leaving it orphaned.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { importAndOpen, selectText, type StoredAnnotation } from './helpers';
import { watchErrors } from './helpers-extra';

const SAMPLE = readFileSync('/work/shared/samples/northeast-revitalization.txt', 'utf8');
const CLAIM = 'the production line started running by the end of June';
const TITLE = 'Deputy General Manager';

interface ClaimRecord {
  claim: { status: string; verdict: string; verdictBy?: string | null };
}

test('Esc keeps a typed verdict, closing the tab keeps the next one, and the verdict carries its author', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  await copydesk.api('settings:set', { reviewerName: '' });
  const id = await importAndOpen(page, copydesk, 'northeast-revitalization.txt', SAMPLE);
  const list = () => copydesk.api<StoredAnnotation[]>('annotations:list', { documentId: id });

  // The first attributable action asks who is reviewing.
  await selectText(page, CLAIM);
  await page.keyboard.press('c');
  const ask = page.getByRole('dialog', { name: 'Who is reviewing?' });
  await expect(ask).toBeVisible();
  await ask.getByLabel('Your name').fill('Ana Duarte');
  await ask.getByRole('button', { name: 'Save name' }).click();
  await expect.poll(async () => (await list()).filter((a) => a.kind === 'claim').length).toBe(1);
  expect(await copydesk.api('settings:get')).toEqual({ reviewerName: 'Ana Duarte' });
  const claim = (await list()).find((a) => a.kind === 'claim')!;
  const record = () => copydesk.api<ClaimRecord>('claims:get', { annotationId: claim.id });

  // Type a verdict and press Esc: saved, not thrown away.
  const panel = page.getByRole('region', { name: 'Selected claim' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Verified', exact: true }).click();
  await panel.getByLabel('Verdict').click();
  await page.keyboard.type('The plant opened in June, says the province.');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await record()).claim.verdict).toBe('The plant opened in June, says the province.');
  expect((await record()).claim.verdictBy).toBe('Ana Duarte');

  // Type more and close the tab without leaving the field: the words reach the library.
  await panel.getByLabel('Verdict').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Checked twice.');
  await page.close({ runBeforeUnload: true });
  await expect.poll(async () => (await record()).claim.verdict).toBe('The plant opened in June, says the province. Checked twice.');
  expect(errors).toEqual([]);
});

test('Backspace over a tagged title while correcting, then Ctrl+Z: the PERSON is attached again', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  const id = await importAndOpen(page, copydesk, 'northeast-revitalization.txt', SAMPLE);
  const list = () => copydesk.api<StoredAnnotation[]>('annotations:list', { documentId: id });

  await selectText(page, TITLE);
  await page.keyboard.press('1'); // PERSON
  await expect.poll(async () => (await list()).length).toBe(1);
  const person = (await list())[0];
  expect(person).toMatchObject({ label: 'PERSON', quote: TITLE });

  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectText(page, TITLE);
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(700); // past the save debounce: the deletion is stored, the PERSON orphaned
  await expect.poll(async () => (await list())[0].orphaned).toBe(true);
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: 'Done editing' }).click();

  await expect.poll(async () => (await list())[0]).toMatchObject({ start: person.start, end: person.end, quote: TITLE, orphaned: false });
  const side = page.getByRole('complementary', { name: 'Annotations' });
  await expect(side.getByRole('tab', { name: /Orphaned/ })).toHaveCount(0);

  // The annotation undo history survived the correction: Ctrl+Z now takes back the tag itself.
  await page.locator('.ProseMirror').click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await list()).length).toBe(0);
  expect(errors).toEqual([]);
});

test('an orphan is attached to selected words with “Attach here”, and Ctrl+Z makes it an orphan again', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  const id = await importAndOpen(page, copydesk, 'northeast-revitalization.txt', SAMPLE);
  const list = () => copydesk.api<StoredAnnotation[]>('annotations:list', { documentId: id });

  await selectText(page, TITLE);
  await page.keyboard.press('1');
  await expect.poll(async () => (await list()).length).toBe(1);
  // The title is cut while correcting and the correction kept: the PERSON is orphaned.
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectText(page, `, ${TITLE}`);
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect.poll(async () => (await list())[0].orphaned).toBe(true);

  const side = page.getByRole('complementary', { name: 'Annotations' });
  await side.getByRole('tab', { name: /Orphaned/ }).click();
  await selectText(page, 'Jing Changhong');
  await side.getByRole('tabpanel').getByRole('button', { name: 'Attach here' }).click();
  await expect.poll(async () => (await list())[0]).toMatchObject({ quote: 'Jing Changhong', orphaned: false });
  await expect(side.getByRole('tabpanel')).toContainText('Every annotation is placed in the text.');
  // Placed and selected: outlined where its words are (the outline is drawn beside the text, selected-outline.ts).
  await expect(page.locator(`.cd-outline [data-annotation-id="${(await list())[0].id}"]`).first()).toBeAttached();

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await list())[0]).toMatchObject({ quote: TITLE, orphaned: true });
  expect(errors).toEqual([]);
});
