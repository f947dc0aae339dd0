/**
 * Saving when it matters: text corrections flushed when the page hides or the document closes, a
 * failed save kept visible with Retry and guarded on unload; offsets sent with the revision they
 * belong to (a conflict offers Reload); undo of a delete showing what the core stored; assignees.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { ApiError } from '../../../src/shared/result';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, select, typeInto, typeText, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Harbni Electric signed deals in Harbin.\nThe fair drew 224 projects.';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Fixes "Harbni" → "Harbin" in the editor, as typing does (the report waits on the debounce). */
async function fixTypo() {
  await click(button(document.body, 'Edit text'));
  await typeText(spy as EditorSpy, 4, 6, 'in');
}

const bar = () => document.querySelector<HTMLElement>('.rv-bar')!;

describe('text corrections are not lost', () => {
  it('sends a same-length fix inside an entity, with that entity, as soon as the page is hidden', async () => {
    const org = core.seed({ kind: 'entity', label: 'ORG', start: 0, end: 15 });
    await mountWorkspace(core, spy as EditorSpy);
    await fixTypo();
    expect(core.callsOf('documents:updateText')).toEqual([]); // still debounced
    await act(async () => void window.dispatchEvent(new Event('pagehide')));
    await waitFor(() => expect(core.document.text.startsWith('Harbin Electric')).toBe(true));
    expect(core.callsOf('documents:updateText')[0].moves).toEqual([{ id: org.id, start: 0, end: 15, orphaned: false }]);
  });

  it('sends it when the tab goes to the background', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await fixTypo();
    const state = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(async () => void document.dispatchEvent(new Event('visibilitychange')));
    state.mockRestore();
    await waitFor(() => expect(core.callsOf('documents:updateText')).toHaveLength(1));
  });

  it('sends it when the document is closed (the workspace unmounts)', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await fixTypo();
    cleanup();
    await waitFor(() => expect(core.document.text.startsWith('Harbin Electric')).toBe(true));
  });

  it('keeps a failed save in the bar with Retry, asks before unloading, and Retry saves it', async () => {
    core.overrides['documents:updateText'] = () => {
      throw new ApiError('database', 'The library is read-only.');
    };
    await mountWorkspace(core, spy as EditorSpy);
    await fixTypo();
    await click(button(document.body, 'Done editing')); // leaving edit mode flushes
    await waitFor(() => expect(bar().textContent).toContain('Correction not saved'));
    expect(document.querySelector('.toasts')!.textContent).toContain('The library is read-only.');

    const unload = new Event('beforeunload', { cancelable: true });
    await act(async () => void window.dispatchEvent(unload));
    expect(unload.defaultPrevented).toBe(true);

    delete core.overrides['documents:updateText'];
    await click(button(bar(), 'Retry'));
    await waitFor(() => expect(core.document.text.startsWith('Harbin Electric')).toBe(true));
    await waitFor(() => expect(bar().textContent).not.toContain('Correction not saved'));
    const calm = new Event('beforeunload', { cancelable: true });
    await act(async () => void window.dispatchEvent(calm));
    expect(calm.defaultPrevented).toBe(false);
  });
});

describe('offsets carry their revision', () => {
  it('sends the revision with a new annotation, and the new one after a text save', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 32, 38);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    expect(core.callsOf('annotations:create')[0].baseRevision).toBe(0);

    await fixTypo();
    await click(button(document.body, 'Done editing'));
    await waitFor(() => expect(core.document.revision).toBe(1));
    await select(spy as EditorSpy, 0, 6);
    await press('2');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(2));
    expect(core.callsOf('annotations:create')[1].baseRevision).toBe(1);
  });

  it('explains a conflict and offers Reload, which shows the current text', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    core.document = { ...core.document, revision: 3, text: TEXT + '\nAdded elsewhere.' };
    await select(spy as EditorSpy, 32, 38);
    await press('3');
    const banner = await waitFor(() => document.querySelector<HTMLElement>('.rv-conflict')!);
    expect(banner.textContent).toContain('was changed elsewhere');
    expect(core.ofKind('entity')).toHaveLength(0);
    await click(button(banner, 'Reload'));
    await waitFor(() => expect(spy.editor.getText()).toBe(TEXT + '\nAdded elsewhere.'));
    expect(document.querySelector('.rv-conflict')).toBeNull();
  });
});

describe('undo of a delete', () => {
  it('shows the annotation as the core restored it, not as it was captured', async () => {
    const place = core.seed({ kind: 'entity', label: 'PLACE', start: 32, end: 38 });
    await mountWorkspace(core, spy as EditorSpy);
    await press('j');
    await waitFor(() => expect(inspector()).not.toBeNull());
    await press('Delete');
    await waitFor(() => expect(core.annotations.size).toBe(0));
    // Meanwhile the core re-anchored it (as after a text change elsewhere): it comes back elsewhere.
    const restore = core.handlers['annotations:restore']!;
    core.overrides['annotations:restore'] = (input: any) => {
      const answer: any = restore(input);
      const moved = { ...answer.annotations[0], start: 0, end: 6, quote: 'Harbni' };
      core.annotations.set(moved.id, moved);
      return { ...answer, annotations: [moved] };
    };
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(spy.editor.getAnnotation(place.id)).toMatchObject({ start: 0, end: 6 }));
    expect(core.callsOf('annotations:restore')[0].baseRevision).toBe(0);
  });
});

describe('claim assignee', () => {
  it('shows who a claim is assigned to, saves a typed name, and "Assign to me" uses the reviewer name', async () => {
    core.reviewerName = 'Mei Lin';
    core.seed({ kind: 'claim', start: 40, end: TEXT.length }, { assignee: 'Ana' });
    await mountWorkspace(core, spy as EditorSpy);
    await press('j');
    const panel = await waitFor(() => inspector()!);
    const field = () => Array.from(panel.querySelectorAll<HTMLInputElement>('input')).find((i) => i.labels?.[0]?.textContent === 'Assigned to')!;
    expect(field().value).toBe('Ana');

    await typeInto(field(), 'Bo');
    await act(async () => field().dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await waitFor(() => expect([...core.claims.values()][0].assignee).toBe('Bo'));

    await click(button(panel, 'Assign to me'));
    await waitFor(() => expect([...core.claims.values()][0].assignee).toBe('Mei Lin'));
    expect(field().value).toBe('Mei Lin');
    expect(core.callsOf('claims:update').at(-1)).toMatchObject({ assignee: 'Mei Lin' });
  });

  it('asks for a reviewer name first when none is set', async () => {
    core.reviewerName = '';
    core.seed({ kind: 'claim', start: 40, end: TEXT.length });
    await mountWorkspace(core, spy as EditorSpy);
    await press('j');
    const panel = await waitFor(() => inspector()!);
    await click(button(panel, 'Assign to me'));
    await waitFor(() => expect(document.querySelector('.toasts')!.textContent).toContain('Set your name in Settings first'));
    expect(core.callsOf('claims:update')).toEqual([]);
  });
});
