/**
 * Team mode as a desk uses it: one team server on a throw-away PostgreSQL cluster; the chief editor
 * signs in and invites an editor, who sets a password from the link in another browser; the editor
 * imports and tags, and the chief sees it without reloading, the history naming the editor; the
 * editor cannot delete (nor is offered Delete or Mark reviewed); disabling the editor sends their open window to the sign-in page at once.
 */
import { expect, test } from '@playwright/test';
import { WIRE_TXT } from './files/documents';
import { selectText } from './helpers';
import { CHIEF, patient, signIn, teamServerForFile } from './team-server';

let url = '';
teamServerForFile((server) => (url = server.url));

test('two people on one team server: invite, sign in, tag, see it without reloading, roles, disable', async ({ browser }) => {
  test.setTimeout(300_000); // two browsers and a PostgreSQL cluster on a shared 2-core machine
  const chiefContext = await browser.newContext();
  const editorContext = await browser.newContext();
  const chief = await chiefContext.newPage();
  const editor = await editorContext.newPage();
  const errors: string[] = [];
  for (const page of [chief, editor]) page.on('pageerror', (error) => errors.push(error.message));

  // The chief signs in.
  await signIn(chief, url, CHIEF.login, CHIEF.password, 'Ada Chief · Chief editor');
  const chiefLibrary = chief.getByRole('main', { name: 'Library' });
  await patient(chiefLibrary).toBeVisible();

  // The chief turns suggestions on import off (a chief's setting), so the tag below is the editor's own.
  const settings = await chief.request.post(`${url}/api/suggestions:setSettings`, { data: { claimSetting: 'precise', suggestOnImport: false } });
  expect((await settings.json()).ok).toBe(true);

  // … and invites an editor.
  await chief.getByRole('button', { name: 'Users' }).click();
  const users = chief.getByRole('dialog', { name: 'Users' });
  await users.locator('input[name="invite-login"]').fill('ed');
  await users.locator('input[name="invite-name"]').fill('Ed Editor');
  await users.locator('select[name="invite-role"]').selectOption('editor');
  await users.getByRole('button', { name: 'Invite' }).click();
  const link = await users.getByLabel('Invite link').inputValue();
  expect(link).toMatch(new RegExp(`^${url}/#/invite/[\\w-]{43}$`));
  await users.getByRole('button', { name: 'Close' }).click();

  // The editor opens the link in their own browser and chooses a password.
  await editor.goto(link);
  await patient(editor.getByText('You are invited as Ed Editor (Editor), login ed.', { exact: false })).toBeVisible();
  await editor.getByLabel('New password').fill('ed-e2e-password');
  await editor.getByLabel('The same password again').fill('ed-e2e-password');
  await editor.getByRole('button', { name: 'Set password and sign in' }).click();
  await patient(editor.getByText('Ed Editor · Editor')).toBeVisible();
  expect(editor.url()).not.toContain('/invite/');

  // The editor imports a wire story; the chief's library shows it without a reload.
  await editor.getByLabel('Choose files to import').setInputFiles([{ name: 'northeast-growth.txt', mimeType: 'text/plain', buffer: Buffer.from(WIRE_TXT) }]);
  await patient(editor.getByRole('region', { name: 'Import' })).toContainText('Import finished: 1 imported.');
  const chiefRow = chiefLibrary.getByRole('row', { name: /Northeast China posts steady growth/ });
  await patient(chiefRow).toBeVisible();
  await patient(chiefRow.locator('td.col-num').first()).toHaveText('0');

  // The editor tags a person; the chief's row counts it, still without a reload.
  await editor.getByRole('main', { name: 'Library' }).getByText('Northeast China posts steady growth').click();
  await editor.locator('.ProseMirror').waitFor();
  await selectText(editor, 'Zhang Wei');
  await editor.keyboard.press('1');
  await patient(chiefRow.locator('td.col-num').first()).toHaveText('1');

  // The history names the editor who tagged, not the server's reviewer name.
  const documentId = /#\/doc\/([^/]+)/.exec(editor.url())![1];
  const history = await chief.request.post(`${url}/api/events:list`, { data: { documentId } });
  const events = (await history.json()).value as Array<{ actor: string; action: string }>;
  expect(events.length).toBeGreaterThan(0);
  expect(new Set(events.map((e) => e.actor))).toEqual(new Set(['Ed Editor']));

  // An editor may not delete: the server refuses with a sentence.
  const refused = await editor.request.post(`${url}/api/documents:delete`, { data: { id: documentId } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe('You are signed in as an editor and cannot delete documents; ask a chief editor.');
  // … and the UI does not offer what the server would refuse: "Mark reviewed" is disabled, saying why.
  const markReviewed = editor.getByRole('button', { name: 'Mark reviewed' });
  await expect(markReviewed).toBeDisabled();
  await expect(markReviewed).toHaveAttribute('title', 'You are signed in as an editor and cannot mark documents reviewed; ask a chief editor.');

  // The chief disables the editor: the editor's open window asks them to sign in again.
  await editor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  // The editor's library row offers Rename but no Delete.
  const editorRow = editor.getByRole('main', { name: 'Library' }).getByRole('row', { name: /Northeast China posts steady growth/ });
  await patient(editorRow).toBeVisible();
  await expect(editorRow.locator('button.row-action', { hasText: 'Rename' })).toHaveCount(1);
  await expect(editorRow.locator('button.row-action', { hasText: 'Delete' })).toHaveCount(0);
  await chief.getByRole('button', { name: 'Users' }).click();
  await chief.getByRole('dialog', { name: 'Users' }).getByRole('button', { name: 'Disable Ed Editor' }).click();
  await patient(chief.getByRole('dialog', { name: 'Users' }).getByRole('button', { name: 'Enable Ed Editor' })).toBeVisible();
  await patient(editor.getByRole('heading', { name: 'Sign in to Copydesk' })).toBeVisible();
  await patient(editor.getByText('Your session has ended; sign in again.')).toBeVisible();
  await editor.getByLabel('Login').fill('ed');
  await editor.getByLabel('Password').fill('ed-e2e-password');
  await editor.getByRole('button', { name: 'Sign in' }).click();
  await patient(editor.getByRole('alert')).toHaveText('The login or the password is wrong (or the account is disabled).');

  expect(errors).toEqual([]);
  await chiefContext.close();
  await editorContext.close();
});
