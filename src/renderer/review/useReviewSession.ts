/**
 * Loading one document for review: its bundle and the label taxonomy, into a fresh store.
 * `reload` fetches again (after a text-save conflict) and bumps `generation`, which re-creates the
 * editor with the stored text.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { Label } from '../../shared/types';
import { call } from '../api/client';
import { errorMessage } from '../ui/errors';
import { createReviewStore, type ReviewData, type ReviewStore } from './store';

/** The loading state of the open document. */
export interface ReviewSession {
  store: ReviewStore;
  data: ReviewData | null;
  labels: Label[];
  error: string | null;
  /** Increases with every (re)load; the editor is keyed by it. */
  generation: number;
  reload(): Promise<void>;
}

/** Loads `documentId` and keeps its store. */
export function useReviewSession(documentId: string): ReviewSession {
  const store = useMemo(() => createReviewStore(), [documentId]);
  const data = useSyncExternalStore(store.subscribe, store.get);
  const [labels, setLabels] = useState<Label[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(async () => {
    setError(null);
    try {
      const [bundle, taxonomy] = await Promise.all([call('documents:bundle', { id: documentId }), call('labels:list', {})]);
      // One render: the old desk goes without first showing the new data, which would replace (and
      // forget) the words a field still holds unsaved; it leaves them as drafts for the new desk.
      flushSync(() => {
        setLabels([...taxonomy].sort((a, b) => a.position - b.position));
        store.dispatch({ type: 'loaded', bundle });
        setGeneration((g) => g + 1);
      });
    } catch (e) {
      setError(`The document could not be opened: ${errorMessage(e)}`);
    }
  }, [documentId, store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { store, data, labels, error, generation, reload };
}
