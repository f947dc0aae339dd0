/**
 * Settings, as an editor uses them: set the reviewer name, rename and recolour a label (existing
 * annotations follow), be refused a hotkey the workspace keeps for itself, reorder the labels and
 * see the document's legend follow — and find all of it after a reload.
 */
import { expect, test } from './fixtures';
import { WIRE_TXT } from './files/documents';
import { paintedHighlights, type StoredAnnotation } from './helpers';
import { adoptedRules, annotate, importOnly, watchErrors } from './helpers-extra';

interface StoredLabel {
  id: string;
  name: string;
  color: string;
  hotkey: string | null;
  position: number;
}

test('reviewer name, rename + recolour a label, reserved hotkey refused, reorder — all kept after reload', async ({ page, copydesk }) => {
  const errors = watchErrors(page);
  const id = await importOnly(copydesk, 'northeast-growth.txt', WIRE_TXT);
  const place = await annotate(copydesk, id, 'Heilongjiang Province', 'entity', 'PLACE');
  const labels = async () => [...(await copydesk.api<StoredLabel[]>('labels:list'))].sort((a, b) => a.position - b.position);

  await page.goto(copydesk.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('main', { name: 'Settings' });

  // Reviewer name: saved as it is typed.
  await settings.getByLabel('Reviewer name').fill('Ana Editor');
  await expect(settings.locator('#reviewer-name-status')).toHaveText('Saved');
  expect(await copydesk.api<{ reviewerName: string }>('settings:get')).toEqual({ reviewerName: 'Ana Editor' });

  // Rename PLACE to LOCATION (Enter saves); the editor is told its annotations follow.
  await settings.getByLabel('Name of label PLACE').fill('LOCATION');
  await settings.getByLabel('Name of label PLACE').press('Enter');
  await expect(page.getByText('Renamed PLACE to LOCATION; its annotations now use the new name.')).toBeVisible();
  await expect(settings.getByLabel('Name of label LOCATION')).toHaveValue('LOCATION');

  // Recolour it.
  await settings.getByLabel('Colour of LOCATION').fill('#123456');
  await expect.poll(async () => (await labels()).find((l) => l.name === 'LOCATION')?.color).toBe('#123456');

  // A reserved key is refused, with what the key does; nothing is saved.
  await settings.getByLabel('Hotkey of LOCATION').fill('T');
  await expect(settings.getByRole('alert')).toHaveText('T is the key for flagging teasers; choose another key.');
  await expect(settings.getByLabel('Hotkey of LOCATION')).toHaveAttribute('aria-invalid', 'true');
  // The core refuses it too (a script cannot get round the form).
  const location = (await labels()).find((l) => l.name === 'LOCATION')!;
  await expect(copydesk.api('labels:update', { id: location.id, hotkey: 't' })).rejects.toThrow(/flagging teasers/);
  // Put the key back as it was: the refusal goes away.
  await settings.getByLabel('Hotkey of LOCATION').fill('3');
  await expect(settings.getByRole('alert')).toHaveCount(0);
  expect((await labels()).find((l) => l.name === 'LOCATION')?.hotkey).toBe('3');

  // Reorder: LOCATION up twice, to the top of the toolbar order.
  await settings.getByRole('button', { name: 'Move LOCATION up' }).click();
  await expect(settings.locator('tbody tr.label-row').nth(1).locator('input.label-name')).toHaveValue('LOCATION');
  await settings.getByRole('button', { name: 'Move LOCATION up' }).click();
  await expect(settings.getByRole('button', { name: 'Move LOCATION up' })).toBeDisabled();
  const order = ['LOCATION', 'PERSON', 'ORG', 'DATE', 'MONEY', 'PERCENT', 'QUANTITY', 'EVENT'];
  await expect.poll(async () => (await labels()).map((l) => l.name)).toEqual(order);

  // The existing annotation now carries the new name.
  const annotations = await copydesk.api<StoredAnnotation[]>('annotations:list', { documentId: id });
  expect(annotations.map((a) => [a.id, a.label, a.quote])).toEqual([[place.id, 'LOCATION', 'Heilongjiang Province']]);

  // In the document: the legend follows the new order and colour, the side panel and the text the new name.
  const checkDocument = async () => {
    const legendItems = page.getByLabel('Labels and keys').locator('.rv-legend-labels > li');
    await expect(legendItems).toHaveText(order.map((name, i) => new RegExp(`^${name}${['3', '1', '2', '4', '5', '6', '7', '8'][i]}$`)));
    await expect(legendItems.first().locator('.rv-swatch')).toHaveCSS('background-color', 'rgb(18, 52, 86)');
    const side = page.getByRole('complementary', { name: 'Annotations' });
    const group = side.locator('details.rv-group', { hasText: 'Heilongjiang Province' });
    await expect(group.locator('summary')).toHaveText(/^LOCATION\s*1$/);
    await expect(group.locator('.rv-swatch')).toHaveCSS('background-color', 'rgb(18, 52, 86)');
    await expect(side).not.toContainText('PLACE');
    // Selecting it: the panel's chip names LOCATION.
    await side.getByRole('button', { name: 'Heilongjiang Province' }).click();
    const panel = side.getByRole('region', { name: 'Selected entity' });
    await expect(panel.locator('.rv-chip')).toHaveText('LOCATION');
    // The text paints it under the new name, in the new colour.
    await expect.poll(async () => (await paintedHighlights(page))['cd-entity-LOCATION'] ?? []).toEqual(['Heilongjiang Province']);
    expect((await paintedHighlights(page))['cd-entity-PLACE'] ?? []).toEqual([]);
    expect((await adoptedRules(page)).some((r) => r.includes('cd-entity-LOCATION') && r.includes('rgba(18, 52, 86'))).toBe(true);
  };
  await page.goto(`${copydesk.origin}/#/doc/${id}`);
  await page.locator('.ProseMirror').waitFor();
  await checkDocument();

  // Reload: the document looks the same, and so do the settings.
  await page.reload();
  await page.locator('.ProseMirror').waitFor();
  await checkDocument();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(settings.getByLabel('Reviewer name')).toHaveValue('Ana Editor');
  const rows = settings.locator('tbody tr.label-row');
  await expect(rows).toHaveCount(order.length);
  for (const [i, name] of order.entries()) await expect(rows.nth(i).locator('input.label-name')).toHaveValue(name);
  await expect(settings.getByLabel('Colour of LOCATION')).toHaveValue('#123456');
  await expect(settings.getByLabel('Hotkey of LOCATION')).toHaveValue('3');
  await expect(settings.getByLabel('Name of label PLACE')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the add-label form refuses a reserved hotkey before sending anything', async ({ page, copydesk }) => {
  await page.goto(`${copydesk.url}#/settings`);
  const form = page.getByRole('form', { name: 'Add a label' });
  await form.getByLabel('New label name').fill('PRODUCT');
  await form.getByLabel('New label hotkey').fill('C');
  await expect(form.getByRole('alert')).toHaveText('C is the key for marking claims; choose another key.');
  await form.getByRole('button', { name: 'Add label' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  expect((await copydesk.api<StoredLabel[]>('labels:list')).map((l) => l.name)).not.toContain('PRODUCT');
  // A free key is accepted.
  await form.getByLabel('New label hotkey').fill('9');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: 'Add label' }).click();
  await expect(page.getByLabel('Name of label PRODUCT')).toBeVisible();
  expect((await copydesk.api<StoredLabel[]>('labels:list')).find((l) => l.name === 'PRODUCT')?.hotkey).toBe('9');
});
