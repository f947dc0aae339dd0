/**
 * The form for one claim source: web address (http/https only — sources open in the system
 * browser), title, the quoted passage and the date it was consulted. Used to add and to edit.
 * What is typed is kept as a draft (`drafts.ts`) until it is saved or Cancel is pressed: Escape,
 * J/K to another annotation or closing the window leave it there, and the form shows it again when
 * it is next opened for the same source.
 */
import { useEffect, useId, useState } from 'react';
import { httpUrl } from '../../shared/api';
import type { ClaimSource } from '../../shared/types';
import { Button } from '../ui/Button';
import { clearDraft, readDraft, writeDraft } from './drafts';
import type { SourceFields } from './sync';

/** The typed fields, as the form holds them. */
interface SourceDraft {
  url: string;
  title: string;
  quote: string;
  consulted: string;
}

/** Props of `SourceForm`. */
export interface SourceFormProps {
  /** The source being edited; absent when adding. */
  initial?: ClaimSource;
  /** Saves; resolves true when saved (the form then closes). */
  onSubmit(fields: SourceFields): Promise<boolean>;
  onCancel(): void;
  /** Where unsaved typing is kept (per claim for a new source, per source for an edit). */
  draftKey?: string;
}

/** "2025-03-12" in local time for an ISO date-time (for `<input type="date">`). */
export function toDateInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO date-time (local noon, so the day survives time zones) for a date input's value; null when empty. */
export function fromDateInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T12:00:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Add or edit a source. */
export function SourceForm({ initial, onSubmit, onCancel, draftKey }: SourceFormProps) {
  const id = useId();
  const [start] = useState<{ saved: SourceDraft; kept: SourceDraft | null }>(() => ({
    saved: {
      url: initial?.url ?? '',
      title: initial?.title ?? '',
      quote: initial?.quote ?? '',
      consulted: toDateInput(initial ? initial.consultedAt : new Date().toISOString()),
    },
    kept: draftKey ? readDraft<SourceDraft>(draftKey) : null,
  }));
  const from = start.kept ?? start.saved;
  const [url, setUrl] = useState(from.url);
  const [title, setTitle] = useState(from.title);
  const [quote, setQuote] = useState(from.quote);
  const [consulted, setConsulted] = useState(from.consulted);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Every keystroke is kept until saved or cancelled.
  useEffect(() => {
    if (!draftKey) return;
    const now: SourceDraft = { url, title, quote, consulted };
    const same = (Object.keys(now) as Array<keyof SourceDraft>).every((k) => now[k] === start.saved[k]);
    if (same) clearDraft(draftKey);
    else writeDraft(draftKey, now);
  }, [draftKey, url, title, quote, consulted, start]);

  function discard() {
    if (draftKey) clearDraft(draftKey);
    onCancel();
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const parsed = httpUrl.safeParse(url);
    if (!parsed.success) {
      setError('Enter a web address starting with http:// or https://.');
      return;
    }
    setError(null);
    setBusy(true);
    const saved = await onSubmit({ url: parsed.data, title: title.trim(), quote: quote.trim(), consultedAt: fromDateInput(consulted) });
    setBusy(false);
    if (saved) discard();
  }

  return (
    <form
      className="rv-source-form"
      noValidate
      aria-label={initial ? 'Edit source' : 'Add source'}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // Closes the form; what was typed stays as a draft for the next time it is opened.
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="rv-field">
        <label htmlFor={`${id}-url`}>Web address</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          value={url}
          placeholder="https://"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setUrl(e.target.value)}
          autoFocus
        />
      </div>
      <div className="rv-field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="rv-field">
        <label htmlFor={`${id}-quote`}>Quoted passage</label>
        <textarea id={`${id}-quote`} rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />
      </div>
      <div className="rv-field">
        <label htmlFor={`${id}-date`}>Consulted on</label>
        <input id={`${id}-date`} type="date" value={consulted} onChange={(e) => setConsulted(e.target.value)} />
      </div>
      {start.kept && (
        <p className="rv-hint rv-draft-note" role="status">
          Unsaved words from last time were put back. Cancel discards them.
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="rv-row">
        <Button type="submit" variant="primary" small disabled={busy}>
          {busy ? 'Saving…' : initial ? 'Save source' : 'Add source'}
        </Button>
        <Button small onClick={discard} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
