/**
 * Asking before a Reviewed document is changed. Every edit of the workspace (annotating, the claim
 * panel's fields, undo/redo, correcting the text) first asks the guard; for a document marked
 * Reviewed the guard asks the editor once ("This document is marked reviewed. Edit it anyway? It
 * goes back to In review."), and on yes stores the In review status (logged by the core) before the
 * edit runs. Edits that arrive while the question is open wait for the same answer; on no, none of
 * them is made (typed fields keep their words as drafts).
 */
import { call } from '../api/client';
import { errorMessage } from '../ui/errors';
import type { ReviewStore } from './store';

/** What the guard needs from the workspace. */
export interface EditGuardDeps {
  documentId: string;
  store: ReviewStore;
  /** Shows the question; resolves true when the editor chose to edit anyway. */
  ask(): Promise<boolean>;
  notify(message: string, kind?: 'info' | 'success' | 'error'): void;
}

/** The guard. */
export interface EditGuard {
  /** Null when the edit may go ahead at once; else the question, resolving true when it may. */
  confirmEdit(): Promise<boolean> | null;
}

/** Builds the guard for one open document. */
export function createEditGuard({ documentId, store, ask, notify }: EditGuardDeps): EditGuard {
  let asking: Promise<boolean> | null = null;

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

  return {
    confirmEdit() {
      if (store.get()?.document.status !== 'reviewed') return asking;
      asking ??= reopen().finally(() => (asking = null));
      return asking;
    },
  };
}
