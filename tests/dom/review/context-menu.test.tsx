/**
 * The context menu on the text (issue 11, item 14): opened by a right-click (the editor reports it)
 * or Shift+F10, drawn by the page, driven by arrows, Enter and Esc; for a selection it tags, flags,
 * marks and copies; for an annotation it relabels, sets a claim's status, opens and deletes.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, select, settle, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = ['Harbin Bearing completed its restructuring.', 'The fair in Harbin drew buyers from 30 countries.'].join('\n');
const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length };
};
const menu = () => document.querySelector<HTMLElement>('[role="menu"].rv-context-menu');
const focused = () => document.activeElement as HTMLElement;
/** A key pressed where the focus is (inside the menu). */
const key = (name: string, init: KeyboardEventInit = {}) => press(name, init, focused());
const rightClick = (ids: string[], inSelection: boolean) =>
  act(async () => spy.options.onContextMenu(ids, { left: 100, top: 100, bottom: 100 }, inSelection));

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('context menu on a selection', () => {
  it('a right-click in the selection offers label ▸, teaser, claim and copy; arrows and Enter tag it', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, at('Harbin drew').start, at('Harbin drew').start + 6);
    await rightClick([], true);
    const items = () => Array.from(menu()!.querySelectorAll(':scope > .rv-menu-list > .rv-menu-row > [role="menuitem"]')).map((i) => i.textContent);
    expect(items()).toEqual(['Tag as▸', 'Tag all occurrences as▸', 'Flag as teaserT', 'Mark as claimC', 'CopyCtrl+C']);
    expect(focused().textContent).toBe('Tag as▸');

    await key('ArrowDown');
    expect(focused().textContent).toBe('Tag all occurrences as▸');
    await key('ArrowUp');
    await key('1'); // a label key inside the menu is the menu's, not a tag
    expect(core.callsOf('annotations:create')).toHaveLength(0);
    await key('Enter'); // opens the submenu, focus on its first label
    expect(focused().textContent).toContain('PERSON');
    await key('ArrowDown');
    await key('ArrowDown');
    expect(focused().textContent).toContain('PLACE');
    await key('Enter');
    await waitFor(() => expect(core.ofKind('entity')).toEqual([expect.objectContaining({ label: 'PLACE', quote: 'Harbin' })]));
    expect(menu()).toBeNull();
  });

  it('Shift+F10 opens it for the selection, ← leaves a submenu and Esc closes it without doing anything', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, at('30 countries').start, at('30 countries').end);
    // happy-dom has no layout to measure the selection: give the report a place, as a browser does.
    await act(async () => spy.options.onSelectionChange({ ...spy.editor.getSelectionInfo(), rect: { left: 50, top: 50, bottom: 60 } }));
    await press('F10', { shiftKey: true });
    await waitFor(() => expect(menu()).not.toBeNull());
    await key('Enter');
    expect(menu()!.querySelector('.rv-submenu')).not.toBeNull();
    await key('ArrowLeft');
    expect(menu()!.querySelector('.rv-submenu')).toBeNull();
    expect(focused().textContent).toBe('Tag as▸');
    await key('End');
    expect(focused().textContent).toBe('CopyCtrl+C');
    await key('Escape');
    expect(menu()).toBeNull();
    // Only the reads that opening the workspace makes; Esc must not have written anything.
    const reads = new Set(['documents:bundle', 'labels:list', 'suggestions:status', 'doubleReview:get', 'library:version']);
    expect(core.calls.filter((c) => !reads.has(c.name))).toEqual([]);
  });
});

describe('context menu on an annotation', () => {
  it('relabels an entity and sets a claim’s status', async () => {
    const org = core.seed({ kind: 'entity', label: 'ORG', ...at('Harbin Bearing') });
    const claim = core.seed({ kind: 'claim', ...at('The fair in Harbin drew buyers from 30 countries.') });
    await mountWorkspace(core, spy as EditorSpy);

    await rightClick([org.id], false);
    expect(inspector()!.textContent).toContain('Harbin Bearing'); // the panel shows what the menu is about
    await key('ArrowDown'); // Relabel
    expect(focused().textContent).toBe('Relabel▸');
    await key('ArrowRight');
    await key('ArrowDown'); // PERSON → ORG (disabled, skipped) → PLACE
    expect(focused().textContent).toContain('PLACE');
    await key('Enter');
    await waitFor(() => expect(core.annotations.get(org.id)!.label).toBe('PLACE'));

    await rightClick([claim.id], false);
    await key('ArrowDown');
    expect(focused().textContent).toBe('Set status▸');
    await key('Enter');
    await key('ArrowDown');
    await key('ArrowDown');
    expect(focused().textContent).toContain('False');
    await key(' ');
    await waitFor(() => expect(core.claims.get(claim.id)!.status).toBe('false'));
    await settle();
  });
});
