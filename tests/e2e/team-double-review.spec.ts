/**
 * Issue 12, double review on a team server: the chief editor sets a document to double review by two
 * editors; each, signed in in their own browser, annotates and sees only their own layer, and neither
 * is offered the chief's controls; the chief adjudicates with one key per difference, both layers
 * side by side, and finishes; the merged export holds the result and the history names the people.
 */
import { expect, test, type Page } from '@playwright/test';
import { WIRE_TXT } from './files/documents';
import { selectText, type StoredAnnotation } from './helpers';
import { acceptInvite, CHIEF, inviteByApi, patient, signIn, teamApi, teamServerForFile } from './team-server';

let url = '';
teamServerForFile((server) => (url = server.url));

/** Opens the document in the review workspace. */
async function open(page: Page, id: string): Promise<void> {
  await page.goto(`${url}/#/doc/${id}`);
  await patient(page.locator('.ProseMirror')).toBeVisible();
}

/** The side panel's list of entities (the inspector above it quotes examples of its own). */
const entities = (page: Page) => page.getByRole('complementary', { name: 'Annotations' }).getByRole('tabpanel', { name: /^Entities/ });

/** Tags `quote` with the label of hotkey `key` and waits for the side panel to list it. */
async function tag(page: Page, quote: string, key: string): Promise<void> {
  await selectText(page, quote);
  await page.keyboard.press(key);
  await patient(entities(page).getByRole('button', { name: quote })).toBeVisible();
}

