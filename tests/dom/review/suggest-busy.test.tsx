/**
 * G while suggestions are still being made (the background run after an import) says so; it used to
 * do nothing at all, and an editor pressing it again and again saw no answer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, press, waitFor } from './harness';
import { FakeCore } from './fakeCore';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore('Harbin Electric grew 5.8% last year, the ministry said.').install();
});
afterEach(cleanup);

describe('G while a run is going', () => {
  it('says suggestions are already being made and starts no second run', async () => {
    core.overrides['suggestions:status'] = () => ({ running: true, step: 'claims (2 of 3)' });
    await mountWorkspace(core, spy as EditorSpy);
    await waitFor(() => expect(document.querySelector('.rv-bar')!.textContent).toContain('Suggesting…'));
    await press('g');
    await waitFor(() => expect(document.querySelector('.toasts')!.textContent).toContain('Already looking for suggestions in this document'));
    expect(core.callsOf('suggestions:run')).toHaveLength(0);
  });
});
