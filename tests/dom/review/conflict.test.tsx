/**
 * A change someone else saved first: the stale save is refused with who changed what, the typed
 * words stay in the field, and Reload shows the other change while bringing the words back unsaved.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, settle, typeInto, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Liaoning reported a regional GDP of 2.7 trillion yuan. Harbin grew by 5.8%.';

let core: FakeCore;
let claimId: string;
beforeEach(() => {
  localStorage.clear();
  core = new FakeCore(TEXT).install();
  claimId = core.seed({ kind: 'claim', start: 0, end: TEXT.indexOf('.') }).id;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openClaim(): Promise<HTMLElement> {
  await press('j');
  return waitFor(() => {
    const panel = inspector();
    if (!panel?.textContent!.includes('Claim')) throw new Error('not the claim');
    return panel;
  });
}

const verdictField = () => inspector()!.querySelector<HTMLTextAreaElement>('textarea')!;
const leave = (field: HTMLElement) => act(async () => void field.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));

/** Another user saves a verdict after this workspace loaded the claim. */
function meiSavesAVerdict() {
  const claim = core.claims.get(claimId)!;
  core.claims.set(claimId, { ...claim, verdict: 'Bureau figures agree.', updatedAt: '2025-03-12T14:02:00.000Z' });
}

describe('a claim changed by someone else meanwhile', () => {
  it('refuses the stale save with who changed it, keeps the typed words, and Reload brings them back unsaved', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await openClaim();
    meiSavesAVerdict();
    await typeInto(verdictField(), 'Too high by half.');
    await leave(verdictField());

    const banner = await waitFor(() => document.querySelector<HTMLElement>('.rv-conflict')!);
    expect(banner.textContent).toContain("Mei Chen changed this claim at 14:02; your change was not saved — reload to see it.");
    expect(banner.textContent).toContain('What you typed is kept');
    expect(banner.textContent).not.toContain('positions'); // not the stale-text explanation
    expect(verdictField().value).toBe('Too high by half.');
    expect(core.claims.get(claimId)!.verdict).toBe('Bureau figures agree.');

    await click(button(banner, 'Reload'));
    await waitFor(() => expect(document.querySelector('.rv-conflict')).toBeNull());
    await settle(50);
    // The field leaving the old desk did not save over the reloaded verdict.
    expect(core.callsOf('claims:update')).toHaveLength(1);
    expect(core.claims.get(claimId)!.verdict).toBe('Bureau figures agree.');

    await openClaim();
    expect(verdictField().value).toBe('Too high by half.');
    expect(inspector()!.textContent).toContain('Unsaved words from last time were put back');
    // Saved now, on the version the reload fetched.
    await leave(verdictField());
    await waitFor(() => expect(core.claims.get(claimId)!.verdict).toBe('Too high by half.'));
    expect(core.callsOf('claims:update').at(-1)).toMatchObject({ baseVersion: '2025-03-12T14:02:00.000Z' });
  });

  it('sends the version it holds, so a save on the current claim goes through', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await openClaim();
    const version = core.claims.get(claimId)!.updatedAt;
    await typeInto(verdictField(), 'Matches the bulletin.');
    await leave(verdictField());
    await waitFor(() => expect(core.claims.get(claimId)!.verdict).toBe('Matches the bulletin.'));
    expect(core.callsOf('claims:update')[0]).toMatchObject({ baseVersion: version });
    expect(document.querySelector('.rv-conflict')).toBeNull();
  });
});
