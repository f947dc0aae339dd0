/**
 * Redo of a step whose suggestion a later Suggest run withdrew (accept, undo, switch claims from broad
 * to precise, G, Ctrl+Shift+Z): the suggestion is gone for good, so the step says so and leaves the
 * history. It used to answer "Something went wrong in this window" and stay, failing on every redo
 * and blocking the steps behind it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, press, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Harbin Electric grew 5.8% last year, the ministry said.\nJilin reported a GDP of 2.7 trillion yuan.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const pending = (reasons: string[]) => ({ pending: true, reasons, score: 0.5 });

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

const toasts = () => document.querySelector('.toasts')!.textContent ?? '';

describe('redo after a suggestion was withdrawn', () => {
  it('says the suggestion is gone and drops the step, so the next redo goes on', async () => {
    const place = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer: province']), ...at('Jilin') });
    const claim = core.seed({ kind: 'claim', origin: 'suggested', attrs: pending(['broad setting']), ...at('Harbin Electric grew 5.8% last year, the ministry said.') });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: place.id });
    await press('Enter'); // accept the place; the claim is selected next
    await waitFor(() => expect(core.annotations.get(place.id)!.attrs.pending).toBeUndefined());
    await waitFor(() => expect(spy.editor.getAnnotation(claim.id)).toBeTruthy());
    await press('Enter');
    await waitFor(() => expect(core.annotations.get(claim.id)!.attrs.pending).toBeUndefined());
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.annotations.get(claim.id)!.attrs.pending).toBe(true));
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.annotations.get(place.id)!.attrs.pending).toBe(true));

    // Suggest again no longer proposes the claim: the core withdraws it.
    const answer = core.handlers['suggestions:run']!;
    core.overrides['suggestions:run'] = async (input) => {
      core.annotations.delete(claim.id);
      return answer(input);
    };
    await press('g');
    await waitFor(() => expect(toasts()).toContain('withdrawn'));

    await press('Z', { ctrlKey: true, shiftKey: true }); // Accept PLACE again: still there
    await waitFor(() => expect(core.annotations.get(place.id)!.attrs.pending).toBeUndefined());
    await press('Z', { ctrlKey: true, shiftKey: true }); // Accept claim: withdrawn
    await waitFor(() => expect(toasts()).toContain('Not redone: Accept claim.'));
    expect(toasts()).not.toContain('Something went wrong');
    await press('Z', { ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(toasts()).toContain('Nothing to redo.'));
  });
});
