/**
 * Assist, end to end in the real web mode (issue 8): a plain-text scrape — an article followed by the
 * scraper's teaser tail (each teaser a headline printed twice with " | " tags, then a snippet cut off
 * mid-sentence), like the shared sample northeast-revitalization.txt — is imported with suggestions
 * on. The tail is suggested as teasers with reasons; Shift+Enter accepts every teaser, D rejects one
 * entity; after a reload the state is kept; the Copydesk JSON export carries only accepted annotations.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { type StoredAnnotation } from './helpers';
import { watchErrors } from './helpers-extra';

const ARTICLE = [
  'Northeast China reports faster growth as factories expand',
  'Release time: Apr 16, 2024 20:35 PM',
  'Harbin, April 16 (Xinhua) - The three northeastern provinces achieved a regional GDP of 2.7 trillion yuan in the first half of the year, a year-on-year increase of 5.8%, the provincial statistics bureau said on Tuesday.',
  'Harbin Electric Power Group signed contracts worth 3.5 billion yuan at the 32nd Harbin International Fair, according to the fair organisers.',
  '"We used to focus on the coastal areas of China," said Li Runyu, chairman of Korean Pharmaceutical. "Now we are building a plant in Changchun."',
  'The annual production of Daqing Oilfield has exceeded 10 million tons for 21 consecutive years, the company reported.',
  'Officials in Jilin Province said investment in new energy vehicles rose by 12% compared with last year.',
];
const TAIL = [
  'Young cadres promoted to department level in three provinces | Yu Zhou | appointments',
  'Young cadres promoted to department level in three provinces | Yu Zhou | appointments',
  'In recent years, more and more young cadres born in the 1980s have appeared in important positions in local party and government departments. Recently, another cadre born in 1985 was appoin',
  'How to prioritise power? A question to the end | Manned lunar landing | China | Space',
  'How to prioritise power? A question to the end | Manned lunar landing | China | Space',
  'The moon is a close neighbour of our blue planet and a transit station for humanity to move further into deep space. At present, China is carrying out the fourth phase of the lunar explor',
  'Well-known actress says she uses reading glasses | Health | presbyopia | mobile phone',
  'Well-known actress says she uses reading glasses | Health | presbyopia | mobile phone',
  'Recently, the 44-year-old actress said on her social media account that she had already started to use reading glasses, and many readers were surprised by the news that she shar',
];
const TEXT = [...ARTICLE, ...TAIL].join('\n');

type Bundle = { annotations: StoredAnnotation[]; claims: Array<{ annotationId: string; status: string }> };

test('a scraped tail is suggested as teasers with reasons; accept all by key, reject an entity, reload, export only what was accepted', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  await copydesk.api('suggestions:setSettings', { suggestOnImport: true });
  await page.goto(copydesk.url);

  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'northeast-growth.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) }]);
  await expect(page.getByRole('region', { name: 'Import' })).toContainText('Import finished: 1 imported.');
  await page.getByRole('main', { name: 'Library' }).getByText(ARTICLE[0]).first().click();
  await expect(page.locator('.ProseMirror')).toContainText(ARTICLE[2]);
  const id = /#\/doc\/([^/]+)/.exec(page.url())![1];
  const bundle = () => copydesk.api<Bundle>('documents:bundle', { id });

  // The background run after the import finds the tail; the Suggestions tab counts each kind.
  const side = page.getByRole('complementary', { name: 'Annotations' });
  await side.getByRole('tab', { name: /Suggestions/ }).click();
  await expect(side.getByRole('status').filter({ hasText: /\d+ suggestions?: .*teaser/ })).toBeVisible({ timeout: 30_000 });
  const stored = await bundle();
  const teasers = stored.annotations.filter((a) => a.kind === 'teaser' && a.attrs.pending === true);
  expect(teasers.length).toBeGreaterThan(0);
  // Every line of the tail is covered by a suggested teaser, and no line of the article is.
  const covered = (line: string) => {
    const start = TEXT.indexOf(line);
    return teasers.some((t) => t.start <= start && t.end >= start + line.length);
  };
  for (const line of TAIL) expect(covered(line), line).toBe(true);
  for (const line of ARTICLE) expect(teasers.some((t) => t.start < TEXT.indexOf(line) + line.length && t.end > TEXT.indexOf(line)), line).toBe(false);
  const entities = stored.annotations.filter((a) => a.kind === 'entity' && a.attrs.pending === true);
  expect(entities.length).toBeGreaterThan(0);

  // The first teaser's panel says why it was suggested.
  const teaserList = side.getByRole('region', { name: 'Suggested teasers' });
  await teaserList.getByRole('listitem').first().getByRole('button').first().click();
  const inspector = page.locator('.rv-inspector');
  await expect(inspector.getByRole('note', { name: 'Why this was suggested' })).toBeVisible();
  expect(((await inspector.locator('.rv-reasons li').allTextContents()).join(' ')).length).toBeGreaterThan(0);

  // Shift+Enter accepts every suggested teaser of the document, as one step.
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('.toast-message', { hasText: /Accepted \d+ suggested teasers?\./ })).toBeVisible();
  await expect.poll(async () => (await bundle()).annotations.filter((a) => a.kind === 'teaser' && a.attrs.pending === true).length).toBe(0);

  // Reject one entity with D.
  const rejected = entities[0];
  await side.getByRole('region', { name: 'Suggested entities' }).getByRole('listitem').first().getByRole('button').first().click();
  await expect(inspector).toContainText(rejected.quote);
  await page.keyboard.press('d');
  await expect.poll(async () => (await bundle()).annotations.some((a) => a.id === rejected.id)).toBe(false);

  // Reload: the accepted teasers and the rejection are kept; suggesting again does not bring it back.
  await page.reload();
  await expect(page.locator('.ProseMirror')).toContainText(ARTICLE[2]);
  await side.getByRole('tab', { name: /Teasers/ }).click();
  await expect(side.getByRole('region', { name: 'Flagged teaser content' }).getByRole('listitem')).toHaveCount(teasers.length);
  await side.getByRole('tab', { name: /Suggestions/ }).click();
  await page.getByRole('button', { name: 'Suggest', exact: true }).first().click();
  await expect(page.locator('.toast-message', { hasText: /No new suggestions|new suggestion/ })).toBeVisible();
  const after = await bundle();
  expect(after.annotations.some((a) => a.kind === 'entity' && a.start === rejected.start && a.end === rejected.end && a.label === rejected.label)).toBe(false);
  expect(after.annotations.filter((a) => a.kind === 'teaser').every((a) => a.attrs.pending === undefined && a.origin === 'suggested')).toBe(true);

  // Export Copydesk JSON from the document: only accepted annotations.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menu', { name: 'Export formats' }).getByRole('menuitem', { name: /Copydesk JSON/ }).click();
  const exported = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as { annotations: Array<{ kind: string; attrs?: Record<string, unknown> }> };
  expect(exported.annotations.filter((a) => a.kind === 'teaser')).toHaveLength(teasers.length);
  expect(exported.annotations.every((a) => a.attrs?.pending === undefined)).toBe(true);
  const pendingLeft = after.annotations.filter((a) => a.attrs.pending === true).length;
  expect(exported.annotations).toHaveLength(after.annotations.length - pendingLeft);
  expect(errors).toEqual([]);
});
