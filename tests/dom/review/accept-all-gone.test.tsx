/**
 * Shift+Enter (accept every suggestion of a kind) in a window that still shows suggestions gone
 * elsewhere (withdrawn by a Suggest run in another tab, rejected by a colleague): the ones still there
 * are accepted, the gone ones leave the screen and are counted. It stopped at the first gone one
 * (a batch of 8 at most accepted per key press) and said only that it no longer existed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, press, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const WORDS = Array.from({ length: 24 }, (_, i) => `Town${String.fromCharCode(65 + i)}`);
const TEXT = `${WORDS.join(' and ')} signed the accord.`;
const pending = { pending: true, reasons: ['gazetteer: town'], score: 0.8 };

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('accept all with some suggestions gone elsewhere', () => {
  it('accepts the rest, counts the gone ones, and one undo takes the accepted back', async () => {
    const seeded = WORDS.map((w) => core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: { ...pending }, start: TEXT.indexOf(w), end: TEXT.indexOf(w) + w.length }));
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: seeded[0].id });
    const gone = [seeded[2], seeded[11], seeded[20]];
    for (const a of gone) core.annotations.delete(a.id); // withdrawn in another tab
    await press('Enter', { shiftKey: true });
    const toasts = () => document.querySelector('.toasts')!.textContent ?? '';
    await waitFor(() => expect(toasts()).toContain('Accepted 21 suggested entities.'));
    expect(toasts()).toContain('3 were no longer there');
    expect([...core.annotations.values()].filter((a) => a.attrs.pending)).toHaveLength(0);
    for (const a of gone) expect(spy.editor.getAnnotation(a.id)).toBeFalsy();

    await press('z', { ctrlKey: true });
    await waitFor(() => expect([...core.annotations.values()].filter((a) => a.attrs.pending)).toHaveLength(21));
  });
});
