/**
 * Saving text corrections made in edit mode. Each report from the editor (debounced there) is sent
 * as `documents:updateText` with the revision it started from; reports arriving while a save is in
 * flight are coalesced (the latest carries the whole text and every move). A conflict — the text
 * changed elsewhere — is explained and the document reloaded. After a save the annotation undo
 * history starts afresh, because its offsets belong to the old text.
 */
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../shared/result';
import { call } from '../api/client';
import { errorMessage } from '../ui/errors';
import type { TextEdit } from '../editor';
import type { ReviewStore } from './store';
import type { UndoManager } from './undo';

/**
 * Two reports in one: the newer text, and every move from both (the newer wins for an annotation in
 * both) — the editor reports only what changed since its previous report, so none may be dropped.
 */
export function mergeChanges(older: TextEdit | null, newer: TextEdit): TextEdit {
  if (!older) return newer;
  const moves = new Map(older.moves.map((m) => [m.id, m]));
  for (const move of newer.moves) moves.set(move.id, move);
  return { text: newer.text, moves: [...moves.values()] };
}

/** What the bar shows about text saving. */
export type TextSaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** What text saving needs from the workspace. */
export interface TextCorrectionDeps {
  documentId: string;
  store: ReviewStore;
  undo: UndoManager;
  notify(message: string, kind?: 'info' | 'success' | 'error'): void;
  /** Reload the stored document (after a conflict). */
  reload(): void;
}

/** Returns the `onTextEdit` handler and the save state. */
export function useTextCorrection({ documentId, store, undo, notify, reload }: TextCorrectionDeps) {
  const [state, setState] = useState<TextSaveState>('idle');
  const pending = useRef<TextEdit | null>(null);
  const inFlight = useRef(false);

  const pump = useCallback(async () => {
    if (inFlight.current || !pending.current) return;
    const change = pending.current;
    pending.current = null;
    const current = store.get();
    if (!current) return;
    inFlight.current = true;
    setState('saving');
    try {
      const bundle = await call('documents:updateText', {
        id: documentId,
        baseRevision: current.document.revision,
        text: change.text,
        moves: change.moves,
      });
      const hadHistory = undo.undoLabel !== null || undo.redoLabel !== null;
      store.dispatch({ type: 'loaded', bundle });
      undo.clear();
      setState('saved');
      const orphansBefore = [...current.annotations.values()].filter((a) => a.orphaned).length;
      const orphans = bundle.annotations.filter((a) => a.orphaned).length - orphansBefore;
      if (orphans > 0) notify(`${orphans} annotation${orphans === 1 ? '' : 's'} lost ${orphans === 1 ? 'its' : 'their'} text; see the Orphaned tab.`, 'info');
      else if (hadHistory) notify('Text saved. Undo now starts from this correction.', 'info');
    } catch (error) {
      setState('failed');
      if (error instanceof ApiError && error.code === 'conflict') {
        pending.current = null;
        notify(`${error.message} Copydesk has reloaded the document; please make the correction again.`, 'error');
        reload();
      } else {
        // Kept (merged with anything newer) and sent again with the next edit or when leaving edit mode.
        pending.current = mergeChanges(change, pending.current ?? { text: change.text, moves: [] });
        notify(`The correction was not saved yet: ${errorMessage(error)}`, 'error');
        return;
      }
    } finally {
      inFlight.current = false;
    }
    if (pending.current) void pump();
  }, [documentId, store, undo, notify, reload]);

  const onTextEdit = useCallback(
    (change: TextEdit) => {
      pending.current = mergeChanges(pending.current, change);
      void pump();
    },
    [pump],
  );

  return { onTextEdit, state };
}
