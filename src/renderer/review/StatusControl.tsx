/**
 * The document's review status: a badge (New → In review → Reviewed; "in review" is set by the
 * core on the first annotation) and the button that moves it on. Marking reviewed while claims are
 * open or candidates unresolved shows the core's warnings and asks; declining puts it back in review.
 */
import { useState } from 'react';
import type { DocumentStatus } from '../../shared/types';
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToasts } from '../ui/Toasts';
import { DOCUMENT_STATUS_WORDS } from './vocabulary';

/** Props of `StatusControl`. */
export interface StatusControlProps {
  documentId: string;
  status: DocumentStatus;
  /** The status as now stored. */
  onStatus(status: DocumentStatus): void;
}

/** Status badge plus "Mark reviewed" / "Reopen". */
export function StatusControl({ documentId, status, onStatus }: StatusControlProps) {
  const [pending, setPending] = useState<{ warnings: string[]; previous: DocumentStatus } | null>(null);
  const [busy, setBusy] = useState(false);
  const toasts = useToasts();

  async function setStatus(next: DocumentStatus): Promise<string[]> {
    const answer = await call('documents:setStatus', { id: documentId, status: next });
    return answer.warnings;
  }

  async function markReviewed() {
    setBusy(true);
    try {
      const found = await setStatus('reviewed');
      if (found.length > 0) setPending({ warnings: found, previous: status });
      else {
        onStatus('reviewed');
        toasts.show('Marked as reviewed.', 'success');
      }
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  }

  async function reopen() {
    setBusy(true);
    try {
      await setStatus('in_review');
      onStatus('in_review');
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="rv-status-control">
      <span className={`rv-doc-status rv-doc-status-${status}`} aria-label={`Status: ${DOCUMENT_STATUS_WORDS[status]}`}>
        {DOCUMENT_STATUS_WORDS[status]}
      </span>
      {status === 'reviewed' ? (
        <Button small onClick={() => void reopen()} disabled={busy}>
          Reopen
        </Button>
      ) : (
        <Button small variant="primary" onClick={() => void markReviewed()} disabled={busy}>
          Mark reviewed
        </Button>
      )}
      {pending && (
        <ConfirmDialog
          title="Mark as reviewed anyway?"
          confirmLabel="Mark reviewed"
          danger={false}
          onConfirm={() => {
            setPending(null);
            onStatus('reviewed');
          }}
          onCancel={() => {
            const { previous } = pending;
            setPending(null);
            // The core recorded "reviewed" with these warnings; declining puts the document back as it was.
            void setStatus(previous).then(
              () => onStatus(previous),
              (error: unknown) => toasts.error(error),
            );
          }}
        >
          <p>Some work on this document is still open:</p>
          <ul className="rv-warnings">
            {pending.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </div>
  );
}
