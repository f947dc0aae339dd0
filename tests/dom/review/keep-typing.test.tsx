/**
 * No typed word is lost: a verdict, note or source typed in the panel is saved (or kept as a draft
 * that comes back) however the panel is left — Escape, J/K to another annotation, closing the
 * document, the page going away — and a save that failed leaves the words in place.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { ApiError } from '../../../src/shared/result';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, settle, typeInto, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Liaoning reported a regional GDP of 2.7 trillion yuan. Harbin grew by 5.8%.';

let core: FakeCore;
let claimId: string;
beforeEach(() => {
  localStorage.clear();
  core = new FakeCore(TEXT).install();
  claimId = core.seed({ kind: 'claim', start: 0, end: TEXT.indexOf('.') }).id;
  core.seed({ kind: 'entity', label: 'PLACE', start: TEXT.indexOf('Harbin'), end: TEXT.indexOf('Harbin') + 6 });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openClaim(): Promise<HTMLElement> {
  await mountWorkspace(core, spy as EditorSpy);
  await press('j');
  return waitFor(() => {
    const panel = inspector();
    if (!panel?.textContent!.includes('Claim')) throw new Error('not the claim');
    return panel;
  });
}

const verdictField = (panel: HTMLElement) => panel.querySelector<HTMLTextAreaElement>('textarea')!;

describe('a typed verdict is kept', () => {
  it('is saved by Escape, not thrown away, and the panel stays open to show it', async () => {
    const panel = await openClaim();
    const verdict = verdictField(panel);
    verdict.focus();
    await typeInto(verdict, 'Matches the provincial bulletin.');
    await press('Escape', {}, verdict);
    await waitFor(() => expect(core.claims.get(claimId)!.verdict).toBe('Matches the provincial bulletin.'));
    expect(core.callsOf('claims:update')).toHaveLength(1); // Escape then blur: one save
    expect(inspector()).not.toBeNull();
    // Ctrl+Z takes it back, as with any other change.
    await press('z', { ctrlKey: true }, document.body);
    await waitFor(() => expect(core.claims.get(claimId)!.verdict).toBe(''));
  });

  it('is saved when J moves to another annotation while the field still holds it', async () => {
    const panel = await openClaim();
    await typeInto(verdictField(panel), 'Rounded up from 2.68.');
    await press('j', {}, document.body);
    await waitFor(() => expect(inspector()!.textContent).toContain('PLACE'));
    await waitFor(() => expect(core.claims.get(claimId)!.verdict).toBe('Rounded up from 2.68.'));
  });

  it('is saved when the document is closed', async () => {
    const panel = await openClaim();
    await typeInto(verdictField(panel), 'Confirmed by the statistics bureau.');
    cleanup();
    await waitFor(() => expect(core.claims.get(claimId)!.verdict).toBe('Confirmed by the statistics bureau.'));
  });

  it('is saved when the page is hidden or closed', async () => {
    const panel = await openClaim();
    await typeInto(verdictField(panel), 'Bureau figure.');
    await act(async () => void window.dispatchEvent(new Event('pagehide')));
    await waitFor(() => expect(core.claims.get(claimId)!.verdict).toBe('Bureau figure.'));
  });

  it('is dropped without an error when the claim itself is deleted', async () => {
    const panel = await openClaim();
    await typeInto(verdictField(panel), 'Half a thought');
    await press('Delete', {}, document.body);
    await waitFor(() => expect(core.claims.has(claimId)).toBe(false));
    await settle(50);
    expect(core.callsOf('claims:update')).toHaveLength(0);
    expect(document.querySelector('.toasts')?.textContent ?? '').not.toContain('went wrong');
  });

  it('comes back as a draft when its save failed, and is saved on the next try', async () => {
    core.overrides['claims:update'] = () => {
      throw new ApiError('database', 'The library is read-only.');
    };
    let panel = await openClaim();
    await typeInto(verdictField(panel), 'Needs the 2023 bulletin.');
    cleanup(); // leaving: the save fails
    await waitFor(() => expect(core.callsOf('claims:update')).toHaveLength(1));
    delete core.overrides['claims:update'];

    panel = await openClaim();
    expect(verdictField(panel).value).toBe('Needs the 2023 bulletin.');
    expect(panel.textContent).toContain('Unsaved words from last time were put back');
    verdictField(panel).dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await waitFor(() => expect(core.claims.get(claimId)!.verdict).toBe('Needs the 2023 bulletin.'));
  });
});

describe('a typed note and source are kept', () => {
  it('saves the note when Escape is pressed in it', async () => {
    const panel = await openClaim();
    const note = panel.querySelectorAll<HTMLTextAreaElement>('textarea')[1];
    await typeInto(note, 'Ask the desk chief.');
    await press('Escape', {}, note);
    await waitFor(() => expect(core.annotations.get(claimId)!.attrs.note).toBe('Ask the desk chief.'));
  });

  it('keeps a half-typed source through Escape and shows it again when Add source is opened', async () => {
    let panel = await openClaim();
    await click(button(panel, 'Add source'));
    let form = panel.querySelector<HTMLFormElement>('form[aria-label="Add source"]')!;
    await typeInto(form.querySelector('input[type="url"]')!, 'https://stats.example.gov/liaoning');
    await typeInto(form.querySelector('textarea')!, 'GDP reached 2.7 trillion yuan');
    await press('Escape', {}, form.querySelector('textarea')!);
    expect(panel.querySelector('form[aria-label="Add source"]')).toBeNull();

    await click(button(panel, /Add source/));
    form = panel.querySelector<HTMLFormElement>('form[aria-label="Add source"]')!;
    expect(form.querySelector<HTMLInputElement>('input[type="url"]')!.value).toBe('https://stats.example.gov/liaoning');
    expect(form.querySelector('textarea')!.value).toBe('GDP reached 2.7 trillion yuan');
    await click(button(form, 'Add source'));
    await waitFor(() => expect(core.sources.size).toBe(1));

    // Saved: the draft is gone.
    panel = inspector()!;
    await click(button(panel, 'Add source'));
    expect(panel.querySelector<HTMLInputElement>('form input[type="url"]')!.value).toBe('');
  });
});
