/**
 * Saving text corrections made in edit mode. Each report from the editor (debounced there) is sent
 * as `documents:updateText` with the revision it started from; reports arriving while a save is in
 * flight are coalesced (the latest carries the whole text and every move). A conflict — the text
 * changed elsewhere — is explained and the document reloaded. The annotation undo history is kept
 * across corrections: its steps name annotations by id, and what they put back is re-anchored by
 * quote in the current text by the core. An annotation the core attached again because its words
 * came back (a deletion undone with Ctrl+Z) is shown attached in the editor too.
 *
 * Corrections are not left waiting on the debounce when the editor goes away: the pending report
 * is flushed when the page is hidden or unloaded and when the workspace unmounts (leaving the
 * document). While a save is pending or has failed, closing the tab asks first (`beforeunload`);
 * a failed save stays in the bar with a Retry until it goes through.
 *
 * Saves run in the undo manager's queue, so annotation work started after a correction waits for
 * it and sends the revision (and offsets) of the corrected text.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../shared/result';
import { call, platform } from '../api/client';
import { errorMessage } from '../ui/errors';
import type { ReviewEditor, TextEdit } from '../editor';
import type { Annotation } from '../../shared/types';
import { forEditor } from './editorAnnotations';
import type { ReviewData, ReviewStore } from './store';
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
  /** The mounted editor (to flush its pending report), or null. */
  editor(): ReviewEditor | null;
  notify(message: string, kind?: 'info' | 'success' | 'error'): void;
  /** Reload the stored document (after a conflict). */
  reload(): void;
}

/** Returns the `onTextEdit` handler, the save state, and `retry` for a failed save. */
export function useTextCorrection({ documentId, store, undo, editor, notify, reload }: TextCorrectionDeps) {
  const [state, setState] = useState<TextSaveState>('idle');
  const pending = useRef<TextEdit | null>(null);
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const editorRef = useRef(editor);
  editorRef.current = editor;

  const pump = useCallback(async () => {
    if (inFlight.current || !pending.current) return;
    const change = pending.current;
    pending.current = null;
    if (!store.get()) return;
    inFlight.current = true;
    setState('saving');
    let before = store.get()!;
    try {
      // In the queue: annotation work queued later sees the corrected text and its revision.
      const bundle = await undo.run(async () => {
        before = store.get() ?? before;
        const saved = await call('documents:updateText', {
          id: documentId,
          baseRevision: before.document.revision,
          text: change.text,
          moves: change.moves,
        });
        store.dispatch({ type: 'loaded', bundle: saved });
        showReattached(editorRef.current(), orphanIds(before, change), saved.document.text, store.get());
        return saved;
      });
      setState(pending.current ? 'saving' : 'saved');
      const orphansBefore = [...before.annotations.values()].filter((a) => a.orphaned).length;
      const orphans = bundle.annotations.filter((a) => a.orphaned).length - orphansBefore;
      if (orphans > 0) notify(`${orphans} annotation${orphans === 1 ? '' : 's'} lost ${orphans === 1 ? 'its' : 'their'} text; see the Orphaned tab.`, 'info');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        pending.current = null;
        setState('idle');
        if (mounted.current) {
          notify(`${error.message} Copydesk has reloaded the document; please make the correction again.`, 'error');
          reload();
        } else {
          notify(`${error.message} Your last correction was not saved; open the document and make it again.`, 'error');
        }
      } else {
        // Kept (merged with anything newer) and sent again with Retry, the next edit, or when leaving.
        pending.current = mergeChanges(change, pending.current ?? { text: change.text, moves: [] });
        setState('failed');
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

  /** Sends whatever is waiting: the editor's debounced report, or a correction whose save failed. */
  const flush = useCallback(() => {
    // A report flushed here arrives through onTextEdit, which starts the save.
    if (!editorRef.current()?.flushTextEdit()) void pump();
  }, [pump]);

  const latest = useRef({ flush, pending, inFlight });
  latest.current = { flush, pending, inFlight };

  useEffect(() => {
    mounted.current = true;
    const flushNow = () => latest.current.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      flushNow();
      if (!latest.current.inFlight.current && !latest.current.pending.current) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers need a value to ask
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    // Electron closes without asking unless main answers `will-prevent-unload`; there a refused
    // unload would only make the window impossible to close, so the question is asked in browsers.
    const ask = platform === 'web';
    if (ask) window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      if (ask) window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the document (another route, another document): send what is waiting now.
      mounted.current = false;
      flushNow();
    };
  }, []);

  return { onTextEdit, state, retry: flush };
}

/**
 * Shows in the editor the annotations the core attached again (their words came back), when the
 * editor still holds exactly the saved text — otherwise their offsets would not fit what is shown.
 */
function showReattached(editor: ReviewEditor | null, candidates: Set<string>, text: string, now: ReviewData | null): void {
  if (!editor || !now || editor.getText() !== text) return;
  const status = (id: string) => now.claims.get(id)?.status;
  for (const id of candidates) {
    const annotation: Annotation | undefined = now.annotations.get(id);
    if (!annotation || annotation.orphaned) continue;
    const shown = editor.getAnnotation(id);
    if (shown) editor.updateAnnotation(id, { start: annotation.start, end: annotation.end });
    else editor.addAnnotations(forEditor([annotation], status));
  }
}

/** Annotations that were orphaned before this save: stored so, or reported so by the editor. */
function orphanIds(before: ReviewData, change: TextEdit): Set<string> {
  const ids = new Set(change.moves.filter((m) => m.orphaned).map((m) => m.id));
  for (const a of before.annotations.values()) if (a.orphaned) ids.add(a.id);
  return ids;
}
