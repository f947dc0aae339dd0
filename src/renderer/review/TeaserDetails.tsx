/** Teaser fields in the inspector: the reason, and confirm/reject for suggested candidates. */
import { useId } from 'react';
import { TEASER_REASONS, type Annotation, type TeaserReason } from '../../shared/types';
import { TEASER_REASON_WORDS } from '../../shared/vocabulary';
import { Button } from '../ui/Button';
import { useReview } from './context';

/** The teaser part of the annotation panel. */
export function TeaserDetails({ annotation }: { annotation: Annotation }) {
  const { actions } = useReview();
  const id = useId();
  const reason = annotation.attrs.reason ?? 'other';
  return (
    <div className="rv-details">
      {annotation.attrs.candidate && (
        <div className="rv-candidate" role="note">
          <p>Suggested at import: the article extractor left this out. Is it off-topic?</p>
          <div className="rv-row">
            <Button small variant="primary" onClick={() => void actions.confirmCandidate(annotation.id)}>
              Confirm teaser
            </Button>
            <Button small onClick={() => void actions.rejectCandidate(annotation.id)}>
              Not a teaser
            </Button>
          </div>
        </div>
      )}
      <div className="rv-field">
        <label htmlFor={id}>Reason</label>
        <select
          id={id}
          value={reason}
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
