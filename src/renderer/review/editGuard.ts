/**
 * What is asked before the workspace changes anything. Every edit (annotating, the claim panel's
 * fields, undo/redo, correcting the text) first asks the guard, which may ask the editor:
 *
 * - **Who is reviewing?** the first time, when no reviewer name is set (so work is never silently
 *   credited to "editor"): the name is saved in Settings; "Not now" carries on unnamed and is not
 *   asked again until the app restarts.
 * - **This document is marked reviewed. Edit it anyway? It goes back to In review.** for a Reviewed
 *   document: on yes the In review status is stored (logged by the core) before the edit runs.
 *
 * Edits arriving while a question is open wait for the same answer; on no, none of them is made
 * (typed fields keep their words as drafts).
 */
import { call } from '../api/client';
import { errorMessage } from '../ui/errors';
import type { ReviewStore } from './store';

/** What the guard needs from the workspace. */
export interface EditGuardDeps {
  documentId: string;
  store: ReviewStore;
  /** Shows the Reviewed question; resolves true when the editor chose to edit anyway. */
  ask(): Promise<boolean>;
  /** Shows the name question (which saves the name itself); resolves when it is answered either way. */
  askName?(): Promise<void>;
  notify(message: string, kind?: 'info' | 'success' | 'error'): void;
}

/** The guard. */
export interface EditGuard {
  /** Null when the edit may go ahead at once; else the question(s), resolving true when it may. */
  confirmEdit(): Promise<boolean> | null;
}

/** Whether this run of the app has settled the reviewer name (found set, asked, or declined). */
let nameSettled = false;

/** Forgets that the name was settled (tests; a new app run starts unsettled). */
export function resetNameQuestionForTests(): void {
  nameSettled = false;
}

/** Builds the guard for one open document. */
export function createEditGuard({ documentId, store, ask, askName, notify }: EditGuardDeps): EditGuard {
  let asking: Promise<boolean> | null = null;

  async function settleName(): Promise<void> {
    if (nameSettled || !askName) return;
    try {
      const { reviewerName } = await call('settings:get', {});
      if (!reviewerName.trim()) await askName();
    } catch {
      // Settings could not be read: the edit is not held up for it.
    }
    nameSettled = true;
  }

  async function reopen(): Promise<boolean> {
    if (!(await ask())) return false;
    try {
      await call('documents:setStatus', { id: documentId, status: 'in_review' });
      store.dispatch({ type: 'status', status: 'in_review' });
      return true;
    } catch (error) {
      notify(`The document could not be moved back to In review, so nothing was changed: ${errorMessage(error)}`, 'error');
      return false;
    }
  }

  async function questions(): Promise<boolean> {
    await settleName();
    return store.get()?.document.status === 'reviewed' ? reopen() : true;
  }

  return {
    confirmEdit() {
      const reviewed = store.get()?.document.status === 'reviewed';
      if (!reviewed && (nameSettled || !askName)) return asking;
      asking ??= questions().finally(() => (asking = null));
      return asking;
    },
  };
}
