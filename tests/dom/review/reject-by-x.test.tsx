/**
 * X rejects the selected suggestion, as D and Backspace do (issue 8: "reject (X or Backspace)",
 * Prodigy's key): an editor coming from Prodigy presses X and expects the suggestion gone and not
 * suggested to the document again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Harbin Electric grew 5.8% last year, the ministry said.\nJilin reported a GDP of 2.7 trillion yuan.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const pending = (reasons: string[]) => ({ pending: true, reasons, score: 0.8 });

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('X rejects a suggestion', () => {
  it('rejects the selected suggestion and moves on to the next, like D', async () => {
    const first = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer: city']), ...at('Harbin Electric') });
    const second = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['known PLACE from 2 documents']), ...at('Jilin') });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: first.id });
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: city'));
    await press('x');
    await waitFor(() => expect(core.annotations.has(first.id)).toBe(false));
    await waitFor(() => expect(inspector()!.textContent).toContain('known PLACE from 2 documents'));
    expect(core.annotations.get(second.id)!.attrs.pending).toBe(true);
  });

  it('undo says it takes back a rejection (not a deletion) and brings the suggestion back, still pending', async () => {
    const only = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer: city']), ...at('Jilin') });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: only.id });
    await press('x');
    await waitFor(() => expect(core.annotations.has(only.id)).toBe(false));
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.annotations.get(only.id)?.attrs.pending).toBe(true));
    expect(document.querySelector('.toasts')!.textContent).toContain('Undone: Reject suggestion');
  });
});
