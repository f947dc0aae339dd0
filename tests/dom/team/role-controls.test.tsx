/**
 * On a team server each view offers what the signed-in role may do (team/may.ts): an editor sees
 * no Delete and a disabled "Mark reviewed" that says why; a fact-checker cannot import, rename or
 * set document statuses; everyone but the chief editor sees the labels read-only. A key whose
 * operation is refused says why instead of sending a request.
 */
import type { ReactNode } from 'react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryView, type LibraryViewProps } from '../../../src/renderer/library/LibraryView';
import { SettingsView } from '../../../src/renderer/settings/SettingsView';
import { StatusControl } from '../../../src/renderer/review/StatusControl';
import { TeamSessionContext } from '../../../src/renderer/team/team-session';
import type { TeamMember } from '../../../src/renderer/team/team-client';
import { ToastProvider } from '../../../src/renderer/ui/Toasts';
import { doc, FakeApi } from '../app/fakeApi';
import { button, cleanup, press, render, waitFor } from '../app/render';

let api: FakeApi;
beforeEach(() => {
  api = new FakeApi().install();
  api.documents = [doc({ id: 'd1', title: 'Northeast revitalization', status: 'in_review' }), doc({ id: 'd2', title: 'Surgical masks', status: 'new' })];
  api.overrides['suggestions:settings'] = () => ({ claimSetting: 'precise', suggestOnImport: true });
  api.overrides['suggestions:consistency'] = () => [];
});
afterEach(cleanup);

function as(role: TeamMember['role'], ui: ReactNode) {
  const user: TeamMember = { id: 'u1', login: 'u', displayName: 'Mei Chen', role, isAdmin: false };
  return (
    <TeamSessionContext.Provider value={{ user, signOut: () => {} }}>
      <ToastProvider>{ui}</ToastProvider>
    </TeamSessionContext.Provider>
  );
}

const VIEWPORT: LibraryViewProps['virtual'] = {
  initialRect: { width: 1200, height: 400 },
  observeElementRect: (_instance, onRect) => onRect({ width: 1200, height: 400 }),
  measureElement: () => 40,
};
const library = () => <LibraryView refreshKey={0} virtual={VIEWPORT} onOpen={() => {}} onImport={() => {}} />;
const rows = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLTableRowElement>('tbody tr'));
const buttonNames = (root: ParentNode) => Array.from(root.querySelectorAll('button')).map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim());
const toasts = () => document.querySelector('.toasts')?.textContent ?? '';

async function selectFirstRow(container: HTMLElement) {
  await act(async () => container.querySelector<HTMLInputElement>('input[aria-label="Select “Northeast revitalization”"]')!.click());
  await waitFor(() => expect(container.textContent).toContain('1 selected'));
}

describe('the library by role', () => {
  it('offers an editor Rename and statuses but no Delete; the Delete key says why', async () => {
    const { container } = await render(as('editor', library()));
    await waitFor(() => expect(rows(container)).toHaveLength(2));
    expect(buttonNames(container)).toContain('Rename “Surgical masks”');
    expect(buttonNames(container).filter((n) => n.startsWith('Delete'))).toEqual([]);
    expect(buttonNames(container)).toContain('Import…');

    await selectFirstRow(container);
    expect(buttonNames(container).filter((n) => n.startsWith('Delete'))).toEqual([]);
    const reviewed = container.querySelector<HTMLOptionElement>('select[aria-label="Set the status of the selected documents"] option[value="reviewed"]')!;
    expect(reviewed.disabled).toBe(true);
    expect(reviewed.title).toBe('You are signed in as an editor and cannot mark documents reviewed; ask a chief editor.');

    await act(async () => rows(container)[0].focus());
    await press(rows(container)[0], 'Delete');
    await waitFor(() => expect(toasts()).toContain('You are signed in as an editor and cannot delete documents; ask a chief editor.'));
    expect(container.querySelector('[role="dialog"]')).toBeNull();
    expect(api.callsOf('documents:delete')).toEqual([]);
  });

  it('offers a fact-checker neither Import, Rename nor statuses', async () => {
    const { container } = await render(as('fact-checker', library()));
    await waitFor(() => expect(rows(container)).toHaveLength(2));
    const names = buttonNames(container);
    expect(names).not.toContain('Import…');
    expect(names.filter((n) => n.startsWith('Rename') || n.startsWith('Delete'))).toEqual([]);
    await selectFirstRow(container);
    expect(container.querySelector('select[aria-label="Set the status of the selected documents"]')).toBeNull();
  });

  it('offers the chief editor Delete, row and bulk', async () => {
    const { container } = await render(as('chief', library()));
    await waitFor(() => expect(rows(container)).toHaveLength(2));
    expect(buttonNames(container)).toContain('Delete “Surgical masks”');
    await selectFirstRow(container);
    expect(button(container, 'Delete 1…')).toBeTruthy();
    expect(container.querySelector<HTMLOptionElement>('option[value="reviewed"]')!.disabled).toBe(false);
  });
});

describe('“Mark reviewed” by role', () => {
  const control = () => <StatusControl documentId="d1" status="in_review" onStatus={() => {}} />;

  it('is disabled for an editor and a fact-checker, its title saying who may', async () => {
    for (const [role, words] of [['editor', 'an editor'], ['fact-checker', 'a fact-checker']] as const) {
      const { container } = await render(as(role, control()));
      const mark = button(container, 'Mark reviewed');
      expect(mark.disabled).toBe(true);
      expect(mark.title).toBe(`You are signed in as ${words} and cannot mark documents reviewed; ask a chief editor.`);
      cleanup();
    }
  });

  it('is offered to the chief editor', async () => {
    const { container } = await render(as('chief', control()));
    expect(button(container, 'Mark reviewed').disabled).toBe(false);
  });
});

describe('Settings by role', () => {
  it('shows an editor the labels read-only with a one-line note, and the suggestion settings locked', async () => {
    const { container } = await render(as('editor', <SettingsView />));
    await waitFor(() => expect(container.querySelectorAll('.label-table tbody tr')).toHaveLength(8));
    expect(container.querySelectorAll('.label-table input')).toHaveLength(0);
    expect(buttonNames(container).filter((n) => /label/i.test(n))).toEqual([]);
    expect(container.textContent).toContain('You are signed in as an editor and cannot change the labels; ask a chief editor.');
    await waitFor(() => expect(container.querySelector<HTMLInputElement>('input[name="claim-setting"]')).not.toBeNull());
    expect(Array.from(container.querySelectorAll<HTMLInputElement>('.suggestion-settings input')).every((i) => i.disabled)).toBe(true);
  });

  it('lets the chief editor edit the labels', async () => {
    const { container } = await render(as('chief', <SettingsView />));
    await waitFor(() => expect(container.querySelectorAll('.label-table .label-name')).toHaveLength(8));
    expect(container.querySelector<HTMLInputElement>('.suggestion-settings input')!.disabled).toBe(false);
  });
});
