/**
 * The review workspace's double review: a reviewer is told they annotate in their own private
 * layer; anyone else sees who the two reviewers are and that their own work goes to the document's
 * main layer; the chief editor can open Adjudicate, or, for a document not in double review, start
 * one ("Double review…", two names). On a team server only a chief editor is offered those two
 * controls (team/may.ts). A change elsewhere (the chief starting or finishing the review while
 * a reviewer has the document open) is picked up from the library's change counter, and the
 * workspace reloads when the layer it shows is no longer the right one.
 *
 * `useDoubleReview` gives two pieces: the strip above the document, drawn only while there is
 * something to say (a review under way, the start form, an error), and the "Double review…" offer,
 * a button the document bar holds, so a document not in double review spends no row on it.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { DoubleReviewState } from '../../shared/double-review';
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { useLibraryChanges } from '../library/useLibraryVersion';
import { useMay } from '../team/may';
import { usePeopleNames } from './usePeopleNames';
import './adjudicate.css';

interface Props {
  documentId: string;
  /** Opens the adjudication view. */
  onAdjudicate(): void;
  /** Reloads the document: the layer the workspace should show changed (a review started or ended). */
  onLayerChanged(): Promise<void> | void;
}

/** Which layer the workspace shows for a state: a reviewer's own while the review is open, else the main one. */
function shownLayer(state: DoubleReviewState): string {
  return state.review && !state.review.finishedAt && state.layer ? state.layer : '';
}

/** The strip above the review workspace (null when it has nothing to say) and the start offer for the document bar. */
export interface DoubleReviewParts {
  strip: ReactNode;
  offer: ReactNode;
}

/** The double review of the open document, as the strip and the document bar's offer. */
export function useDoubleReview({ documentId, onAdjudicate, onLayerChanged }: Props): DoubleReviewParts {
  const mayAdjudicate = useMay('doubleReview:adjudication').allowed;
  const mayStart = useMay('doubleReview:start').allowed;
  const [state, setState] = useState<DoubleReviewState | null>(null);
  const [asking, setAsking] = useState(false);
  const [names, setNames] = useState({ a: '', b: '' });
  const [error, setError] = useState<string | null>(null);
  const people = usePeopleNames(asking);
  const peopleList = useId();
  const changes = useLibraryChanges();
  /** The layer the open workspace was loaded with ('' the main one); null before the first answer. */
  const shown = useRef<string | null>(null);
  const layerChanged = useRef(onLayerChanged);
  layerChanged.current = onLayerChanged;

  const load = useCallback(
    () =>
      call('doubleReview:get', { documentId }).then(
        async (next) => {
          const layer = shownLayer(next);
          const before = shown.current;
          shown.current = layer;
          // The strip names the new layer once the workspace shows it, not while it still shows the old one.
          if (before !== null && before !== layer) await layerChanged.current();
          setState(next);
          setError(null);
        },
        (e: Error) => setError(e.message),
      ),
    [documentId],
  );
  useEffect(() => {
    void load();
  }, [load, changes]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call('doubleReview:start', { documentIds: [documentId], reviewerA: names.a, reviewerB: names.b });
      setAsking(false);
      setError(null);
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const review = state?.review && !state.review.finishedAt ? state.review : null;
  // The same element while the offer stands, so the memoised document bar is not drawn again on each library change.
  const offering = state !== null && !review && !asking && mayStart;
  const offer = useMemo(
    () =>
      offering ? (
        <Button small variant="ghost" onClick={() => setAsking(true)} title="Have two reviewers annotate this document apart, then adjudicate">
          Double review…
        </Button>
      ) : null,
    [offering],
  );
  if (!state) return { strip: null, offer: null };
  if (!review && !asking && !error) return { strip: null, offer }; // nothing to say above the document
  const strip = (
    <div className="double-review-bar" role="region" aria-label="Double review">
      {review && state.layer && (
        <span>
          Double review: you annotate as <b>{state.layer === 'a' ? review.reviewerA : review.reviewerB}</b> (reviewer {state.layer.toUpperCase()}). Your
          annotations stay private until the chief editor adjudicates.
        </span>
      )}
      {review && !state.layer && (
        <>
          <span>
            In double review by <b>{review.reviewerA}</b> and <b>{review.reviewerB}</b>. Their annotations stay private until
            adjudication; you see and annotate the document’s main layer.
          </span>
          {mayAdjudicate && (
            <Button small onClick={onAdjudicate}>
              Adjudicate
            </Button>
          )}
        </>
      )}
      {!review && asking && (
        <form onSubmit={(e) => void start(e)}>
          <label>
            Reviewer A <input type="text" value={names.a} onChange={(e) => setNames({ ...names, a: e.target.value })} list={peopleList} required />
          </label>
          <label>
            Reviewer B <input type="text" value={names.b} onChange={(e) => setNames({ ...names, b: e.target.value })} list={peopleList} required />
          </label>
          <datalist id={peopleList}>
            {people.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <Button small variant="primary" type="submit">
            Start double review
          </Button>
          <Button small variant="ghost" onClick={() => setAsking(false)}>
            Cancel
          </Button>
        </form>
      )}
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
  return { strip, offer };
}
