/**
 * Claim fields in the inspector: the verification status (one click, status colours), who it is
 * assigned to (typed, or "Assign to me" with the reviewer name from Settings), the verdict note, the checklist of entities inside the claim, its sources, and its history (`claims:get`,
 * reloaded whenever the claim or its sources change).
 */
import { useEffect, useState } from 'react';
import { CLAIM_STATUSES, type Annotation, type EventRecord } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { errorMessage } from '../ui/errors';
import { useToasts } from '../ui/Toasts';
import { ClaimChecklist } from './ClaimChecklist';
import { ClaimHistory } from './ClaimHistory';
import { ClaimSources } from './ClaimSources';
import { CommitField } from './CommitField';
import { useReview } from './context';
import { sourcesOf } from './store';
import { isUnsupportedRating } from '../../shared/unsupported-rating';
import { verdictAuthor } from '../../shared/verdict-author';
import { useMay } from '../team/may';

/** The claim part of the annotation panel. */
export function ClaimDetails({ annotation }: { annotation: Annotation }) {
  const { data, actions } = useReview();
  // On a team server an editor sees the claim's work but cannot change it: the fields are read-only.
  const mayCheck = useMay('claims:update');
  const claim = data.claims.get(annotation.id);
  const sources = sourcesOf(data, annotation.id);
  const sourceKey = sources
    .map((s) => `${s.id}`)
    .join();
  const [history, setHistory] = useState<EventRecord[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('claims:get', { annotationId: annotation.id })
      .then((answer) => live && (setHistory(answer.history), setHistoryError(null)))
      .catch((error: unknown) => live && setHistoryError(`The history could not be loaded: ${errorMessage(error)}`));
    return () => {
      live = false;
    };
  }, [annotation.id, annotation.updatedAt, claim?.updatedAt, sourceKey]);

  if (!claim) return <p className="rv-warning">This claim’s verification record is missing.</p>;
  return (
    <div className="rv-details">
      <fieldset className="rv-statuses">
        <legend>Status</legend>
        {CLAIM_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`rv-status-button rv-status-${status}`}
            aria-pressed={claim.status === status}
            disabled={!mayCheck.allowed}
            title={mayCheck.reason}
            onClick={() => claim.status !== status && void actions.setClaimStatus(annotation.id, status)}
          >
            {CLAIM_STATUS_WORDS[status]}
          </button>
        ))}
      </fieldset>
      {claim.status !== 'unverified' && verdictAuthor(claim) && <p className="rv-hint">Verdict by {verdictAuthor(claim)}</p>}
      {isUnsupportedRating(claim, sources.length) && (
        <p className="rv-warning" role="alert">
          Rated {CLAIM_STATUS_WORDS[claim.status]} with no verdict and no source: say what shows it, or add the source that
          does, before this rating is exported.
        </p>
      )}
      {mayCheck.allowed ? (
        <>
          <AssigneeField annotationId={annotation.id} assignee={claim.assignee ?? ''} />
          <CommitField
            label="Verdict"
            multiline
            value={claim.verdict}
            placeholder="What the sources show, in a sentence or two"
            hint="Saved when you leave the field (Esc, Ctrl+Enter, or clicking elsewhere)."
            draftKey={`${annotation.id}:verdict`}
            onCommit={(verdict) => actions.setVerdict(annotation.id, verdict)}
          />
        </>
      ) : (
        <div className="rv-claim-readonly" aria-label="Verdict">
          <p>Assigned to: {claim.assignee || 'nobody'}</p>
          <p>Verdict: {claim.verdict || 'none yet'}</p>
          <p className="rv-hint">{mayCheck.reason}</p>
        </div>
      )}
      <ClaimChecklist annotation={annotation} claim={claim} />
      <ClaimSources annotation={annotation} />
      <ClaimHistory events={history} error={historyError} />
    </div>
  );
}

/** "Assigned to": a name to type, or "Assign to me" with the reviewer name from Settings. */
function AssigneeField({ annotationId, assignee }: { annotationId: string; assignee: string }) {
  const { actions } = useReview();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);

  async function assignToMe() {
    setBusy(true);
    try {
      const { reviewerName } = await call('settings:get', {});
      if (!reviewerName.trim()) toasts.show('Set your name in Settings first; it is what “Assign to me” fills in.', 'info');
      else await actions.setAssignee(annotationId, reviewerName);
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <CommitField
      label="Assigned to"
      value={assignee}
      placeholder="Unassigned"
      draftKey={`${annotationId}:assignee`}
      onCommit={(name) => actions.setAssignee(annotationId, name)}
      action={
        <Button small onClick={() => void assignToMe()} disabled={busy}>
          Assign to me
        </Button>
      }
    />
  );
}
