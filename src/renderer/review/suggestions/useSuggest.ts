/**
 * Running the suggesters from the workspace (the Suggest button, G) and picking up what the
 * background run after an import found: new pending suggestions are added to the store and painted,
 * without reloading the document (so the undo history stays).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../ui/errors';
import type { ReviewEditor } from '../../editor';
import { forEditor } from '../editorAnnotations';
import type { ReviewStore } from '../store';
import { plural } from '../vocabulary';

/** How often the workspace asks whether the background suggestions after an import are done. */
const POLL_MS = 700;

/** Suggest ran on text this window does not show (corrected in another window): the conflict banner's words. */
const STALE_TEXT =
  'The text of this document changed since you opened it (another window or the command line edited it): Suggest worked on the current text.';

export interface SuggestState {
  /** Suggestions are being made (on demand, or in the background after the import). */
  running: boolean;
  /** Which kind they are at, for a long document: "claims (2 of 3)"; null when not known. */
  step: string | null;
  /** What the last run could not make ("Claim suggestions could not be made…"), or null. */
  notice: string | null;
  run(): void;
}

/** The pending suggestions the workspace holds (what `suggestions:status` counts in the core). */
function pendingHeld(store: ReviewStore): Set<string> {
  const held = new Set<string>();
  for (const a of store.get()?.annotations.values() ?? []) if (a.attrs.pending === true) held.add(a.id);
  return held;
}

export function useSuggest(
  documentId: string,
  store: ReviewStore,
  editor: () => ReviewEditor | null,
  notify: (message: string, kind?: 'info' | 'success' | 'error') => void,
  /** Shows the conflict banner (with Reload): what a run found belongs to text this window does not show. */
  onStaleText: (message: string) => void,
): SuggestState {
  const [running, setRunning] = useState(false);
  const [step, setStep] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const alive = useRef(true);

  /**
   * Adds the pending suggestions the core has and the workspace does not (the new ones), and drops
   * those of `before` (pending when a run began) the core no longer has: withdrawn by the run, no
   * longer proposed. Only those: one an undo brought back meanwhile may not have reached the core yet.
   */
  const pickUp = useCallback(async (before: ReadonlySet<string> = new Set()): Promise<{ added: number; withdrawn: number; stale?: true }> => {
    const none = { added: 0, withdrawn: 0 };
    const bundle = await call('documents:bundle', { id: documentId });
    const known = store.get()?.annotations;
    if (!alive.current || !known) return none;
    if (store.get()?.document.revision !== bundle.document.revision) return { ...none, stale: true };
    const added = bundle.annotations.filter((a) => !known.has(a.id) && a.attrs.pending === true);
    const held = new Set(bundle.annotations.map((a) => a.id));
    const withdrawn = [...known.values()].filter((a) => a.attrs.pending === true && before.has(a.id) && !held.has(a.id)).map((a) => a.id);
    if (withdrawn.length) {
      store.dispatch({ type: 'removed', ids: withdrawn });
      editor()?.removeAnnotations(withdrawn);
    }
    if (added.length) {
      store.dispatch({ type: 'added', annotations: added, claims: [], sources: [] });
      const painted = forEditor(added, () => undefined);
      if (painted.length) editor()?.addAnnotations(painted);
    }
    return { added: added.length, withdrawn: withdrawn.length };
  }, [documentId, store, editor]);

  // The background run after an import: wait for it, then show what it found.
  useEffect(() => {
    alive.current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waited = false;
    const poll = async () => {
      let busy = false;
      try {
        const { running, step: at, pending, message } = await call('suggestions:status', { documentId });
        if (!alive.current) return;
        busy = running;
        if (!busy) setNotice(message ?? null);
        if (busy) {
          setRunning(true);
          setStep(at ?? null);
          waited = true;
          timer = setTimeout(() => void poll(), POLL_MS);
        } else if (waited) await pickUp(); // done meanwhile: what it found is not loaded yet
        // Done before the first look, after the document was loaded without them: the core holds a
        // different number pending than the workspace does.
        else if (pending !== undefined && pending !== pendingHeld(store).size) await pickUp();
      } catch {
        // The status is a convenience: the Suggest button still works.
      } finally {
        // "Looking for suggestions…" stays until what the run found is shown: the tab does not read
        // "No suggestions pending" while a long document's suggestions are on their way.
        if (!busy && alive.current) {
          setRunning(false);
          setStep(null);
        }
      }
    };
    void poll();
    return () => {
      alive.current = false;
      if (timer) clearTimeout(timer);
    };
  }, [documentId, pickUp, store]);

  const run = useCallback(() => {
    if (running) {
      // The background run after the import (or the last G) is still going: say so rather than nothing.
      notify('Already looking for suggestions in this document; they show as soon as they are made.', 'info');
      return;
    }
    setRunning(true);
    const before = pendingHeld(store);
    // The progress of a long document: which kind the run is at, asked while it runs.
    const progress = setInterval(() => {
      call('suggestions:status', { documentId }).then(
        (s) => alive.current && setStep(s.step ?? null),
        () => undefined,
      );
    }, POLL_MS);
    void (async () => {
      try {
        const { documents } = await call('suggestions:run', { documentIds: [documentId] });
        const { added, withdrawn, stale } = await pickUp(before);
        if (stale) return onStaleText(STALE_TEXT);
        const message = documents[0]?.message;
        // "3 suggestions no longer made were withdrawn." (after a switch to the precise claim setting)
        const gone = withdrawn > 0 ? ` ${plural(withdrawn, 'suggestion')} no longer made ${withdrawn === 1 ? 'was' : 'were'} withdrawn.` : '';
        if (alive.current) setNotice(message ?? null);
        if (message && added === 0) notify(`${message}${gone}`, 'info');
        // Some kinds made, another not: say both.
        else if (message) notify(`${plural(added, 'new suggestion')}. ${message}${gone}`, 'info');
        else if (added > 0) notify(`${plural(added, 'new suggestion')}: ] goes to the next, Enter accepts, X rejects.${gone}`, 'success');
        else notify(`No new suggestions for this document.${gone}`, 'info');
      } catch (error) {
        notify(errorMessage(error), 'error');
      } finally {
        clearInterval(progress);
        if (alive.current) {
          setRunning(false);
          setStep(null);
        }
      }
    })();
  }, [running, documentId, store, pickUp, notify, onStaleText]);

  return { running, step, notice, run };
}
