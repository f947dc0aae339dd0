/**
 * The review workspace on a team server: a key whose operation the role may not call says why in
 * the toast area instead of sending a request the server refuses; the panel's controls follow too
 * (an editor sees a claim's verdict but cannot change it; a fact-checker works the claim but does
 * not tag, and is offered neither the annotation toolbar's tagging nor Delete).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// The harness first: it spies on the editor engine before the workspace imports it.
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, press, select, waitFor } from '../review/harness';
import type { TeamMember } from '../../../src/renderer/team/team-client';
import { TeamSessionContext } from '../../../src/renderer/team/team-session';
import { ReviewWorkspace } from '../../../src/renderer/review/ReviewWorkspace';
import { ToastProvider } from '../../../src/renderer/ui/Toasts';
import { render } from '../app/render';
import { FakeCore } from '../review/fakeCore';

const TEXT = 'Xi Jinping visited Shenyang in September. The region reported a GDP of 2.7 trillion yuan.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

let core: FakeCore;
let claimId: string;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
  claimId = core.seed({ kind: 'claim', start: at('The region').start, end: TEXT.length - 1 }, { verdict: 'Matches the bureau’s figure.' }).id;
});
afterEach(cleanup);

async function mountAs(role: TeamMember['role']) {
  const user: TeamMember = { id: 'u1', login: 'u', displayName: 'Mei Chen', role, isAdmin: false };
  await render(
    <TeamSessionContext.Provider value={{ user, signOut: () => {} }}>
      <ToastProvider>
        <ReviewWorkspace documentId={core.document.id} onClose={() => {}} />
      </ToastProvider>
    </TeamSessionContext.Provider>,
  );
  await waitFor(() => {
    if (!(spy as EditorSpy).editor) throw new Error('editor not mounted');
  });
}

const fieldLabels = (root: ParentNode) => Array.from(root.querySelectorAll('label')).map((l) => l.textContent?.trim());
const toasts = () => document.querySelector('.toasts')?.textContent ?? '';

async function openClaim() {
  await press('j');
  return waitFor(() => {
    const panel = inspector()!;
    if (!panel.textContent!.includes('Claim')) throw new Error('not the claim');
    return panel;
  });
}

describe('the workspace for a fact-checker', () => {
  it('says why instead of tagging or flagging, and sends nothing', async () => {
    await mountAs('fact-checker');
    await select(spy as EditorSpy, at('Xi Jinping').start, at('Xi Jinping').end);
    expect(document.querySelector('[role="toolbar"][aria-label^="Annotate"]')).toBeNull();
    await press('1');
    await waitFor(() => expect(toasts()).toContain('You are signed in as a fact-checker and cannot tag, flag or mark text; ask an editor or a chief editor.'));
    await press('t');
    await press('g');
    expect(toasts()).toContain('cannot run suggestions');
    expect(core.callsOf('annotations:create')).toEqual([]);
    expect(core.callsOf('suggestions:run')).toEqual([]);
  });

  it('works a claim to a verdict but is offered no Delete', async () => {
    await mountAs('fact-checker');
    const panel = await openClaim();
    expect(() => button(panel, /^Delete/)).toThrow();
    await click(button(panel, 'Verified'));
    await waitFor(() => expect(core.claims.get(claimId)!.status).toBe('verified'));
    expect(fieldLabels(panel)).toContain('Verdict');
    expect(fieldLabels(panel)).not.toContain('Note'); // annotations are the editors'
  });
});

describe('the workspace for an editor', () => {
  it('shows a claim’s verdict read-only, and a status digit says why', async () => {
    await mountAs('editor');
    const panel = await openClaim();
    const verified = button(panel, 'Verified');
    expect(verified.disabled).toBe(true);
    expect(verified.title).toBe('You are signed in as an editor and cannot change a claim’s verdict; ask a fact-checker or a chief editor.');
    expect(fieldLabels(panel)).not.toContain('Verdict');
    expect(fieldLabels(panel)).toContain('Note'); // annotations are the editor's to change
    expect(panel.textContent).toContain('Verdict: Matches the bureau’s figure.');
    expect(() => button(panel, 'Add source')).toThrow();

    await press('3');
    await waitFor(() => expect(toasts()).toContain('cannot change a claim’s verdict'));
    expect(core.callsOf('claims:update')).toEqual([]);
  });

  it('tags with a key as before', async () => {
    await mountAs('editor');
    await select(spy as EditorSpy, at('Xi Jinping').start, at('Xi Jinping').end);
    await press('1');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
  });
});
