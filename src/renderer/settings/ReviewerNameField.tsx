/** The reviewer's name, saved as it is typed (`settings:set`, debounced). */
import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../ui/errors';
import { useMay } from '../team/may';

/** How long typing pauses before the name is saved. */
export const REVIEWER_SAVE_DELAY_MS = 400;

type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** Text field bound to the reviewer name setting. */
export function ReviewerNameField() {
  const [value, setValue] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef('');
  // On a team server the name is the signed-in account's: shown, not editable.
  const maySet = useMay('settings:set');

  useEffect(() => {
    let live = true;
    call('settings:get', {}).then(
      (s) => live && setValue(s.reviewerName),
      (e) => {
        if (!live) return;
        setValue('');
        setSave({ kind: 'error', message: errorMessage(e) });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  async function persist() {
    timer.current = null;
    const name = latest.current;
    try {
      await call('settings:set', { reviewerName: name });
      if (latest.current === name) setSave({ kind: 'saved' });
    } catch (e) {
      setSave({ kind: 'error', message: errorMessage(e) });
    }
  }

  // Save what is pending when the settings screen closes.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void call('settings:set', { reviewerName: latest.current }).catch(() => {});
      }
    },
    [],
  );

  function onChange(next: string) {
    setValue(next);
    latest.current = next;
    setSave({ kind: 'pending' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(persist, REVIEWER_SAVE_DELAY_MS);
  }

  return (
    <div className="field">
      <label htmlFor="reviewer-name" className="field-label">
        Reviewer name
      </label>
      <div className="field-row">
        <input
          id="reviewer-name"
          type="text"
          maxLength={200}
          autoComplete="name"
          placeholder="e.g. Li Wei"
          disabled={value === null}
          readOnly={!maySet.allowed}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby="reviewer-name-hint reviewer-name-status"
          aria-invalid={save.kind === 'error' ? true : undefined}
        />
        <span id="reviewer-name-status" className={`save-state save-${save.kind}`} aria-live="polite">
          {save.kind === 'pending' ? 'Saving…' : save.kind === 'saved' ? 'Saved' : save.kind === 'error' ? save.message : ''}
        </span>
      </div>
      <p id="reviewer-name-hint" className="field-hint">
        {maySet.reason ?? 'Recorded with every annotation, verdict and status change you make.'}
      </p>
    </div>
  );
}
