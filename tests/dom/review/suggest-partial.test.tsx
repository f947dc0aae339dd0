/**
 * When one suggester fails (or runs out of time) the others' suggestions are still made, and the
 * editor is told which kind is missing — after Suggest (G) alongside what was found, and after the
 * background run that follows an import, in the Suggestions tab. Both used to be silent: G said only
 * "159 new suggestions…", and the background run's sentence reached nobody.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, press, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Harbin Electric grew 5.8% last year, the ministry said.\nJilin reported a GDP of 2.7 trillion yuan.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const MISSING = 'Claim suggestions could not be made for this document. The others were made.';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('a suggester that fails', () => {
  it('G tells what was found and which kind is missing', async () => {
    const answer = core.handlers['suggestions:run']!;
    core.overrides['suggestions:run'] = async (input) => {
      const result = (await answer(input)) as { documents: Array<{ message?: string }> };
      result.documents[0].message = MISSING;
      return result;
    };
    await mountWorkspace(core, spy as EditorSpy);
    core.nextSuggestions = [{ id: 'sugg-1', kind: 'entity', label: 'PLACE', attrs: { pending: true, reasons: ['gazetteer'], score: 0.8 }, ...at('Jilin') }];
    await press('g');
    await waitFor(() => expect(document.querySelector('.toasts')!.textContent).toContain('1 new suggestion'));
    expect(document.querySelector('.toasts')!.textContent).toContain(MISSING);
  });

  it('the Suggestions tab says what the background run after the import could not make', async () => {
    let polls = 0;
    core.overrides['suggestions:status'] = () => (++polls === 1 ? { running: true, step: 'claims (2 of 3)' } : { running: false, pending: 0, message: MISSING });
    await mountWorkspace(core, spy as EditorSpy);
    await act(async () => sidePanel().querySelector<HTMLElement>('[data-tab="suggestions"]')!.click());
    await waitFor(() => expect(sidePanel().textContent).toContain(MISSING), 3000);
  });
});
