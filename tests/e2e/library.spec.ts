/**
 * Issue 2, as an editor does it: import a text file and an HTML page through the UI, see them
 * listed, search, open one and read its text, reload and find everything still there, restart the
 * app on the same library, delete one.
 */
import { expect, test } from './fixtures';
import { ARTICLE_HTML, WIRE_TXT } from './files/documents';
import { lineStarts, shownLines } from './helpers';

test('imports, lists, searches, opens, survives reload and restart, deletes', async ({ page, copydesk }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(copydesk.url);

  // Import two files at once through the file picker.
  await page.getByLabel('Choose files to import').setInputFiles([
    { name: 'northeast-growth.txt', mimeType: 'text/plain', buffer: Buffer.from(WIRE_TXT) },
    { name: 'parasite.html', mimeType: 'text/html', buffer: Buffer.from(ARTICLE_HTML) },
  ]);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel).toContainText('Import finished: 2 imported.');

  // Both are listed, titled from the documents themselves.
  const library = page.getByRole('main', { name: 'Library' });
  await expect(library.getByRole('row', { name: /Northeast China posts steady growth/ })).toBeVisible();
  await expect(library.getByRole('row', { name: /Parasite found in river fish/ })).toBeVisible();
  await expect(library).toContainText('2 documents');

  // Nothing from the page ran.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();

  // Search finds one by words in its text, with the matching snippet.
  await page.getByLabel('Search documents').fill('flatworm');
  await expect(library).toContainText('1 of 2 documents match');
  await expect(library.locator('mark').first()).toHaveText(/flatworm/i);
  await expect(library.getByRole('row', { name: /Northeast China/ })).toHaveCount(0);
  await page.getByLabel('Search documents').fill('');

  // Open the text document and read its text: each of the file's 7 lines is a paragraph starting on
  // a line of its own, all indented alike.
  await library.getByRole('row', { name: /Northeast China posts steady growth/ }).getByText('Northeast China posts steady growth').click();
  const text = page.locator('.ProseMirror');
  await expect(text).toContainText('a regional GDP of 2.7 trillion yuan');
  const lines = WIRE_TXT.split('\r\n');
  await expect.poll(() => shownLines(page)).toEqual(lines);
  const starts = await lineStarts(page);
  expect(starts.map((s) => s.text)).toEqual(lines);
  for (let i = 1; i < starts.length; i++) expect(starts[i].top).toBeGreaterThan(starts[i - 1].top);
  for (const start of starts) {
    expect(start.left).toBeCloseTo(starts[0].left, 0);
    expect(start.left - start.sectionLeft).toBeGreaterThan(10);
  }
  expect(page.url()).toMatch(/#\/doc\//);

  // Reload: the same document is open again.
  await page.reload();
  await expect(page.locator('.ProseMirror')).toContainText('Zhang Wei, director of the bureau');

  // Quit and start again on the same library: everything is there.
  await copydesk.restart(page);
  await page.getByRole('link', { name: 'Library' }).or(page.getByRole('button', { name: 'Library' })).first().click();
  await expect(library).toContainText('2 documents');

  // The API sees the same library.
  const listed = await copydesk.api<Array<{ title: string }>>('documents:list');
  expect(listed.map((d) => d.title).sort()).toEqual([
    'Northeast China posts steady growth in first quarter',
    'Parasite found in river fish puzzles scientists',
  ]);

  // Delete one, with a confirmation.
  await library.getByRole('button', { name: 'Delete “Parasite found in river fish puzzles scientists”' }).click();
  await page.getByRole('button', { name: 'Delete document' }).click();
  await expect(library).toContainText('1 document');
  await expect(library.getByRole('row', { name: /Parasite found/ })).toHaveCount(0);
  expect(await copydesk.api<unknown[]>('documents:list')).toHaveLength(1);

  expect(errors).toEqual([]);
});

test('a file that is not text is skipped with the reason, and nothing is added', async ({ page, copydesk }) => {
  await page.goto(copydesk.url);
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await page.getByLabel('Choose files to import').setInputFiles([
    { name: 'photo.txt', mimeType: 'text/plain', buffer: png },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel).toContainText('0 imported, 2 not imported');
  await expect(panel).toContainText('does not look like text');
  await expect(panel).toContainText('empty');
  expect(await copydesk.api<unknown[]>('documents:list')).toHaveLength(0);
});

test('files dropped onto the window are imported, with a drop overlay while dragging', async ({ page, copydesk }) => {
  await page.goto(copydesk.url);
  const dataTransfer = await page.evaluateHandle((texts: Array<[string, string]>) => {
    const transfer = new DataTransfer();
    for (const [name, text] of texts) transfer.items.add(new File([text], name, { type: 'text/plain' }));
    return transfer;
  }, [
    ['wire-one.md', '# Port strike enters third day\n\nDock workers in *Rotterdam* stayed out on Friday.'],
    ['wire-two.txt', 'Rain delays harvest\nFarmers in Picardy said on Monday that rain had delayed the wheat harvest.'],
  ] as Array<[string, string]>);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText(/drop/i).first()).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('region', { name: 'Import' })).toContainText('Import finished: 2 imported.');
  const titles = (await copydesk.api<Array<{ title: string }>>('documents:list')).map((d) => d.title).sort();
  expect(titles).toEqual(['Port strike enters third day', 'Rain delays harvest']);
  // Markdown arrives as plain paragraphs: no emphasis markers.
  const md = (await copydesk.api<Array<{ id: string; title: string }>>('documents:list')).find((d) => d.title.startsWith('Port'))!;
  expect((await copydesk.api<{ text: string }>('documents:get', { id: md.id })).text).toBe(
    'Port strike enters third day\nDock workers in Rotterdam stayed out on Friday.',
  );
});
