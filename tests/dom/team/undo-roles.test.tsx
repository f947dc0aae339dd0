/**
 * Undo and Redo on a team server send only what the signed-in role may send. Every step names the
 * operations its undo and redo call; when the role may not call them (here: an editor's role was
 * changed to fact-checker while the document was open), the Undo button is disabled with the
 * reason, and Ctrl+Z says which step was not undone and why — and sends nothing.
 */
import { useState } from 'react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// The harness first: it spies on the editor engine before the workspace imports it.
import { button, cleanup, type EditorSpy, editorSpy as spy, press, select, waitFor } from '../review/harness';
import { ReviewWorkspace } from '../../../src/renderer/review/ReviewWorkspace';
import type { TeamMember } from '../../../src/renderer/team/team-client';
import { TeamSessionContext } from '../../../src/renderer/team/team-session';
import { ToastProvider } from '../../../src/renderer/ui/Toasts';
import { render } from '../app/render';
import { FakeCore } from '../review/fakeCore';

const TEXT = 'Xi Jinping visited Shenyang in September. The region reported a GDP of 2.7 trillion yuan.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const toasts = () => document.querySelector('.toasts')?.textContent ?? '';

let core: FakeCore;
let setRole: (role: TeamMember['role']) => void = () => {};
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

/** The signed-in member, whose role the test changes as an administrator would. */
function Session({ children }: { children: React.ReactNode }) {
  const [role, changeRole] = useState<TeamMember['role']>('editor');
  setRole = changeRole;
  const user: TeamMember = { id: 'u1', login: 'mei', displayName: 'Mei Chen', role, isAdmin: false };
  return <TeamSessionContext.Provider value={{ user, signOut: () => {} }}>{children}</TeamSessionContext.Provider>;
}

async function mount() {
  await render(
    <Session>
      <ToastProvider>
        <ReviewWorkspace documentId={core.document.id} onClose={() => {}} />
      </ToastProvider>
    </Session>,
  );
  await waitFor(() => {
    if (!(spy as EditorSpy).editor) throw new Error('editor not mounted');
  });
}

async function becomeFactChecker() {
  await act(async () => setRole('fact-checker'));
}

describe('undo and redo on a team server', () => {
  it('neither offers nor sends an undo the role may no longer send, and says why', async () => {
    await mount();
    await select(spy as EditorSpy, at('Xi Jinping').start, at('Xi Jinping').end);
    await press('1');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    expect(button(document, 'Undo').disabled).toBe(false);
    expect(button(document, 'Undo').title).toBe('Undo: Tag PERSON (Ctrl+Z)');

    await becomeFactChecker();
    const undo = button(document, 'Undo');
    expect(undo.disabled).toBe(true);
    expect(undo.title).toBe('Cannot undo “Tag PERSON”: You are signed in as a fact-checker and cannot delete annotations; ask an editor or a chief editor.');

    await press('z', { ctrlKey: true });
    await waitFor(() =>
      expect(toasts()).toContain('Not undone: Tag PERSON. You are signed in as a fact-checker and cannot delete annotations; ask an editor or a chief editor.'),
    );
    expect(core.callsOf('annotations:delete')).toEqual([]);
    expect(core.ofKind('entity')).toHaveLength(1);

    // Back as an editor, the same step is undone as usual: it stayed in the history.
    await act(async () => setRole('editor'));
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(0));
    expect(core.callsOf('annotations:delete')).toHaveLength(1);
  });

  it('gates a redo by what it would send (restoring annotations)', async () => {
    await mount();
    await select(spy as EditorSpy, at('Shenyang').start, at('Shenyang').end);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(0));

    await becomeFactChecker();
    const redo = button(document, 'Redo');
    expect(redo.disabled).toBe(true);
    expect(redo.title).toContain('cannot restore annotations');
    await press('z', { ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(toasts()).toContain('Not redone: Tag PLACE.'));
    expect(core.callsOf('annotations:restore')).toEqual([]);
    expect(core.ofKind('entity')).toHaveLength(0);
  });

  it('lets a fact-checker undo their own claim work', async () => {
    const claimId = core.seed({ kind: 'claim', start: at('The region').start, end: TEXT.length - 1 }).id;
    await mount();
    await becomeFactChecker();
    await press('j');
    await press('3');
    await waitFor(() => expect(core.claims.get(claimId)!.status).not.toBe('unverified'));
    expect(button(document, 'Undo').disabled).toBe(false);
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.claims.get(claimId)!.status).toBe('unverified'));
  });
});
