/**
 * Suggest (G) again after the core withdrew suggestions it no longer makes (the claim setting switched
 * from broad to precise): the workspace drops them from the panel and the text, and says so. It used
 * to only add, so a withdrawn suggestion stayed on screen until the document was opened again.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, press, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Harbin Electric grew 5.8% last year, the ministry said.\nJilin reported a GDP of 2.7 trillion yuan.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const pending = (reasons: string[]) => ({ pending: true, reasons, score: 0.5 });

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('suggesting again', () => {
  it('drops the suggestions the core withdrew and says how many', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    core.nextSuggestions = [
      { id: 'claim-1', kind: 'claim', label: null, attrs: pending(['contains a percentage']), ...at('Harbin Electric grew 5.8% last year, the ministry said.') },
      { id: 'claim-2', kind: 'claim', label: null, attrs: pending(['contains a money amount']), ...at('Jilin reported a GDP of 2.7 trillion yuan.') },
    ];
    await press('g');
    await act(async () => sidePanel().querySelector<HTMLElement>('[data-tab="suggestions"]')!.click());
    await waitFor(() => expect(sidePanel().textContent).toContain('2 suggestions: 2 claims'));

    // The next run no longer proposes the first claim: the core withdraws it.
    const answer = core.handlers['suggestions:run']!;
    core.overrides['suggestions:run'] = async (input) => {
      core.annotations.delete('claim-1');
      return answer(input);
    };
    await press('g');
    await waitFor(() => expect(sidePanel().textContent).toContain('1 suggestion: 1 claim'));
    expect(spy.editor.getAnnotation('claim-1')).toBeFalsy();
    expect(spy.editor.getAnnotation('claim-2')).toMatchObject({ kind: 'claim' });
    expect(document.querySelector('.toasts')!.textContent).toContain('1 suggestion no longer made was withdrawn.');
  });
});
