/** Document-level work: review status, export, original text, text correction, candidates, orphans, views. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Shenyang hosted the fair.\nGDP grew 5.8% in 2023.\nRead more: Harbin ice festival opens';
const IMPORTED = 'Shenyang hosted teh fair.\nGDP grew 5.8% in 2023.\nRead more: Harbin ice festival opens';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT, IMPORTED).install();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');

describe('review status', () => {
  it('marking reviewed with open claims lists the warnings and asks before saving anything', async () => {
    core.document.status = 'in_review';
    core.seed({ kind: 'claim', start: 26, end: 48 });
    const onChanged = vi.fn();
    await mountWorkspace(core, spy as EditorSpy, { onChanged });
    await click(button(document.body, 'Mark reviewed'));
    const ask = await waitFor(() => dialog()!);
    expect(ask.textContent).toContain('Mark as reviewed anyway?');
    expect(ask.textContent).toContain('1 claim still unverified: “GDP grew 5.8% in 2023.”');
    // Only asked so far: nothing was written.
    expect(core.callsOf('documents:reviewWarnings')).toEqual([{ id: 'doc-1' }]);
    expect(core.callsOf('documents:setStatus')).toEqual([]);

    await click(button(ask, 'Cancel'));
    expect(dialog()).toBeNull();
    expect(core.document.status).toBe('in_review');
    expect(core.callsOf('documents:setStatus')).toEqual([]);
    expect(document.querySelector('.rv-doc-status')!.textContent).toBe('In review');

    await click(button(document.body, 'Mark reviewed'));
    await click(button(dialog()!, 'Mark reviewed'));
    await waitFor(() => expect(document.querySelector('.rv-doc-status')!.textContent).toBe('Reviewed'));
    expect(core.document.status).toBe('reviewed');
    expect(core.callsOf('documents:setStatus')).toEqual([{ id: 'doc-1', status: 'reviewed' }]);
    expect(onChanged).toHaveBeenCalled();

    await click(button(document.body, 'Reopen'));
    await waitFor(() => expect(core.document.status).toBe('in_review'));
  });

  it('marks reviewed straight away when nothing is open', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(document.body, 'Mark reviewed'));
    await waitFor(() => expect(document.querySelector('.rv-doc-status')!.textContent).toBe('Reviewed'));
    expect(dialog()).toBeNull();
  });
});

describe('export and original text', () => {
  it('exports a format from the menu and downloads every returned file, one after another', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:test')) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(document.body, /Export/));
    const menu = document.querySelector('[role="menu"][aria-label="Export formats"]')!;
    expect(menu.querySelectorAll('[role="menuitem"]')).toHaveLength(8);
    await click(button(menu, /brat standoff/));
    await waitFor(() => expect(clicks).toEqual(['northeast.txt', 'northeast.ann']));
    expect(core.callsOf('export:document')[0]).toEqual({ id: 'doc-1', format: 'brat' });
    expect(await created[0].text()).toBe('exported as brat');
    expect(await created[1].text()).toContain('T1');
    await waitFor(() => expect(document.querySelector('.toasts')!.textContent).toContain('Exported brat standoff: 2 files downloaded.'));
  });

  it('shows the originally imported text read-only', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(document.body, 'Show original'));
    expect(dialog()!.querySelector('.rv-original-text')!.textContent).toBe(IMPORTED);
    expect(dialog()!.querySelector('textarea, input, [contenteditable]')).toBeNull();
  });
});

describe('correcting the text', () => {
  it('saves an edit with the revision it started from, and lists annotations whose text was deleted', async () => {
    const place = core.seed({ kind: 'entity', label: 'PLACE', start: 0, end: 8 });
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(document.body, 'Edit text'));
    expect(spy.editor.isEditable()).toBe(true);
    await act(async () =>
      spy.options.onTextEdit({ text: TEXT.replace('Shenyang', ''), moves: [{ id: place.id, start: 0, end: 0, orphaned: true }] }),
    );
    await waitFor(() => expect(core.document.revision).toBe(1));
    expect(core.callsOf('documents:updateText')[0]).toMatchObject({ id: 'doc-1', baseRevision: 0 });
    const tab = await waitFor(() => button(sidePanel(), /Orphaned/));
    await click(tab);
    expect(sidePanel().querySelector('[role="tabpanel"]')!.textContent).toContain('Shenyang');

    await click(button(document.body, 'Done editing'));
    expect(spy.editor.isEditable()).toBe(false);
  });

  it('explains a conflict and reloads the document', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(document.body, 'Edit text'));
    core.document = { ...core.document, revision: 5, text: TEXT + '\nAdded elsewhere.' };
    await act(async () => spy.options.onTextEdit({ text: 'Shenyang hosted the fair!', moves: [] }));
    await waitFor(() => expect(document.querySelector('.toasts')!.textContent).toContain('was changed elsewhere'));
    await waitFor(() => expect(spy.editor.getText()).toBe(TEXT + '\nAdded elsewhere.'));
    expect(core.callsOf('documents:bundle')).toHaveLength(2);
  });
});

describe('teaser candidates and views', () => {
  it('confirms and rejects candidates suggested at import', async () => {
    const first = core.seed({ kind: 'teaser', start: 49, end: TEXT.length, origin: 'suggested', attrs: { reason: 'related_teaser', candidate: true } });
    const second = core.seed({ kind: 'teaser', start: 0, end: 25, origin: 'suggested', attrs: { reason: 'boilerplate', candidate: true } });
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(sidePanel(), /^Teasers/));
    const rows = sidePanel().querySelectorAll('.rv-candidate-row');
    expect(rows).toHaveLength(2);
    await click(button(rows[1], 'Accept'));
    await waitFor(() => expect(core.annotations.get(first.id)!.attrs).toEqual({ reason: 'related_teaser' }));
    await click(button(sidePanel().querySelector('.rv-candidate-row')!, 'Reject'));
    await waitFor(() => expect(core.annotations.has(second.id)).toBe(false));
    expect(sidePanel().textContent).toContain('Related-article teaser');
  });

  it('V toggles the clean view and ? opens the shortcuts sheet', async () => {
    const setClean = vi.fn();
    await mountWorkspace(core, spy as EditorSpy);
    const original = spy.editor.setCleanView.bind(spy.editor);
    spy.editor.setCleanView = (on: boolean) => (setClean(on), original(on));
    await press('v');
    expect(setClean).toHaveBeenLastCalledWith(true);
    expect(button(document.body, 'Clean view').getAttribute('aria-pressed')).toBe('true');
    await press('?');
    expect(dialog()!.textContent).toContain('Keyboard shortcuts');
    expect(dialog()!.textContent).toContain('PERSON');
    // Keys typed while the sheet is open do not annotate.
    await press('1');
    expect(core.callsOf('annotations:create')).toHaveLength(0);
    expect(inspector()).toBeNull();
  });
});
