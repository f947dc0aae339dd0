/** Pending suggestions in a list (the Suggestions tab, and the Teasers, Claims and Entities tabs): each row its text, first reason, Accept and Reject. */
import { memo } from 'react';
import type { Annotation } from '../../../shared/types';
import { TriageButtons } from './TriageButtons';
import { useReview } from '../context';
import { shorten } from '../vocabulary';

/**
 * Rows listed per kind: a long document can hold thousands of suggestions, and each accepted one
 * re-renders the list; ] and [ reach the rest in the text.
 */
const LISTED = 200;

export interface RowProps {
  annotation: Annotation;
  selected: boolean;
  show(id: string): void;
  actions: ReturnType<typeof useReview>['actions'];
  /** Whether the person may accept or reject (team/may.ts). */
  mayTriage: boolean;
}

/**
 * One suggestion. Memoised on the annotation and whether it is selected (the verbs do the same
 * whichever render made them), so moving with ] repaints two rows, not the list.
 */
export const SuggestionRow = memo(
  function SuggestionRow({ annotation, selected, show, actions, mayTriage }: RowProps) {
    const reason = annotation.attrs.reasons?.[0];
    return (
      <li className="rv-candidate-row">
        <button type="button" className="rv-list-item" aria-current={selected ? 'true' : undefined} onClick={() => show(annotation.id)}>
          {annotation.label && <span className="rv-chip">{annotation.label}</span>}
          <span className="rv-list-text">{shorten(annotation.quote, 80)}</span>
          {reason && <span className="rv-hint"> — {reason}</span>}
        </button>
        {mayTriage && (
          <TriageButtons annotationId={annotation.id} actions={actions} />
        )}
      </li>
    );
  },
  (a, b) => a.annotation === b.annotation && a.selected === b.selected && a.actions === b.actions && a.mayTriage === b.mayTriage,
);

/** The first `LISTED` of a kind's pending suggestions as rows, and how many more ] reaches in the text. */
export function SuggestionRows({ items, mayTriage }: { items: readonly Annotation[]; mayTriage: boolean }) {
  const { actions, selectedId, show } = useReview();
  return (
    <>
      <ul>
        {items.slice(0, LISTED).map((a) => (
          <SuggestionRow key={a.id} annotation={a} selected={a.id === selectedId} show={show} actions={actions} mayTriage={mayTriage} />
        ))}
      </ul>
      {items.length > LISTED && <p className="rv-hint">and {items.length - LISTED} more — ] goes through all of them in the text.</p>}
    </>
  );
}
