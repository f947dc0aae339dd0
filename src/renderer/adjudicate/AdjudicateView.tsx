/**
 * Adjudicate: the chief editor's view of a document's double review. Both reviewers' layers side by
 * side, painted (SideBySide.tsx), with the agreement figures, and the differences walked one key each
 * (keys.ts), the current one marked on both sides and scrolled into view: what is taken
 * lands in the document's main layer as ordinary annotations; Ctrl/⌘+Z takes the last decision back;
 * Finish adds what both reviewers agreed on and ends the double review.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgreementSpan, Difference } from '../../shared/agreement';
import { differenceKey, type Adjudication, type AdjudicationChoice, type AdjudicationView } from '../../shared/double-review';
import type { Label } from '../../shared/types';
import { call } from '../api/client';
import { useLibraryChanges } from '../library/useLibraryVersion';
import { AgreementFigures } from './AgreementFigures';
import { adjudicationCommand, isTypingTarget } from './keys';
import { SideBySide } from './SideBySide';
import './adjudicate.css';

const TYPE_WORDS: Record<Difference['type'], string> = {
  only_a: 'only A marked this',
  only_b: 'only B marked this',
  label: 'same range, different label',
  boundary: 'overlapping ranges',
};
const CHOICE_WORDS: Record<AdjudicationChoice, string> = { a: 'took A', b: 'took B', none: 'dropped both' };

/** How a span reads: its label (or kind) and its quote. */
function spanText(text: string, span: AgreementSpan | null): string {
  if (!span) return '—';
  return `${span.label ?? span.kind}: “${text.slice(span.start, span.end)}”`;
}

interface Props {
  documentId: string;
  onClose(): void;
}

