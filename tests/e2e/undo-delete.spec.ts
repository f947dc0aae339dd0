/**
 * Deleting a worked claim by mistake and taking it back: the claim comes back with its status,
 * verdict and both sources — in the library and on screen.
 */
import { expect, test } from './fixtures';
import { WIRE_TXT } from './files/documents';
import { allPainted, type StoredAnnotation } from './helpers';
import { annotate, importOnly, watchErrors } from './helpers-extra';

interface ClaimRecord {
  claim: { status: string; verdict: string; assignee: string | null };
  annotation: StoredAnnotation;
  sources: Array<{ url: string; title: string; quote: string }>;
}

const QUOTE = 'a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%';
const VERDICT = 'The bureau’s release gives 2.6 trillion yuan; the 2.7 figure is nominal.';
const SOURCES = [
  { url: 'https://stats.example.gov/hlj/2024q1', title: 'Heilongjiang statistics bureau, Q1 2024', quote: 'GDP reached 2.6 trillion yuan' },
  { url: 'https://news.example.com/northeast-economy', title: 'Northeast economy roundup', quote: 'growth of 5.8 percent' },
];

test('a deleted claim comes back with Ctrl+Z with its status, verdict and both sources', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  const id = await importOnly(copydesk, 'northeast-growth.txt', WIRE_TXT);
  const claim = await annotate(copydesk, id, QUOTE, 'claim');
  await copydesk.api('claims:update', { annotationId: claim.id, status: 'misleading', verdict: VERDICT, assignee: 'Ana Editor' });
  for (const source of SOURCES) await copydesk.api('sources:add', { annotationId: claim.id, ...source });
  const list = () => copydesk.api<StoredAnnotation[]>('annotations:list', { documentId: id });
  const get = () => copydesk.api<ClaimRecord>('claims:get', { annotationId: claim.id });

  await page.goto(`${copydesk.url}#/doc/${id}`);
  await page.locator('.ProseMirror').waitFor();
  const side = page.getByRole('complementary', { name: 'Annotations' });
  const panel = side.getByRole('region', { name: 'Selected claim' });

  // What the panel shows for the worked claim; checked before the delete and after the undo.
  const expectWorkedClaim = async () => {
    await expect(panel).toBeVisible();
    await expect(panel.locator('.rv-chip')).toHaveText('Claim · Misleading');
    await expect(panel.getByRole('button', { name: 'Misleading', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByLabel('Verdict')).toHaveValue(VERDICT);
    await expect(panel.getByLabel('Assigned to')).toHaveValue('Ana Editor');
    const sources = panel.getByRole('region', { name: 'Sources' });
    await expect(sources.locator('h3')).toHaveText(/Sources\s*2/);
    await expect(sources.locator('.rv-source')).toHaveCount(2);
    for (const source of SOURCES) {
      await expect(sources).toContainText(source.title);
      await expect(sources).toContainText(source.url);
      await expect(sources).toContainText(source.quote);
    }
  };

  // Select it from the Claims tab.
  await side.getByRole('tab', { name: /Claims/ }).click();
  await side.getByRole('button', { name: /a regional GDP of 2\.7 trillion yuan/ }).click();
  await expectWorkedClaim();
  await expect.poll(() => allPainted(page)).toContain(QUOTE);

  // Delete: gone from the panel, the text and the library.
  await page.keyboard.press('Delete');
  await expect(panel).toBeHidden();
  await expect(side.getByRole('tab', { name: /Claims/ })).toHaveText(/Claims\s*0/);
  await expect(side.getByRole('tabpanel')).toContainText('No claims yet');
  await expect.poll(async () => (await list()).length).toBe(0);
  await expect(get()).rejects.toThrow();
  expect(await copydesk.api<unknown[]>('claims:list', { documentId: id })).toEqual([]);
  await expect.poll(() => allPainted(page)).not.toContain(QUOTE);

  // Ctrl+Z: back, with everything that was worked on it.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await list()).map((a) => [a.id, a.kind, a.quote])).toEqual([[claim.id, 'claim', QUOTE]]);
  const restored = await get();
  expect(restored.claim).toMatchObject({ status: 'misleading', verdict: VERDICT, assignee: 'Ana Editor' });
  expect(restored.sources.map((s) => ({ url: s.url, title: s.title, quote: s.quote })).sort((a, b) => a.url.localeCompare(b.url))).toEqual(
    [...SOURCES].sort((a, b) => a.url.localeCompare(b.url)),
  );
  await expect(side.getByRole('tab', { name: /Claims/ })).toHaveText(/Claims\s*1/);
  await expect(side.getByRole('tabpanel').getByRole('button', { name: /a regional GDP/ })).toContainText('Misleading');
  await expect(side.getByRole('tabpanel').getByRole('button', { name: /a regional GDP/ })).toContainText('2 src');
  await expect.poll(() => allPainted(page)).toContain(QUOTE);
  await side.getByRole('button', { name: /a regional GDP of 2\.7 trillion yuan/ }).click();
  await expectWorkedClaim();

  // Redo deletes it again, undo brings it back again — still with exactly its two sources.
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await list()).length).toBe(0);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await list()).map((a) => a.id)).toEqual([claim.id]);
  expect((await get()).sources.map((s) => s.url).sort()).toEqual(SOURCES.map((s) => s.url).sort());
  expect((await get()).claim.status).toBe('misleading');

  // And it stays back after a reload.
  await page.reload();
  await page.locator('.ProseMirror').waitFor();
  await side.getByRole('tab', { name: /Claims/ }).click();
  await side.getByRole('button', { name: /a regional GDP of 2\.7 trillion yuan/ }).click();
  await expectWorkedClaim();
  expect(errors).toEqual([]);
});
