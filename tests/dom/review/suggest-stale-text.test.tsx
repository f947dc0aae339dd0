/**
 * Suggest (G) in a window whose text is out of date (the document is open in two tabs and the other
 * one corrected the text): the core suggests for the current text, which this window cannot show. It
 * says so and offers Reload. It used to answer "No new suggestions for this document." and kept
 * showing suggestions the run had withdrawn.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, press, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Harbin Electric grew 5.8% last year, the ministry said.\nJilin reported a GDP of 2.7 trillion yuan.';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('Suggest with the text changed in another window', () => {
  it('says the text changed and offers Reload instead of "No new suggestions"', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    // The other tab cut the second sentence.
    const text = TEXT.slice(0, TEXT.indexOf('\n'));
    core.document = { ...core.document, text, revision: core.document.revision + 1, length: text.length };
    await press('g');
    const banner = await waitFor(() => {
      const shown = document.querySelector<HTMLElement>('.rv-conflict');
      expect(shown).toBeTruthy();
      return shown!;
    });
    expect(banner.textContent).toContain('The text of this document changed since you opened it');
    expect(banner.querySelector('button')!.textContent).toBe('Reload');
    expect(document.querySelector('.toasts')!.textContent).not.toContain('No new suggestions');
  });
});
