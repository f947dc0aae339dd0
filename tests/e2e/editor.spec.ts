/**
 * Issue 3, as an editor does it: tag entities (hotkey and toolbar), mark a claim, flag teasers
 * (selection and "to the end"), undo and redo, correct the text, reload — and find everything where
 * it was, on screen and through the API.
 */
import { expect, test } from './fixtures';
import { WIRE_TXT } from './files/documents';
import { allPainted, importAndOpen, placeCaret, selectText, shownLines, type StoredAnnotation } from './helpers';

test('tags, flags, marks, undoes, corrects the text, and finds it all after a reload', async ({ page, copydesk }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const id = await importAndOpen(page, copydesk, 'northeast-growth.txt', WIRE_TXT);
  const list = () => copydesk.api<StoredAnnotation[]>('annotations:list', { documentId: id });
  const side = page.getByRole('complementary', { name: 'Annotations' });

  // Tag a person with the hotkey; a sloppy selection with a trailing space snaps to the words.
  await selectText(page, 'Zhang Wei, ');
  await page.keyboard.press('1');
  await expect.poll(async () => (await list()).map((a) => [a.kind, a.label, a.quote])).toEqual([['entity', 'PERSON', 'Zhang Wei']]);
  await expect(side).toContainText('Zhang Wei');
  await expect.poll(() => allPainted(page)).toContain('Zhang Wei');

  // Tag a place from the floating toolbar.
  await selectText(page, 'Heilongjiang Province');
  await page.getByRole('toolbar', { name: /Annotate/ }).getByTitle('Tag as PLACE (3)').click();
  await expect.poll(async () => (await list()).some((a) => a.label === 'PLACE' && a.quote === 'Heilongjiang Province')).toBe(true);

  // Mark a claim: it starts unverified, and the document is now in review.
  await selectText(page, 'a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%');
  await page.keyboard.press('c');
  await expect.poll(async () => (await list()).filter((a) => a.kind === 'claim').map((a) => a.quote)).toEqual([
    'a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%',
  ]);
  const claim = (await list()).find((a) => a.kind === 'claim')!;
  expect((await copydesk.api<{ claim: { status: string } }>('claims:get', { annotationId: claim.id })).claim.status).toBe('unverified');
  // An entity inside the claim: both render and both are stored.
  await selectText(page, '2.7 trillion yuan');
  await page.keyboard.press('5');
  await expect.poll(async () => (await list()).some((a) => a.label === 'MONEY' && a.quote === '2.7 trillion yuan')).toBe(true);
  await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(['2.7 trillion yuan', claim.quote]));
  expect((await copydesk.api<{ status: string }>('documents:get', { id })).status).toBe('in_review');

  // Flag the scraped teasers: from the first "Related:" line to the end.
  await placeCaret(page, 'Related: Harbin Electric Power Group');
  await page.keyboard.press('e');
  await expect.poll(async () => (await list()).filter((a) => a.kind === 'teaser').length).toBe(1);
  const teaser = (await list()).find((a) => a.kind === 'teaser')!;
  expect(teaser.quote.startsWith('Related: Harbin Electric Power Group')).toBe(true);
  expect(teaser.quote.endsWith('the order, worth about')).toBe(true);

  // Undo removes the flag, redo puts it back — on screen and in the library.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await list()).filter((a) => a.kind === 'teaser').length).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await list()).filter((a) => a.kind === 'teaser').length).toBe(1);

  // The clean view hides the flagged lines, leaving no empty lines where they were; turned off, they are back.
  const lines = WIRE_TXT.split('\r\n');
  await expect.poll(() => shownLines(page)).toEqual(lines);
  await page.getByRole('button', { name: 'Clean view' }).click();
  await expect.poll(() => shownLines(page)).toEqual(lines.slice(0, 4));
  await page.getByRole('button', { name: 'Clean view' }).click();
  await expect.poll(() => shownLines(page)).toEqual(lines);

  // Correct the text: add a word before the person; the entity moves with it.
  await page.getByRole('button', { name: 'Edit text' }).click();
  await placeCaret(page, 'Zhang Wei, director of the bureau');
  await page.keyboard.press('Home');
  await page.keyboard.type('Deputy ');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect
    .poll(async () => (await copydesk.api<{ text: string }>('documents:get', { id })).text)
    .toContain('Deputy Zhang Wei, director of the bureau');
  const person = (await list()).find((a) => a.label === 'PERSON')!;
  const text = (await copydesk.api<{ text: string; importedText: string }>('documents:get', { id })).text;
  expect(text.slice(person.start, person.end)).toBe('Zhang Wei');
  // The original stays available.
  expect((await copydesk.api<{ importedText: string }>('documents:get', { id })).importedText).not.toContain('Deputy');

  // Reload: everything is where it was, on screen and in the store.
  const before = (await list()).map((a) => [a.kind, a.label, a.quote]).sort();
  await page.reload();
  await expect(page.locator('.ProseMirror')).toContainText('Deputy Zhang Wei');
  await expect.poll(() => allPainted(page)).toEqual(expect.arrayContaining(['Zhang Wei', 'Heilongjiang Province', '2.7 trillion yuan']));
  await expect(side).toContainText('Zhang Wei');
  expect((await list()).map((a) => [a.kind, a.label, a.quote]).sort()).toEqual(before);
  expect(errors).toEqual([]);
});

test('clicking an annotation opens its panel; where several overlap, the editor chooses; Delete removes it', async ({ page, copydesk }) => {
  const id = await importAndOpen(page, copydesk, 'northeast-growth.txt', WIRE_TXT);
  const list = () => copydesk.api<StoredAnnotation[]>('annotations:list', { documentId: id });
  await selectText(page, 'Heilongjiang Province recorded a regional GDP');
  await page.keyboard.press('c');
  await selectText(page, 'Heilongjiang Province');
  await page.keyboard.press('3');
  await expect.poll(async () => (await list()).length).toBe(2);
  await page.keyboard.press('Escape');

  // Click in the middle of "Heilongjiang": claim and place overlap there.
  const box = await page.evaluate(() => {
    const root = document.querySelector('.ProseMirror')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf('Heilongjiang');
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at + 3);
        range.setEnd(node, at + 4);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  });
  await page.mouse.click(box!.x, box!.y);
  const chooser = page.getByRole('menu');
  await expect(chooser).toBeVisible();
  await chooser.getByRole('menuitem', { name: /PLACE/ }).click();
  await expect(page.getByRole('region', { name: 'Selected entity' })).toBeVisible();
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await list()).map((a) => a.kind)).toEqual(['claim']);
});
