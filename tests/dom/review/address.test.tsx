/**
 * The address bar follows the selected annotation without adding history entries, once the
 * selection rests (HASH_DELAY_MS). (happy-dom fires `hashchange` on replaceState, which browsers do
 * not, so that is not asserted here.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, select, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';
import { HASH_DELAY_MS } from '../../../src/renderer/review/useAnnotationHash';

const TEXT = 'Liaoning signed 224 projects in Shenyang.\nJilin grew by 5.8% last year.';

let core: FakeCore;
let place: string;
let jilin: string;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
  place = core.seed({ kind: 'entity', label: 'PLACE', start: 0, end: 8 }).id;
  jilin = core.seed({ kind: 'entity', label: 'PLACE', start: 42, end: 47 }).id;
  window.history.replaceState(null, '', `/#/doc/${core.document.id}`);
});
afterEach(cleanup);

describe('address bar', () => {
  it('names the selected annotation, and only the document once the selection is cleared', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    const entries = window.history.length;
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    try {
      await press('j');
      await waitFor(() => expect(window.location.hash).toBe(`#/doc/doc-1/a/${place}`));
      await click(button(sidePanel(), /Jilin/));
      await waitFor(() => expect(window.location.hash).toBe(`#/doc/doc-1/a/${jilin}`));
      await press('Escape');
      expect(inspector()).toBeNull();
      await waitFor(() => expect(window.location.hash).toBe('#/doc/doc-1'));

      expect(replace).toHaveBeenCalledTimes(3); // once per change, no loop
      expect(push).not.toHaveBeenCalled();
      expect(window.history.length).toBe(entries);
    } finally {
      replace.mockRestore();
      push.mockRestore();
    }
  });

  it('follows an annotation made from the selection, and clears when it is deleted', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 16, 19);
    await press('6');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(3));
    const made = core.ofKind('entity').find((a) => a.quote === '224')!;
    await waitFor(() => expect(window.location.hash).toBe(`#/doc/doc-1/a/${made.id}`));
    await press('Delete', {}, document.body);
    await waitFor(() => expect(window.location.hash).toBe('#/doc/doc-1'));
  });

  it('reopens on the annotation the address names (reload)', async () => {
    window.history.replaceState(null, '', `/#/doc/doc-1/a/${jilin}`);
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: jilin });
    expect(spy.editor.getSelectedAnnotation()).toBe(jilin);
    expect(inspector()!.querySelector('.rv-quote')!.textContent).toBe('Jilin');
    expect(window.location.hash).toBe(`#/doc/doc-1/a/${jilin}`);
  });

  it('drops an annotation the document no longer has from the address', async () => {
    window.history.replaceState(null, '', '/#/doc/doc-1/a/gone');
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: 'gone' });
    expect(spy.editor.getSelectedAnnotation()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/doc/doc-1'));
    expect(document.querySelector('.toasts')!.textContent).toContain('no longer in this document');
  });

  it('writes the address once for a run of quick moves, and on leaving the page before it rests', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    const replace = vi.spyOn(window.history, 'replaceState');
    try {
      await press('j');
      await press('j');
      expect(replace).not.toHaveBeenCalled(); // still moving: the address waits
      await waitFor(() => expect(window.location.hash).toBe(`#/doc/doc-1/a/${jilin}`));
      expect(replace).toHaveBeenCalledTimes(1);
      await press('k');
      window.dispatchEvent(new Event('pagehide')); // a reload right after the key reopens on it
      expect(window.location.hash).toBe(`#/doc/doc-1/a/${place}`);
    } finally {
      replace.mockRestore();
    }
  });

  it('leaves the address alone once it names another place', async () => {
    window.history.replaceState(null, '', '/#/claims');
    await mountWorkspace(core, spy as EditorSpy);
    await press('j');
    expect(spy.editor.getSelectedAnnotation()).toBe(place);
    await new Promise((resolve) => setTimeout(resolve, HASH_DELAY_MS + 50));
    expect(window.location.hash).toBe('#/claims');
  });
});
