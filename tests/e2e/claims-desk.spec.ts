/**
 * The claims desk, as a fact-checker starts the day: every claim of two documents with counts per
 * status, narrowed by status, then N — the next unverified claim opens in its document, selected,
 * with its panel — and N again from the desk goes on to the next one.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WIRE_TXT } from './files/documents';
import { annotate, importOnly, watchErrors } from './helpers-extra';

const PORT_TXT = [
  'Port of Rotterdam handles record container volume',
  'ROTTERDAM, Jan 12 -- The port handled 15.3 million containers last year, up 4 percent, its operator said.',
  'Dock workers ended a two-day strike on Friday after a pay deal was agreed.',
  'The operator expects volumes to grow by 2 percent this year.',
].join('\n');

test('lists claims of two documents with counts per status, filters, and N opens the next unverified claim', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  const wire = await importOnly(copydesk, 'northeast-growth.txt', WIRE_TXT);
  const port = await importOnly(copydesk, 'port.txt', PORT_TXT);
  const claim = async (documentId: string, quote: string, status: string) => {
    const a = await annotate(copydesk, documentId, quote, 'claim');
    if (status !== 'unverified') await copydesk.api('claims:update', { annotationId: a.id, status });
    return a;
  };
  // Created oldest first: the desk lists the oldest claims first.
  const gdp = await claim(wire, 'a regional GDP of 2.7 trillion yuan', 'unverified');
  const investment = await claim(wire, 'investment in equipment manufacturing rose by 12 percent', 'verified');
  const containers = await claim(port, 'The port handled 15.3 million containers last year', 'false');
  const strike = await claim(port, 'Dock workers ended a two-day strike on Friday', 'unverified');
  const outlook = await claim(port, 'expects volumes to grow by 2 percent this year', 'in_progress');

  await page.goto(copydesk.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claims' }).click();
  const desk = page.getByRole('main', { name: 'Claims' });
  const rows = desk.locator('tbody tr');

  // Every claim, with its document and status.
  await expect(desk).toContainText('5 claims');
  await expect(rows).toHaveCount(5);
  const expectRow = async (quote: string, title: RegExp, status: string) => {
    const row = desk.getByRole('row', { name: new RegExp(quote) });
    await expect(row).toContainText(title);
    await expect(row.locator('.cl-status')).toHaveText(status);
  };
  await expectRow('a regional GDP', /Northeast China posts steady growth/, 'Unverified');
  await expectRow('equipment manufacturing', /Northeast China posts steady growth/, 'Verified');
  await expectRow('15.3 million containers', /Port of Rotterdam/, 'False');
  await expectRow('two-day strike', /Port of Rotterdam/, 'Unverified');
  await expectRow('grow by 2 percent', /Port of Rotterdam/, 'In progress');

  // Counts per status, on the filter toggles and in the chart.
  const filter = desk.getByRole('group', { name: 'Filter by status' });
  const expected: Array<[string, number]> = [
    ['All', 5],
    ['Unverified', 2],
    ['In progress', 1],
    ['Verified', 1],
    ['False', 1],
    ['Misleading', 0],
    ['Unverifiable', 0],
  ];
  for (const [name, count] of expected) await expect(filter.getByRole('button', { name: `${name} ${count}`, exact: true })).toBeVisible();
  const chart = desk.getByRole('list', { name: 'Claims by status' });
  await expect(chart.getByRole('listitem')).toHaveText(expected.slice(1).map(([name, count]) => `${name}${count}`));

  // Filter by status: only the unverified ones, then unverified + false.
  await filter.getByRole('button', { name: /^Unverified/ }).click();
  await expect(filter.getByRole('button', { name: /^Unverified/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(desk).toContainText('2 of 5 claims');
  await expect(rows).toHaveCount(2);
  await expect(rows.locator('.cl-status')).toHaveText(['Unverified', 'Unverified']);
  await filter.getByRole('button', { name: /^False/ }).click();
  await expect(desk).toContainText('3 of 5 claims');
  await expect(rows.filter({ hasText: '15.3 million containers' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'equipment manufacturing' })).toHaveCount(0);
  // "All" clears the status filter.
  await filter.getByRole('button', { name: /^All/ }).click();
  await expect(rows).toHaveCount(5);
  await expect(desk).toContainText('5 claims');

  // N: the first unverified claim in the desk's order (the oldest) opens in its document, selected.
  const firstUnverified = await desk.locator('tbody tr[data-status="unverified"]').first().getAttribute('data-id');
  expect(firstUnverified).toBe(gdp.id);
  await page.keyboard.press('n');
  await expect(page).toHaveURL(new RegExp(`#/doc/${wire}/a/${gdp.id}$`));
  const panel = page.getByRole('region', { name: 'Selected claim' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('.rv-quote')).toHaveText('a regional GDP of 2.7 trillion yuan');
  await expect(panel.getByRole('button', { name: 'Unverified', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.ProseMirror')).toContainText('Heilongjiang Province recorded a regional GDP');
  // …and outlined in the text: the outline (drawn beside the text) starts where the claim's words do.
  await expect.poll(() => outlineOffset(page, gdp.id, 'a regional GDP of 2.7 trillion yuan')).toBeLessThan(4);

  // Back to the desk: N carries on from there to the next unverified claim, in the other document.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claims' }).click();
  await expect(rows).toHaveCount(5);
  await page.keyboard.press('n');
  await expect(page).toHaveURL(new RegExp(`#/doc/${port}/a/${strike.id}$`));
  await expect(panel.locator('.rv-quote')).toHaveText('Dock workers ended a two-day strike on Friday');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port of Rotterdam handles record container volume');
  await expect.poll(() => outlineOffset(page, strike.id, 'Dock workers ended a two-day strike on Friday')).toBeLessThan(4);

  // Opening changed nothing.
  const statuses = await copydesk.api<Array<{ claim: { status: string }; annotation: { id: string } }>>('claims:list');
  expect(Object.fromEntries(statuses.map((r) => [r.annotation.id, r.claim.status]))).toEqual({
    [gdp.id]: 'unverified',
    [investment.id]: 'verified',
    [containers.id]: 'false',
    [strike.id]: 'unverified',
    [outlook.id]: 'in_progress',
  });
  expect(errors).toEqual([]);
});

/**
 * How far (px) the first box of annotation `id`'s outline is from the first line of `quote` in the
 * text; Infinity while either is missing.
 */
async function outlineOffset(page: Page, id: string, quote: string): Promise<number> {
  return page.evaluate(
    ([id, quote]) => {
      const box = document.querySelector(`.cd-outline .cd-selected[data-annotation-id="${id}"]`)?.getBoundingClientRect();
      const root = document.querySelector('.ProseMirror');
      if (!box || !root) return Infinity;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(quote);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + quote.length);
        const line = range.getClientRects()[0];
        return line ? Math.max(Math.abs(line.left - box.left), Math.abs(line.top - box.top)) : Infinity;
      }
      return Infinity;
    },
    [id, quote] as const,
  );
}
