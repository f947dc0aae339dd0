/**
 * Add a label to the taxonomy (`labels:create`); refusals (duplicate name, taken hotkey) show inline.
 * A hotkey the review workspace keeps for itself (T, P, E, C, S, A, J, K, V, ?) is refused here, with
 * what the key does, before anything is sent.
 */
import { useState, type FormEvent } from 'react';
import { reservedHotkeyReason } from '../../shared/keys';
import { call } from '../api/client';
import type { Label } from '../../shared/types';
import { Button } from '../ui/Button';
import { errorMessage } from '../ui/errors';

const PALETTE = ['#e8590c', '#1c7ed6', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#5f3dc4', '#c2255c', '#495057', '#d6336c', '#37b24d', '#1971c2'];

/** First palette colour not yet used (so a new label is told apart at a glance). */
export function nextColor(labels: readonly Label[]): string {
  const used = new Set(labels.map((l) => l.color.toLowerCase()));
  return PALETTE.find((c) => !used.has(c)) ?? PALETTE[labels.length % PALETTE.length];
}

/** The form under the label table. */
export function AddLabelForm({ labels, onAdded }: { labels: readonly Label[]; onAdded(label: Label): void }) {
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [hotkey, setHotkey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shownColor = color ?? nextColor(labels);
  // A reserved key is explained as soon as it is typed, not only on Add.
  const hotkeyProblem = hotkey ? reservedHotkeyReason(hotkey) : null;
  const shownError = hotkeyProblem ?? error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Type a name for the new label.');
      return;
    }
    if (hotkeyProblem) return; // already explained under the form
    if (hotkey && !/^[0-9a-z]$/.test(hotkey)) {
      setError('A hotkey is a single digit or letter.');
      return;
    }
    setBusy(true);
    try {
      const label = await call('labels:create', { name: trimmed, color: shownColor, hotkey: hotkey || null });
      onAdded(label);
      setName('');
      setHotkey('');
      setColor(null);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="add-label" onSubmit={submit} aria-label="Add a label">
      <input type="color" className="color-swatch" value={shownColor} onChange={(e) => setColor(e.target.value)} aria-label="Colour of the new label" />
      <label className="visually-hidden" htmlFor="new-label-name">
        New label name
      </label>
      <input
        id="new-label-name"
        type="text"
        className="label-name"
        placeholder="New label, e.g. PRODUCT"
        maxLength={60}
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error && !hotkeyProblem ? true : undefined}
        aria-describedby={shownError ? 'new-label-error' : undefined}
      />
      <label className="visually-hidden" htmlFor="new-label-hotkey">
        New label hotkey
      </label>
      <input
        id="new-label-hotkey"
        type="text"
        className="label-hotkey"
        placeholder="key"
        maxLength={1}
        value={hotkey}
        aria-invalid={hotkeyProblem ? true : undefined}
        aria-describedby={shownError ? 'new-label-error' : undefined}
        onChange={(e) => setHotkey(e.target.value.toLowerCase())}
      />
      <Button type="submit" disabled={busy}>
        Add label
      </Button>
      {shownError && (
        <p className="form-error" id="new-label-error" role="alert">
          {shownError}
        </p>
      )}
    </form>
  );
}
