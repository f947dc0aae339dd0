/**
 * Attribution: with no reviewer name set, the first attributable action asks for one (saved in
 * Settings) instead of crediting the work to "editor"; "Not now" carries on and is not asked again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetNameQuestionForTests } from '../../../src/renderer/review/editGuard';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, mountWorkspace, press, select, typeInto, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Liaoning reported a regional GDP of 2.7 trillion yuan.';

let core: FakeCore;
beforeEach(() => {
  localStorage.clear();
  resetNameQuestionForTests();
  core = new FakeCore(TEXT).install();
  core.reviewerName = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dialog = () => document.querySelector<HTMLElement>('[aria-modal="true"]');

describe('the reviewer name on first use', () => {
  it('is asked before the first tag, saved in Settings, and the tag is then made', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 8);
    await press('3');
    await waitFor(() => expect(dialog()!.textContent).toContain('Who is reviewing?'));
    expect(core.callsOf('annotations:create')).toHaveLength(0);

    await click(button(dialog()!, 'Save name')); // empty: one sentence, stays open
    expect(dialog()!.querySelector('[role="alert"]')!.textContent).toBe('Type your name, or choose “Not now”.');
    await typeInto(dialog()!.querySelector('input')!, '  Li Wei ');
    await click(button(dialog()!, 'Save name'));
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    expect(core.callsOf('settings:set')).toEqual([{ reviewerName: 'Li Wei' }]);
    expect(dialog()).toBeNull();

    // Not asked again.
    await select(spy as EditorSpy, 9, 17);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(2));
    expect(dialog()).toBeNull();
  });

  it('“Not now” carries on without a name and does not ask again', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 8);
    await press('3');
    await waitFor(() => expect(dialog()).not.toBeNull());
    await click(button(dialog()!, 'Not now'));
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    expect(core.callsOf('settings:set')).toHaveLength(0);
    await select(spy as EditorSpy, 9, 17);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(2));
    expect(dialog()).toBeNull();
  });

  it('is not asked when a name is set', async () => {
    core.reviewerName = 'Ana';
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 8);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    expect(dialog()).toBeNull();
  });
});
