/** Rename a document (`documents:rename`); the API's refusal is shown under the field. */
import { useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { DocumentSummary } from '../../shared/types';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errors';

export interface RenameDialogProps {
  document: DocumentSummary;
  onDone(renamed: DocumentSummary): void;
  onCancel(): void;
}

/** A small form dialog with the current title selected. */
export function RenameDialog({ document, onDone, onCancel }: RenameDialogProps) {
  const [title, setTitle] = useState(document.title);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formId = `rename-${document.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = title.trim();
    if (!next) {
      setError('A document needs a title.');
      return;
    }
    if (next === document.title) {
      onCancel();
      return;
    }
    setBusy(true);
    try {
      onDone(await call('documents:rename', { id: document.id, title: next }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Rename document"
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form={formId} disabled={busy}>
            {busy ? 'Saving…' : 'Rename'}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="form-stack">
        <label className="field">
          <span className="field-label">Title</span>
          <input
            type="text"
            value={title}
            maxLength={1000}
            onChange={(e) => setTitle(e.target.value)}
            onFocus={(e) => e.currentTarget.select()}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${formId}-error` : undefined}
          />
        </label>
        {error && (
          <p className="form-error" id={`${formId}-error`} role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
