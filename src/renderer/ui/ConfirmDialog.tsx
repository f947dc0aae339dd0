/** "Are you sure?" for destructive actions: names what will happen, Cancel is focused first. */
import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** The confirm button's words ("Delete document"). */
  confirmLabel: string;
  /** Runs the action; the dialog shows a busy state until it settles. Errors are shown inside the dialog. */
  onConfirm(): Promise<void> | void;
  onCancel(): void;
  danger?: boolean;
}

/** A confirmation dialog whose confirm action may be async; failures stay visible in the dialog. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, danger = true }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={title}
      onClose={() => !busy && onCancel()}
      initialFocus="[data-autofocus]"
      footer={
        <>
          <Button onClick={onCancel} disabled={busy} data-autofocus="">
            Cancel
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={confirm} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
