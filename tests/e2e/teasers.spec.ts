/**
 * A scraped web page, as an editor cleans it: what the article extractor left out (a "Related
 * stories" box, the footer) is offered as teaser candidates; accept one, reject the other; the
 * clean view hides the accepted teaser; the cleaned text downloaded from the document's Export
 * menu keeps the article and lacks the teaser.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { shownLines, type StoredAnnotation } from './helpers';
import { watchErrors } from './helpers-extra';

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Wildfire forces evacuation of alpine villages</title></head>
<body>
<header><a href="/">Example News</a> <a href="/world">World</a></header>
<article>
<h1>Wildfire forces evacuation of alpine villages</h1>
<p>A wildfire fanned by strong winds forced the evacuation of three villages in the Valais region of Switzerland on Wednesday, local authorities said.</p>
<p>About 600 residents were moved to emergency shelters in the town of Visp overnight, and firefighting helicopters resumed water drops at first light.</p>
<p>"The wind is the main problem for us right now," said Claude Berset, a spokesman for the cantonal fire service. He said no injuries had been reported.</p>
<p>Rail traffic between Brig and Visp was suspended as a precaution, the federal railway operator said.</p>
</article>
<aside class="related-stories"><h2>Related stories</h2>
<p><a href="/a">Glaciers in the Alps lost a record share of their ice last summer</a></p>
<p><a href="/b">Heatwave prompts water restrictions across southern Switzerland</a></p>
</aside>
<footer><p>Copyright 2024 Example News Group. All rights reserved. Terms of use and privacy policy.</p></footer>
</body></html>`;

const ARTICLE_SENTENCES = [
  'A wildfire fanned by strong winds forced the evacuation of three villages in the Valais region of Switzerland on Wednesday, local authorities said.',
  'About 600 residents were moved to emergency shelters in the town of Visp overnight',
  'Rail traffic between Brig and Visp was suspended as a precaution, the federal railway operator said.',
];
const RELATED = ['Glaciers in the Alps lost a record share of their ice last summer', 'Heatwave prompts water restrictions across southern Switzerland'];
const FOOTER = 'Copyright 2024 Example News Group. All rights reserved.';

test('import a page, accept and reject teaser candidates, clean view, export the cleaned text', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  await page.goto(copydesk.url);

  // Import the page through the file picker and open it from the library.
  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'wildfire.html', mimeType: 'text/html', buffer: Buffer.from(PAGE_HTML) }]);
  await expect(page.getByRole('region', { name: 'Import' })).toContainText('Import finished: 1 imported.');
  const library = page.getByRole('main', { name: 'Library' });
  await library.getByRole('row', { name: /Wildfire forces evacuation/ }).getByText('Wildfire forces evacuation of alpine villages').click();
  await expect(page.locator('.ProseMirror')).toContainText(ARTICLE_SENTENCES[0]);
  const id = /#\/doc\/([^/]+)/.exec(page.url())![1];
  const list = () => copydesk.api<StoredAnnotation[]>('annotations:list', { documentId: id });

  // The left-out parts are suggested as teaser candidates.
  const side = page.getByRole('complementary', { name: 'Annotations' });
  await side.getByRole('tab', { name: /Teasers/ }).click();
  await expect(side.getByRole('tab', { name: /Teasers/ })).toHaveText(/Teasers\s*2/);
  const candidates = side.getByRole('region', { name: 'Teaser candidates' });
  await expect(candidates.getByRole('listitem')).toHaveCount(2);
  const related = candidates.getByRole('listitem').filter({ hasText: `Related stories ${RELATED[0].slice(0, 40)}` });
  const footer = candidates.getByRole('listitem').filter({ hasText: 'Copyright 2024' });
  await expect(related).toBeVisible();
  await expect(footer).toBeVisible();
  // None of the article was taken for a teaser.
  const stored = await list();
  expect(stored.every((a) => a.kind === 'teaser' && a.attrs.pending === true && a.origin === 'suggested')).toBe(true);
  for (const a of stored) for (const sentence of ARTICLE_SENTENCES) expect(a.quote).not.toContain(sentence);

  // Accept the related stories, reject the footer.
  await related.getByRole('button', { name: 'Accept' }).click();
  await expect(side.getByRole('region', { name: 'Flagged teaser content' })).toContainText('Related-article teaser');
  await footer.getByRole('button', { name: 'Reject' }).click();
  await expect(candidates).toBeHidden();
  await expect(side.getByRole('tab', { name: /Teasers/ })).toHaveText(/Teasers\s*1/);
  await expect
    .poll(async () => (await list()).map((a) => ({ kind: a.kind, candidate: a.attrs.pending ?? false, related: a.quote.includes(RELATED[1]) })))
    .toEqual([{ kind: 'teaser', candidate: false, related: true }]);
  const teaser = (await list())[0];
  expect(teaser.quote).toContain(RELATED[0]);
  expect(teaser.quote).not.toContain('Copyright');

  // Clean view hides the accepted teaser's lines, keeps the article and the (rejected) footer: the
  // footer's line follows the article's last one, with no empty lines where the teaser was.
  const shown = async () => (await shownLines(page)).join('\n');
  const lastArticleLine = ARTICLE_SENTENCES[ARTICLE_SENTENCES.length - 1];
  await expect.poll(shown).toContain(`${lastArticleLine}\nRelated stories\n${RELATED[0]}\n${RELATED[1]}\n${FOOTER}`);
  await page.getByRole('button', { name: 'Clean view' }).click();
  await expect(page.getByRole('button', { name: 'Clean view' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(shown).toContain(`${lastArticleLine}\n${FOOTER}`);
  for (const text of RELATED) expect(await shown()).not.toContain(text);
  expect(await shown()).not.toContain('Related stories');
  for (const text of ARTICLE_SENTENCES) expect(await shown()).toContain(text);
  await page.getByRole('button', { name: 'Clean view' }).click();
  await expect.poll(shown).toContain(`${lastArticleLine}\nRelated stories\n${RELATED[0]}\n${RELATED[1]}\n${FOOTER}`);

  // Export the cleaned text from the document's Export menu.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menu', { name: 'Export formats' }).getByRole('menuitem', { name: /Clean text/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('wildfire-forces-evacuation-of-alpine-villages.clean.txt');
  const cleaned = readFileSync(await download.path(), 'utf8');
  for (const sentence of ARTICLE_SENTENCES) expect(cleaned).toContain(sentence);
  for (const text of RELATED) expect(cleaned).not.toContain(text);
  expect(cleaned).not.toContain('Related stories');
  // The rejected candidate is not a teaser any more: it stays in the text.
  expect(cleaned).toContain(FOOTER);
  await expect(page.getByRole('status').filter({ hasText: 'Exported Clean text: 1 file downloaded.' })).toBeVisible();
  expect(errors).toEqual([]);
});
