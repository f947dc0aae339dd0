/**
 * The review workspace's double-review strip: a reviewer is told they annotate in their own private
 * layer; anyone else sees who the two reviewers are and can open Adjudicate; a document not in double
 * review offers "Double review…" (two names; a team server lets only the chief editor start it).
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DoubleReviewState } from '../../shared/double-review';
import { call } from '../api/client';
import './adjudicate.css';

interface Props {
  documentId: string;
  /** Opens the adjudication view. */
  onAdjudicate(): void;
  /** Reloads the document (starting a review can change which layer the workspace shows). */
  onStarted(): void;
}

/** The double-review strip above the review workspace. */
export function DoubleReviewBar({ documentId, onAdjudicate, onStarted }: Props) {
  const [state, setState] = useState<DoubleReviewState | null>(null);
  const [asking, setAsking] = useState(false);
  const [names, setNames] = useState({ a: '', b: '' });
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => call('doubleReview:get', { documentId }).then(setState, (e: Error) => setError(e.message)), [documentId]);
  useEffect(() => {
    void load();
  }, [load]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call('doubleReview:start', { documentIds: [documentId], reviewerA: names.a, reviewerB: names.b });
      setAsking(false);
      setError(null);
      await load();
      onStarted();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!state) return null;
  const review = state.review && !state.review.finishedAt ? state.review : null;
  return (
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
            In double review by <b>{review.reviewerA}</b> and <b>{review.reviewerB}</b>.
          </span>
          <button type="button" onClick={onAdjudicate}>
            Adjudicate
          </button>
        </>
      )}
      {!review && !asking && (
        <button type="button" onClick={() => setAsking(true)}>
          Double review…
        </button>
      )}
      {!review && asking && (
        <form onSubmit={(e) => void start(e)}>
          <label>
            Reviewer A <input value={names.a} onChange={(e) => setNames({ ...names, a: e.target.value })} required />
          </label>
          <label>
            Reviewer B <input value={names.b} onChange={(e) => setNames({ ...names, b: e.target.value })} required />
          </label>
          <button type="submit">Start double review</button>
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </form>
      )}
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
