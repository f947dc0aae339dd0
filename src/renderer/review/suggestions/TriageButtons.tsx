/** Accept and Reject for one pending suggestion, with their keys in the tooltips (a list row and the panel both show them). */
import { Button } from '../../ui/Button';
import type { useReview } from '../context';

interface Props {
  annotationId: string;
  actions: ReturnType<typeof useReview>['actions'];
}

export function TriageButtons({ annotationId, actions }: Props) {
  return (
    <div className="rv-row">
      <Button small variant="primary" onClick={() => void actions.confirmCandidate(annotationId)} title="Accept (Enter or Y)">
        Accept
      </Button>
      <Button small onClick={() => void actions.rejectCandidate(annotationId)} title="Reject (D, X or Backspace): not suggested here again">
        Reject
      </Button>
    </div>
  );
}