/** The adjudication view of one document. */
export function AdjudicateView({ documentId, onClose }: Props) {
  const [view, setView] = useState<AdjudicationView | null>(null);
  const [current, setCurrent] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [history, setHistory] = useState<string[]>([]);
  const [labels, setLabels] = useState<Label[]>([]);
  useEffect(() => {
    let live = true;
    // Only for the colours: without the labels the layers are painted in a neutral colour.
    call('labels:list', {}).then(
      (list) => live && setLabels(list),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  const load = useCallback(async () => {
    const next = await call('doubleReview:adjudication', { documentId });
    setView(next);
    return next;
  }, [documentId]);
  useEffect(() => {
    load().catch((e: Error) => setMessage(e.message));
  }, [load]);

  const differences = view?.agreement.differences ?? [];
  const decisions = useMemo(() => new Map<string, Adjudication>((view?.decisions ?? []).map((d) => [d.difference, d])), [view]);
  const finished = !!view?.review.finishedAt;

  // A reviewer still at work, or another chief, changes the differences: reload and stay on the same
  // one. `moves` counts the user's own moves; a reload that finds the user moved meanwhile keeps their place.
  const moves = useRef(0);
  const currentKey = useRef<string | null>(null);
  currentKey.current = differences[current] ? differenceKey(differences[current]) : null;
  const changes = useLibraryChanges();
  useEffect(() => {
    if (changes === 0) return;
    const [key, seen] = [currentKey.current, moves.current];
    load().then(
      (next) => {
        if (moves.current !== seen) return;
        const index = key ? next.agreement.differences.findIndex((d) => differenceKey(d) === key) : -1;
        setCurrent((i) => (index !== -1 ? index : Math.min(i, Math.max(next.agreement.differences.length - 1, 0))));
      },
      () => {}, // the next change or the user's next key tries again
    );
  }, [changes, load]);

  const decide = useCallback(
    async (choice: AdjudicationChoice) => {
      const difference = differences[current];
      if (!difference || finished) return;
      const key = differenceKey(difference);
      moves.current++;
      try {
        const decision = await call('doubleReview:decide', { documentId, difference: key, choice });
        setHistory((h) => [...h, key]);
        // A decision changes no layer, so the differences stay: the view takes the decision in place
        // instead of fetching the whole document again on every key.
        const decisions = [...(view?.decisions ?? []).filter((d) => d.difference !== key), decision];
        setView((v) => v && { ...v, decisions: [...v.decisions.filter((d) => d.difference !== key), decision] });
        const decided = new Set(decisions.map((d) => d.difference));
        const after = differences.findIndex((d, i) => i > current && !decided.has(differenceKey(d)));
        setCurrent(after === -1 ? Math.min(current + 1, differences.length - 1) : after);
        setMessage(null);
      } catch (e) {
        setMessage((e as Error).message);
      }
    },
    [current, differences, documentId, finished, view],
  );

  const undo = useCallback(async () => {
    const key = history[history.length - 1];
    if (!key || finished) return;
    moves.current++;
    try {
      await call('doubleReview:undo', { documentId, difference: key });
      setHistory((h) => h.slice(0, -1));
      setView((v) => v && { ...v, decisions: v.decisions.filter((d) => d.difference !== key) });
      const index = differences.findIndex((d) => differenceKey(d) === key);
      if (index !== -1) setCurrent(index);
    } catch (e) {
      setMessage((e as Error).message);
    }
  }, [differences, documentId, finished, history]);

  const finish = useCallback(async () => {
    try {
      const { agreed } = await call('doubleReview:finish', { documentId });
      await load();
      setMessage(`Double review finished: ${agreed} annotation${agreed === 1 ? '' : 's'} both reviewers agreed on joined the document.`);
    } catch (e) {
      setMessage((e as Error).message);
    }
  }, [documentId, load]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = adjudicationCommand(event, isTypingTarget(event.target));
      if (!command) return;
      event.preventDefault();
      moves.current++;
      if (command === 'next') setCurrent((i) => Math.min(i + 1, Math.max(differences.length - 1, 0)));
      else if (command === 'previous') setCurrent((i) => Math.max(i - 1, 0));
      else if (command === 'undo') void undo();
      else void decide(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [decide, differences.length, undo]);

  if (!view) return <main className="view adjudicate">{message ?? 'Loading the double review…'}</main>;
  const { review, document, agreement } = view;
  const difference = differences[current] ?? null;
  const open = differences.filter((d) => !decisions.has(differenceKey(d))).length;
  return (
    <main className="view adjudicate" aria-label="Adjudicate">
      <header className="adjudicate-bar">
        <button type="button" onClick={onClose}>
          Back
        </button>
        <h2>Adjudicate “{document.title}”</h2>
        <span className="muted">{finished ? `Finished by ${review.finishedBy}` : `${open} of ${differences.length} differences left`}</span>
        {!finished && (
          <button type="button" onClick={() => void finish()}>
            Finish
          </button>
        )}
      </header>
      {message && (
        <p className="adjudicate-message" role="status">
          {message}
        </p>
      )}
      <AgreementFigures
        caption={`Agreement between ${review.reviewerA} (A) and ${review.reviewerB} (B)`}
        labels={agreement.labels}
        entityF1={agreement.entityF1}
        entityKappa={agreement.entityKappa}
        claims={agreement.claims}
      />
      {difference ? (
        <section className="adjudicate-difference" aria-label="Current difference">
          <h3>
            Difference {current + 1} of {differences.length}: {TYPE_WORDS[difference.type]} ({difference.kind})
          </h3>
          <dl>
            <dt>A ({review.reviewerA})</dt>
            <dd data-side="a">{spanText(document.text, difference.a)}</dd>
            <dt>B ({review.reviewerB})</dt>
            <dd data-side="b">{spanText(document.text, difference.b)}</dd>
          </dl>
          <p className="adjudicate-decision">
            {decisions.has(differenceKey(difference)) ? `Decided: ${CHOICE_WORDS[decisions.get(differenceKey(difference))!.choice]}` : 'Not decided yet'}
          </p>
          {!finished && <p className="muted">A takes A’s version · B takes B’s · X drops both · ] next · [ previous · Ctrl+Z undo</p>}
        </section>
      ) : (
        <p>The two reviewers agree everywhere.</p>
      )}
      <SideBySide
        text={document.text}
        reviewerA={review.reviewerA}
        reviewerB={review.reviewerB}
        a={view.a}
        b={view.b}
        differences={differences}
        current={current}
        labels={labels}
      />
    </main>
  );
}
