/** Teaser fields in the inspector: the reason (a suggested one is accepted or rejected in SuggestionDetails). */
import { useId } from 'react';
import { TEASER_REASONS, type Annotation, type TeaserReason } from '../../shared/types';
import { TEASER_REASON_WORDS } from '../../shared/vocabulary';
import { useReview } from './context';
import { useMay } from '../team/may';

/** The teaser part of the annotation panel. */
export function TeaserDetails({ annotation }: { annotation: Annotation }) {
  const { actions } = useReview();
  const id = useId();
  const mayChange = useMay('annotations:update');
  const reason = annotation.attrs.reason ?? 'other';
  return (
    <div className="rv-details">
      <div className="rv-field">
        <label htmlFor={id}>Reason</label>
        <select
          id={id}
          value={reason}
          disabled={!mayChange.allowed}
          title={mayChange.reason}
          onChange={(e) => {
            const next = e.target.value as TeaserReason;
            void actions.changeAttrs(annotation.id, { reason: next }, `Reason: ${TEASER_REASON_WORDS[next].toLowerCase()}`);
          }}
        >
          {TEASER_REASONS.map((r) => (
            <option key={r} value={r}>
              {TEASER_REASON_WORDS[r]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
