/**
 * The suggestion part of the annotation panel: why it was suggested (the reasons that fired and
 * the suggester's confidence) and accept / reject, with their keys.
 */
import type { Annotation } from '../../../shared/types';
import { TriageButtons } from './TriageButtons';
import { useReview } from '../context';
import { CheckedBefore } from './CheckedBefore';
import { useMay } from '../../team/may';

/** Words for where a suggestion came from, by kind. */
const WHAT: Record<Annotation['kind'], string> = {
  teaser: 'Suggested teaser content',
  claim: 'Suggested claim',
  entity: 'Suggested entity',
  note: 'Suggested note',
};

export function SuggestionDetails({ annotation }: { annotation: Annotation }) {
  const { actions } = useReview();
  const mayTriage = useMay('annotations:update').allowed;
  const checkedBefore = annotation.kind === 'claim' ? annotation.attrs.checkedBefore : undefined;
  // The box below says where and how the claim was checked, in full; the core's reason for it
  // (claims-memory.ts: "checked before in “title”: status (verdict)", cut at 300 characters) would say it twice.
  const reasons = (annotation.attrs.reasons ?? []).filter((reason) => !(checkedBefore && reason.startsWith('checked before in “')));
  const score = annotation.attrs.score;
  return (
    <div className="rv-candidate rv-suggestion" role="note" aria-label="Why this was suggested">
      <p>
        <strong>{WHAT[annotation.kind]}</strong>
        {score !== undefined && <span className="rv-hint"> · confidence {Math.round(score * 100)}%</span>}
      </p>
      {reasons.length > 0 ? (
        <ul className="rv-reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        !checkedBefore && <p className="rv-hint">No reasons were recorded for it.</p>
      )}
      {checkedBefore && <CheckedBefore key={annotation.id} annotationId={annotation.id} checkedId={checkedBefore} />}
      {mayTriage && (
        <TriageButtons annotationId={annotation.id} actions={actions} />
      )}
    </div>
  );
}
