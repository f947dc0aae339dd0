/**
 * Issue 11, items 8–9, as an editor exports a desk's work: the library's Export dialog writes one
 * claims.csv for the batch, one annotation.conf for brat, no ClaimReview for a document without a
 * verdict (and says so), counts the nested entities CoNLL leaves out, and the report prints a source's
 * consulted date without an invented time and keeps a deleted entity out of the entity table.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

interface Imported {
  status: string;
  document: { id: string; title: string; text: string; revision: number };
}
interface Created {
  annotations: Array<{ id: string; kind: string }>;
}

test('a batch export writes one claims.csv and annotation.conf, skips empty files and says what it left out', async ({ page, copydesk }) => {
  const importText = async (name: string, text: string) => {
    const result = await copydesk.api<Imported>('documents:import', { name, data: Buffer.from(text).toString('base64') });
    if (result.status !== 'imported') throw new Error(`could not import ${name}`);
    return (await copydesk.api<{ document: Imported['document'] }>('documents:bundle', { id: result.document.id })).document;
  };
  const range = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

  const reviewed = await importText('harbin.txt', 'Harbin Electric posts record output\nHarbin Electric said output rose 5.8% in the first quarter.');
  const created = await copydesk.api<Created>('annotations:create', {
    documentId: reviewed.id,
    baseRevision: reviewed.revision,
    annotations: [
      { kind: 'entity', label: 'ORG', ...range(reviewed.text, 'Harbin Electric') },
      { kind: 'entity', label: 'PLACE', ...range(reviewed.text, 'Harbin') },
      { kind: 'claim', ...range(reviewed.text, 'output rose 5.8% in the first quarter') },
    ],
  });
  const claim = created.annotations.find((a) => a.kind === 'claim')!;
  await copydesk.api('claims:update', { annotationId: claim.id, status: 'verified', verdict: 'Matches the company filing.' });
  await copydesk.api('sources:add', { annotationId: claim.id, url: 'https://example.com/filing', title: 'Filing', consultedAt: '2024-05-04T10:00:00.000Z' });

  const open = await importText('weather.txt', 'Weather report\nRain is expected later, forecasters said.');
  await copydesk.api('annotations:create', {
    documentId: open.id,
    baseRevision: open.revision,
    annotations: [{ kind: 'claim', ...range(open.text, 'Rain is expected later') }],
  });

  const out = mkdtempSync(join(tmpdir(), 'copydesk-batch-'));
  await page.goto(copydesk.url);
  await page.getByRole('button', { name: 'Export all…' }).click();
  const dialog = page.getByRole('dialog');
  const chosen = ['brat', 'conll', 'claimreview', 'csv', 'report'];
  for (const format of ['copydesk-json', 'w3c', 'text', ...chosen]) await dialog.locator(`#export-format-${format}`).setChecked(chosen.includes(format));
  await dialog.getByLabel(/One claims\.csv for all the documents/).check();
  await dialog.getByLabel('Write to a folder on this computer').check();
  await dialog.getByLabel('Destination folder').fill(out);
  await dialog.getByRole('button', { name: 'Export 2 documents' }).click();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible({ timeout: 30_000 });

  // What the files leave out is said under each document, and the batch's claims.csv below.
  await expect(dialog.getByText('1 nested entity was left out of CoNLL (CoNLL holds one label per token).')).toBeVisible();
  await expect(dialog.getByText('No ClaimReview file: no claims with a verdict.')).toBeVisible();
  await expect(dialog.getByText('claims.csv holds 2 claims from 2 documents.')).toBeVisible();

  const files = readdirSync(out).sort();
  expect(files.filter((f) => f.endsWith('.claimreview.jsonld'))).toEqual(['harbin-electric-posts-record-output.claimreview.jsonld']);
  expect(files.filter((f) => f.endsWith('.claims.csv'))).toEqual([]);
  expect(files.filter((f) => f.endsWith('.conf'))).toEqual(['annotation.conf']);
  const csv = readFileSync(join(out, 'claims.csv'), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(csv[0]).toMatch(/^Document,Document ID,Claim,Status,Verdict,/);
  // One row per claim, in the library's order, each naming its document.
  expect(csv.slice(1).map((row) => row.split(',').slice(0, 2)).sort()).toEqual([
    ['Harbin Electric posts record output', reviewed.id],
    ['Weather report', open.id],
  ]);
  const conf = readFileSync(join(out, 'annotation.conf'), 'utf8').split('\n');
  for (const type of ['ORG', 'PLACE', 'Claim']) expect(conf).toContain(type);

  const report = readFileSync(join(out, 'harbin-electric-posts-record-output.report.html'), 'utf8');
  expect(report).toContain('Consulted on 4 May 2024');
  expect(report).not.toMatch(/Consulted[^<]*\d{2}:\d{2}/);
});
