/**
 * The library's bulk "Double review…": sets the selected documents — picked ones, or all N matching
 * the library's filter — to double review by two named reviewers, a chunk per call
 * (`doubleReview:startMany`), so a selection of any size never travels in one request. Documents
 * already in an open double review are left as they are and counted in the outcome. Only offered to
 * whoever may start double reviews (team/may.ts).
 */
import { useId, useState, type FormEvent } from 'react';
import type { DocumentSelection } from '../../shared/library-query';
import { call } from '../api/client';
import { useMay } from '../team/may';
import { usePeopleNames } from './usePeopleNames';

/** Documents per call. */
export const START_CHUNK = 250;

interface Props {
  /** The selection as the bulk operations take it; null when nothing is selected. */
  selection: DocumentSelection | null;
  /** How many documents it holds (for the button and the progress). */
  count: number;
  /** Told the outcome in a sentence (a toast). */
  onDone(message: string, ok: boolean): void;
}

const documents = (n: number) => `${n.toLocaleString()} document${n === 1 ? '' : 's'}`;

/** Starts double review on every document of `selection`, a chunk at a time; `onProgress(done)` after each. */
export async function startDoubleReviews(
  selection: DocumentSelection,
  reviewerA: string,
  reviewerB: string,
  onProgress: (done: number) => void,
): Promise<{ started: number; skipped: number }> {
  let started = 0;
  let skipped = 0;
  const add = (answer: { started: number; skipped: number }) => {
    started += answer.started;
    skipped += answer.skipped;
    onProgress(started + skipped);
  };
  if ('ids' in selection) {
    for (let at = 0; at < selection.ids.length; at += START_CHUNK) {
      add(await call('doubleReview:startMany', { selection: { ids: selection.ids.slice(at, at + START_CHUNK) }, reviewerA, reviewerB }));
    }
    return { started, skipped };
  }
  for (let afterSeq: number | null = 0; afterSeq !== null; ) {
    const answer: { started: number; skipped: number; nextSeq: number | null } = await call('doubleReview:startMany', {
      selection,
      reviewerA,
      reviewerB,
      afterSeq,
      limit: START_CHUNK,
    });
    add(answer);
    afterSeq = answer.nextSeq;
  }
  return { started, skipped };
}

/** A button that opens a two-name form for the selected documents. */
export function DoubleReviewBulk({ selection, count, onDone }: Props) {
  const mayStart = useMay('doubleReview:startMany').allowed;
  const [asking, setAsking] = useState(false);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [done, setDone] = useState<number | null>(null);
  const people = usePeopleNames(asking && mayStart);
  const peopleList = useId();
  if (!mayStart) return null;

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!selection) return;
    setDone(0);
    try {
      const { started, skipped } = await startDoubleReviews(selection, a.trim(), b.trim(), setDone);
      setAsking(false);
      const left = skipped > 0 ? ` ${documents(skipped)} already in double review ${skipped === 1 ? 'was' : 'were'} left as ${skipped === 1 ? 'it was' : 'they were'}.` : '';
      onDone(`${documents(started)} set to double review by ${a.trim()} and ${b.trim()}.${left}`, true);
    } catch (e) {
      onDone((e as Error).message, false);
    } finally {
      setDone(null);
    }
  };
  if (!asking) {
    return (
      <button type="button" className="small" onClick={() => setAsking(true)} disabled={!selection || count === 0}>
        Double review…
      </button>
    );
  }
  return (
    <form className="double-review-bulk" onSubmit={(e) => void start(e)} aria-label={`Double review ${documents(count)}`}>
      <input type="text" aria-label="Reviewer A" placeholder="Reviewer A" value={a} onChange={(e) => setA(e.target.value)} list={peopleList} required />
      <input type="text" aria-label="Reviewer B" placeholder="Reviewer B" value={b} onChange={(e) => setB(e.target.value)} list={peopleList} required />
      <datalist id={peopleList}>
        {people.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="submit" disabled={done !== null}>
        {done === null ? `Start on ${documents(count)}` : `Starting… ${done.toLocaleString()} of ${count.toLocaleString()}`}
      </button>
      <button type="button" onClick={() => setAsking(false)} disabled={done !== null}>
        Cancel
      </button>
    </form>
  );
}
