/** Verifying a claim: status, verdict, checklist, sources (validated, opened outside the app), history. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, typeInto, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Liaoning reported a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%.';

let core: FakeCore;
let claimId: string;
let moneyId: string;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
  claimId = core.seed({ kind: 'claim', start: 0, end: TEXT.length - 1 }).id;
  moneyId = core.seed({ kind: 'entity', label: 'MONEY', start: TEXT.indexOf('2.7'), end: TEXT.indexOf(', a year') }).id;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openClaim() {
  await mountWorkspace(core, spy as EditorSpy);
  await press('j');
  return waitFor(() => {
    const panel = inspector()!;
    if (!panel.textContent!.includes('Claim')) throw new Error('not the claim');
    return panel;
  });
}

describe('the claim panel', () => {
  it('changes the status with one click, shows it in its colour, and undo puts it back', async () => {
    const panel = await openClaim();
    await click(button(panel, 'Verified'));
    await waitFor(() => expect(core.claims.get(claimId)!.status).toBe('verified'));
    expect(panel.querySelector('.rv-chip')!.textContent).toBe('Claim · Verified');
    expect(panel.querySelector('.rv-chip')!.className).toContain('rv-status-verified');
    expect(spy.editor.getAnnotation(claimId).status).toBe('verified');

    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.claims.get(claimId)!.status).toBe('unverified'));
    expect(spy.editor.getAnnotation(claimId).status).toBe('unverified');
  });

  it('lists the entities inside the claim as a checklist; ticking saves it', async () => {
    const panel = await openClaim();
    const checklist = panel.querySelector('[aria-label="Checklist"]')!;
    expect(checklist.textContent).toContain('2.7 trillion yuan');
    expect(checklist.textContent).toContain('source?');
    const box = checklist.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await click(box);
    await waitFor(() => expect(core.claims.get(claimId)!.checklist).toEqual({ [moneyId]: true }));
    expect(checklist.textContent).toContain('1/1');
  });

  it('adds a source only with an http(s) address, opens it outside the app, and records history', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const panel = await openClaim();
    await click(button(panel, 'Add source'));
    const form = panel.querySelector<HTMLFormElement>('form[aria-label="Add source"]')!;
    await typeInto(form.querySelector('input[type="url"]')!, 'javascript:alert(1)');
    await click(button(form, 'Add source'));
    expect(form.querySelector('[role="alert"]')!.textContent).toContain('http:// or https://');
    expect(core.callsOf('sources:add')).toHaveLength(0);

    await typeInto(form.querySelector('input[type="url"]')!, 'https://stats.example.gov/liaoning-2023');
    await typeInto(form.querySelectorAll<HTMLInputElement>('input[type="text"]')[0], 'Liaoning statistical bulletin');
    await typeInto(form.querySelector('textarea')!, 'GDP reached 2.7 trillion yuan');
    await click(button(form, 'Add source'));
    await waitFor(() => expect(core.sources.size).toBe(1));
    expect([...core.sources.values()][0]).toMatchObject({ title: 'Liaoning statistical bulletin', quote: 'GDP reached 2.7 trillion yuan' });

    const link = button(panel, 'Liaoning statistical bulletin');
    await click(link);
    expect(open).toHaveBeenCalledWith('https://stats.example.gov/liaoning-2023', '_blank', 'noopener,noreferrer');
    await waitFor(() => expect(panel.querySelector('[aria-label="Claim history"]')!.textContent).toContain('Added a source: Liaoning statistical bulletin'));

    // Removing it is undoable too.
    await click(button(panel, 'Remove'));
    await waitFor(() => expect(core.sources.size).toBe(0));
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.sources.size).toBe(1));
  });

  it('saves the verdict note when the field is left', async () => {
    const panel = await openClaim();
    const verdict = panel.querySelector<HTMLTextAreaElement>('textarea')!;
    await typeInto(verdict, 'Matches the provincial bulletin.');
    await click(button(panel, 'Verified')); // clicking elsewhere blurs in a browser; here we blur by hand
    verdict.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await waitFor(() => expect(core.claims.get(claimId)!.verdict).toBe('Matches the provincial bulletin.'));
  });
});
