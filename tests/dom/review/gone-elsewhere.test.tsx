/**
 * Accepting a suggestion someone else rejected meanwhile (two people on one document on a team
 * server; another window): the core no longer has it. The workspace says so in words and takes it off
 * the text and the panel. It showed "No annotation with id 428f6f58-…. It may have been deleted." and
 * kept the suggestion on screen, where every key on it failed the same way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, press, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Harbin Electric grew 5.8% last year, the ministry said.\nJilin reported a GDP of 2.7 trillion yuan.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const pending = (reasons: string[]) => ({ pending: true, reasons, score: 0.8 });

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('a suggestion gone elsewhere', () => {
  it('says it no longer exists and takes it off the screen when accepted', async () => {
    const gone = core.seed({ kind: 'entity', label: 'ORG', origin: 'suggested', attrs: pending(['organisation suffix']), ...at('Harbin Electric') });
    core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer: province']), ...at('Jilin') });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: gone.id });
    await waitFor(() => expect(sidePanel().textContent).toContain('Suggestions 2'));
    core.annotations.delete(gone.id); // rejected by someone else
    await press('Enter');
    const toasts = () => document.querySelector('.toasts')!.textContent ?? '';
    await waitFor(() => expect(toasts()).toContain('That annotation no longer exists'));
    expect(toasts()).not.toContain(gone.id);
    await waitFor(() => expect(spy.editor.getAnnotation(gone.id)).toBeFalsy());
    expect(sidePanel().textContent).toContain('Suggestions 1');
  });
});
