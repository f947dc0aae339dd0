/**
 * "Who is reviewing?" — asked the first time the editor does something attributable while no reviewer
 * name is set (editGuard.ts), so work is never silently credited to "editor". The name is saved in
 * Settings (where it can be changed later); "Not now" carries on without one, and is not asked again
 * until the app is restarted.
 */
import { useState } from 'react';
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errors';

/** Props of `ReviewerNameDialog`. */
export interface ReviewerNameDialogProps {
  /** Called with the saved name, or null for "Not now". */
  onDone(name: string | null): void;
}

/** The first-use name question. */
export function ReviewerNameDialog({ onDone }: ReviewerNameDialogProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Type your name, or choose “Not now”.');
      return;
    }
    setBusy(true);
    try {
      const saved = await call('settings:set', { reviewerName: trimmed });
      onDone(saved.reviewerName);
    } catch (e) {
      setError(`The name could not be saved: ${errorMessage(e)}`);
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Who is reviewing?"
      onClose={() => !busy && onDone(null)}
      initialFocus="#reviewer-name-first-use"
      footer={
        <>
          <Button onClick={() => onDone(null)} disabled={busy}>
            Not now
          </Button>
          <Button variant="primary" type="submit" form="reviewer-name-form" disabled={busy}>
            {busy ? 'Saving…' : 'Save name'}
          </Button>
        </>
      }
    >
      <form id="reviewer-name-form" onSubmit={save} noValidate>
        <p>Copydesk records your name with each verdict and change, and exports credit you as the reviewer.</p>
        <div className="field">
          <label htmlFor="reviewer-name-first-use" className="field-label">
            Your name
          </label>
          <input
            id="reviewer-name-first-use"
            type="text"
            maxLength={200}
            autoComplete="name"
            placeholder="e.g. Li Wei"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <p className="field-hint">You can change it later in Settings.</p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
