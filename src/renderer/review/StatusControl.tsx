/**
 * The document's review status: a badge (New → In review → Reviewed; "in review" is set by the
 * core on the first annotation) and the button that moves it on. "Mark reviewed" first asks the
 * core what is still open (`documents:reviewWarnings`, which writes nothing); when something is,
 * it lists it and asks, and only a confirmation saves the status.
 */
import { useState } from 'react';
import type { DocumentStatus } from '../../shared/types';
import { DOCUMENT_STATUS_WORDS } from '../../shared/vocabulary';
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToasts } from '../ui/Toasts';
import { useMay } from '../team/may';

/** Props of `StatusControl`. */
export interface StatusControlProps {
  documentId: string;
  status: DocumentStatus;
  /** The status as now stored. */
  onStatus(status: DocumentStatus): void;
}

/** Status badge plus "Mark reviewed" / "Reopen". */
export function StatusControl({ documentId, status, onStatus }: StatusControlProps) {
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const toasts = useToasts();
  // On a team server only some roles may mark reviewed: the button stays, disabled, and says why.
  const mayMark = useMay('documents:setStatus', { id: documentId, status: 'reviewed' });
  const mayReopen = useMay('documents:setStatus', { id: documentId, status: 'in_review' });

  async function save(next: DocumentStatus, done?: string) {
    setBusy(true);
    try {
      await call('documents:setStatus', { id: documentId, status: next });
      onStatus(next);
      if (done) toasts.show(done, 'success');
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  }

  async function markReviewed() {
    setBusy(true);
    let found: string[];
    try {
      found = (await call('documents:reviewWarnings', { id: documentId })).warnings;
    } catch (error) {
      toasts.error(error);
      setBusy(false);
      return;
    }
    setBusy(false);
    if (found.length > 0) setWarnings(found);
    else await save('reviewed', 'Marked as reviewed.');
  }

  return (
    <div className="rv-status-control">
      <span className={`rv-doc-status rv-doc-status-${status}`} aria-label={`Status: ${DOCUMENT_STATUS_WORDS[status]}`}>
        {DOCUMENT_STATUS_WORDS[status]}
      </span>
      {status === 'reviewed' ? (
        <Button small onClick={() => void save('in_review')} disabled={busy || !mayReopen.allowed} title={mayReopen.reason}>
          Reopen
        </Button>
      ) : (
        <Button small variant="primary" onClick={() => void markReviewed()}
          disabled={busy || !mayMark.allowed}
          data-command="mark-reviewed"
          title={mayMark.reason ?? 'Mark reviewed (M)'}
        >
          Mark reviewed
        </Button>
      )}
      {warnings && (
        <ConfirmDialog
          title="Mark as reviewed anyway?"
          confirmLabel="Mark reviewed"
          danger={false}
          onConfirm={async () => {
            // A refusal stays in the dialog, which shows it.
            await call('documents:setStatus', { id: documentId, status: 'reviewed' });
            setWarnings(null);
            onStatus('reviewed');
            toasts.show('Marked as reviewed.', 'success');
          }}
          onCancel={() => setWarnings(null)}
        >
          <p>Some work on this document is still open:</p>
          <ul className="rv-warnings">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </div>
  );
}
