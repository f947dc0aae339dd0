/** The library's bulk "Double review…": sets the selected documents to double review by two named reviewers. */
import { useState, type FormEvent } from 'react';
import { call } from '../api/client';

interface Props {
  ids: readonly string[];
  /** Told the outcome in a sentence (a toast). */
  onDone(message: string, ok: boolean): void;
}

/** A button that opens a two-name form for the selected documents. */
export function DoubleReviewBulk({ ids, onDone }: Props) {
  const [asking, setAsking] = useState(false);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const start = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const started = await call('doubleReview:start', { documentIds: [...ids], reviewerA: a, reviewerB: b });
      setAsking(false);
      onDone(`${started.length} document${started.length === 1 ? '' : 's'} set to double review by ${a} and ${b}.`, true);
    } catch (e) {
      onDone((e as Error).message, false);
    }
  };
  if (!asking) {
    return (
      <button type="button" className="small" onClick={() => setAsking(true)} disabled={ids.length === 0}>
        Double review…
      </button>
    );
  }
  return (
    <form className="double-review-bulk" onSubmit={(e) => void start(e)}>
      <input aria-label="Reviewer A" placeholder="Reviewer A" value={a} onChange={(e) => setA(e.target.value)} required />
      <input aria-label="Reviewer B" placeholder="Reviewer B" value={b} onChange={(e) => setB(e.target.value)} required />
      <button type="submit">Start</button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </form>
  );
}
