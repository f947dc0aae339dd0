/**
 * Issue 4, as a fact-checker does it: verify a claim with a source and a verdict, see it on the
 * claims desk, mark the document reviewed (warned about what is still open), export every format
 * to a folder from the library and check the files, and download one format from the document.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { WIRE_TXT } from './files/documents';
import { importAndOpen, selectText, type StoredAnnotation } from './helpers';

test('verifies a claim with a source, marks the document reviewed, exports every format', async ({ page, copydesk }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const id = await importAndOpen(page, copydesk, 'northeast-growth.txt', WIRE_TXT);
  const list = () => copydesk.api<StoredAnnotation[]>('annotations:list', { documentId: id });

  // Reviewer name, set once in settings, is who the log and the exports name.
  await copydesk.api('settings:set', { reviewerName: 'Ana Editor' });

  // Two claims and an entity inside the first.
  await selectText(page, 'a regional GDP of 2.7 trillion yuan');
  await page.keyboard.press('c');
  await selectText(page, 'investment in equipment manufacturing rose by 12 percent');
  await page.keyboard.press('c');
  await selectText(page, '2.7 trillion yuan');
  await page.keyboard.press('5');
  await expect.poll(async () => (await list()).length).toBe(3);
  const gdp = (await list()).find((a) => a.kind === 'claim' && a.quote.includes('GDP'))!;

  // Open the GDP claim from the side panel and work it to a verdict.
  await page.getByRole('tab', { name: /Claims/ }).click();
  await page.getByRole('complementary', { name: 'Annotations' }).getByText('a regional GDP of 2.7 trillion yuan').click();
  const panel = page.getByRole('region', { name: 'Selected claim' });
  await expect(panel).toBeVisible();
  // The entity inside the claim is on its checklist.
  await expect(panel).toContainText('2.7 trillion yuan');
  await panel.getByRole('button', { name: 'In progress', exact: true }).click();
  await panel.getByRole('button', { name: 'Add source' }).click();
  const form = panel.getByRole('form', { name: 'Add source' });
  await form.getByLabel('Web address').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByRole('alert')).toContainText(/http/);
  await form.getByLabel('Web address').fill('https://stats.example.gov/hlj/2024q1');
  await form.getByLabel('Title').fill('Heilongjiang statistics bureau, Q1 2024 release');
  await form.getByLabel('Quoted passage').fill('GDP reached 2.7 trillion yuan, up 5.8%');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(panel.getByRole('region', { name: 'Sources' })).toContainText('Heilongjiang statistics bureau');
  await panel.getByLabel('Verdict').fill('Matches the bureau’s release.');
  await panel.getByRole('button', { name: 'Verified', exact: true }).click();

  await expect
    .poll(async () => (await copydesk.api<{ claim: { status: string; verdict: string } }>('claims:get', { annotationId: gdp.id })).claim)
    .toMatchObject({ status: 'verified', verdict: 'Matches the bureau’s release.' });
  const record = await copydesk.api<{ sources: Array<{ url: string }>; history: Array<{ actor: string; action: string }> }>('claims:get', {
    annotationId: gdp.id,
  });
  expect(record.sources.map((s) => s.url)).toEqual(['https://stats.example.gov/hlj/2024q1']);
  expect(record.history.length).toBeGreaterThanOrEqual(3);
  expect(record.history.every((e) => e.actor === 'Ana Editor')).toBe(true);
  // The history is visible in the panel.
  await expect(panel).toContainText('Ana Editor');

  // Mark reviewed: warned that the other claim is still unverified, then confirmed.
  await page.getByRole('button', { name: 'Mark reviewed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark as reviewed anyway?' });
  await expect(dialog).toContainText('unverified');
  await expect(dialog).toContainText('investment in equipment manufacturing');
  await dialog.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(page.getByLabel('Status: Reviewed')).toBeVisible();
  expect((await copydesk.api<{ status: string }>('documents:get', { id })).status).toBe('reviewed');

  // The claims desk shows both claims with their statuses.
  await page.getByRole('link', { name: 'Claims' }).or(page.getByRole('button', { name: 'Claims', exact: true })).first().click();
  const desk = page.getByRole('main');
  await expect(desk.getByRole('row', { name: /a regional GDP/ })).toContainText('Verified');
  await expect(desk.getByRole('row', { name: /equipment manufacturing/ })).toContainText('Unverified');

  // Download one format from the document itself.
  await page.goto(`${copydesk.url}#/doc/${id}`);
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.claims\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('Matches the bureau’s release.');

  // Export every format from the library to a folder.
  const out = mkdtempSync(join(tmpdir(), 'copydesk-export-'));
  await page.getByRole('link', { name: 'Library' }).or(page.getByRole('button', { name: 'Library', exact: true })).first().click();
  await page.getByRole('button', { name: 'Export all…' }).click();
  const exportDialog = page.getByRole('dialog');
  for (const box of await exportDialog.getByRole('checkbox').all()) await box.check();
  await exportDialog.getByLabel('Write to a folder on this computer').check();
  await exportDialog.getByLabel('Destination folder').fill(out);
  await exportDialog.getByRole('button', { name: 'Export 1 document' }).click();
  await expect(exportDialog.getByRole('button', { name: 'Close' })).toBeVisible({ timeout: 30_000 });

  const files = readdirSync(out).sort();
  const base = 'northeast-china-posts-steady-growth-in-first-quarter';
  expect(files).toEqual(
    [
      `${base}.copydesk.json`,
      `${base}.w3c.jsonld`,
      `${base}.txt`,
      `${base}.ann`,
      `${base}.conll`,
      `${base}.claimreview.jsonld`,
      `${base}.claims.csv`,
      `${base}.clean.txt`,
      `${base}.report.html`,
      'annotation.conf',
    ].sort(),
  );
  // brat opens the folder as is: annotation.conf declares every type the .ann uses.
  const conf = readFileSync(join(out, 'annotation.conf'), 'utf8');
  for (const line of readFileSync(join(out, `${base}.ann`), 'utf8').split('\n').filter((l) => l.startsWith('T'))) {
    expect(conf.split('\n')).toContain(line.split('\t')[1].split(' ')[0]);
  }
  const read = (name: string) => readFileSync(join(out, `${base}${name}`), 'utf8');
  expect(JSON.parse(read('.copydesk.json')).annotations).toHaveLength(3);
  const w3c = JSON.parse(read('.w3c.jsonld'));
  expect(w3c.type).toBe('AnnotationCollection');
  expect(w3c.total).toBe(3);
  const text = read('.txt');
  for (const line of read('.ann').split('\n').filter((l) => l.startsWith('T'))) {
    const [, spec, quote] = line.split('\t');
    const [, start, end] = spec.split(' ');
    expect(Array.from(text).slice(Number(start), Number(end)).join('')).toBe(quote);
  }
  expect(read('.conll')).toMatch(/trillion\tI-MONEY/);
  const review = JSON.parse(read('.claimreview.jsonld'));
  expect(JSON.stringify(review)).toContain('"alternateName":"True"');
  expect(read('.claims.csv')).toContain('https://stats.example.gov/hlj/2024q1');
  expect(read('.report.html')).toContain('Ana Editor');
  expect(read('.report.html')).not.toContain('<script');

  // Exporting changed nothing in the library.
  expect((await list()).length).toBe(3);
  expect(errors).toEqual([]);
});