test('double review on a team server: two editors annotate privately, the chief adjudicates, the export holds the merge', async ({ browser }) => {
  test.setTimeout(300_000); // three browsers and a PostgreSQL cluster on a shared 2-core machine
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [chief, ana, ben] = await Promise.all(contexts.map((c) => c.newPage()));
  const errors: string[] = [];
  for (const page of [chief, ana, ben]) page.on('pageerror', (error) => errors.push(error.message));

  await signIn(chief, url, CHIEF.login, CHIEF.password, 'Ada Chief · Chief editor');
  await teamApi(chief.request, url, 'suggestions:setSettings', { claimSetting: 'precise', suggestOnImport: false });
  const anaLink = await inviteByApi(chief.request, url, { login: 'ana', displayName: 'Ana Ortiz', role: 'editor' });
  const benLink = await inviteByApi(chief.request, url, { login: 'ben', displayName: 'Ben Okafor', role: 'editor' });
  const imported = await teamApi<{ document: { id: string } }>(chief.request, url, 'documents:import', {
    name: 'northeast-growth.txt',
    data: Buffer.from(WIRE_TXT).toString('base64'),
  });
  const id = imported.document.id;

  // An editor is not offered double review: only a chief editor may start it.
  await acceptInvite(ana, anaLink, 'ana-e2e-password', 'Ana Ortiz · Editor');
  await open(ana, id);
  const anaBar = ana.getByRole('region', { name: 'Double review' });
  await expect(ana.getByRole('button', { name: 'Double review…' })).toHaveCount(0);

  // The chief sets it to double review by the two editors.
  await open(chief, id);
  const chiefBar = chief.getByRole('region', { name: 'Double review' });
  await chief.locator('.rv-bar').getByRole('button', { name: 'Double review…' }).click(); // offered in the document bar
  await chiefBar.getByLabel('Reviewer A').fill('Ana Ortiz');
  await chiefBar.getByLabel('Reviewer B').fill('Ben Okafor');
  await chiefBar.getByRole('button', { name: 'Start double review' }).click();
  await patient(chiefBar).toContainText('In double review by Ana Ortiz and Ben Okafor.');
  await expect(chiefBar).toContainText('you see and annotate the document’s main layer'); // the chief is neither reviewer

  // Ana's open window switches to her private layer; she tags, and is offered no Adjudicate.
  await patient(anaBar).toContainText('you annotate as Ana Ortiz');
  await expect(anaBar.getByRole('button', { name: 'Adjudicate' })).toHaveCount(0);
  await tag(ana, 'Zhang Wei', '1'); // PERSON
  await tag(ana, 'Heilongjiang Province', '3'); // PLACE

  // Ben sees none of Ana's work and tags in his own layer.
  await acceptInvite(ben, benLink, 'ben-e2e-password', 'Ben Okafor · Editor');
  await open(ben, id);
  await patient(ben.getByRole('region', { name: 'Double review' })).toContainText('you annotate as Ben Okafor');
  await expect(ben.getByRole('complementary', { name: 'Annotations' })).not.toContainText('Zhang Wei');
  await tag(ben, 'Zhang Wei', '3'); // PLACE: a different label
  await tag(ben, 'Heilongjiang Province', '3');
  await tag(ben, 'Harbin Electric Power Group', '2'); // ORG: only Ben
  await ana.reload();
  await patient(entities(ana).getByRole('button', { name: 'Zhang Wei' })).toBeVisible();
  await expect(entities(ana).getByRole('button', { name: 'Harbin Electric Power Group' })).toHaveCount(0);

  // An editor cannot adjudicate, even through the API.
  const refused = await ana.request.post(`${url}/api/doubleReview:adjudication`, { data: { documentId: id } });
  expect(refused.status()).toBe(403);

  // Nothing private reaches an export before adjudication.
  const exported = async () => {
    const [file] = await teamApi<Array<{ content: string }>>(chief.request, url, 'export:document', { id, format: 'copydesk-json' });
    return (JSON.parse(file.content).annotations as StoredAnnotation[]).map((a) => `${a.label} ${a.quote}`).sort();
  };
  expect(await exported()).toEqual([]);

  // The chief adjudicates: both layers side by side, the current difference marked in each.
  await chiefBar.getByRole('button', { name: 'Adjudicate' }).click();
  const view = chief.getByRole('main', { name: 'Adjudicate' });
  await patient(view).toContainText('2 of 2 differences left');
  await expect(view.getByLabel('Current difference')).toContainText('same range, different label');
  const sides = view.getByRole('region', { name: 'Both layers side by side' });
  await expect(sides.locator('[data-side="a"] .adjudicate-current')).toHaveText('Zhang Wei');
  await expect(sides.locator('[data-side="b"] .adjudicate-current')).toHaveText('Zhang Wei');
  await chief.keyboard.press('a'); // Ana's PERSON
  await patient(view).toContainText('1 of 2 differences left');
  await expect(view.getByLabel('Current difference')).toContainText('only B marked this');
  await expect(sides.locator('[data-side="b"] .adjudicate-current')).toHaveText('Harbin Electric Power Group');
  await chief.keyboard.press('b'); // Ben's ORG
  await patient(view).toContainText('0 of 2 differences left');
  await view.getByRole('button', { name: 'Finish' }).click();
  await patient(view.getByRole('status')).toContainText('Double review finished: 1 annotation both reviewers agreed on joined the document.');

  expect(await exported()).toEqual(['ORG Harbin Electric Power Group', 'PERSON Zhang Wei', 'PLACE Heilongjiang Province']);

  // The history names the people: the chief started, decided and finished; each editor tagged their own.
  const events = await teamApi<Array<{ action: string; actor: string }>>(chief.request, url, 'events:list', { documentId: id });
  const actors = (action: string) => [...new Set(events.filter((e) => e.action === action).map((e) => e.actor))].sort();
  expect(actors('double_review.started')).toEqual(['Ada Chief']);
  expect(actors('double_review.decided')).toEqual(['Ada Chief']);
  expect(actors('double_review.finished')).toEqual(['Ada Chief']);
  expect(actors('annotation.created')).toEqual(['Ada Chief', 'Ana Ortiz', 'Ben Okafor']);

  // Ana's open window leaves her layer for the merged main layer without a reload.
  await patient(ana.getByRole('region', { name: 'Double review' })).toHaveCount(0);
  await patient(entities(ana).getByRole('button', { name: 'Harbin Electric Power Group' })).toBeVisible();

  expect(errors).toEqual([]);
  await Promise.all(contexts.map((c) => c.close()));
});
