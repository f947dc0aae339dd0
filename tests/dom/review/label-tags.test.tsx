/** L writes the label names on the text (issue 11, item 11), and the choice is remembered for the next document. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { labelTagsShown } from '../../../src/renderer/editor/label-tags';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, press } from './harness';
import { FakeCore } from './fakeCore';

let core: FakeCore;
beforeEach(() => {
  localStorage.clear();
  core = new FakeCore('Harbin Bearing completed its restructuring.').install();
});
afterEach(cleanup);

describe('label names on the text', () => {
  it('L turns them on and off, and the next document opens as it was left', async () => {
    core.seed({ kind: 'entity', label: 'ORG', start: 0, end: 14 });
    await mountWorkspace(core, spy as EditorSpy);
    expect(labelTagsShown(spy.editor.view.state)).toBe(false);
    await press('l');
    expect(labelTagsShown(spy.editor.view.state)).toBe(true);
    expect(spy.editor.view.dom.classList.contains('cd-tagged')).toBe(true);

    cleanup();
    await mountWorkspace(core, spy as EditorSpy);
    expect(labelTagsShown(spy.editor.view.state)).toBe(true);
    await press('l');
    expect(labelTagsShown(spy.editor.view.state)).toBe(false);
    expect(spy.editor.view.dom.classList.contains('cd-tagged')).toBe(false);
  });
});
