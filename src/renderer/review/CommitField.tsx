/**
 * A text field that saves when the editor is done with it: on blur, on Enter (single line) or
 * Ctrl/Cmd+Enter (multi-line). Escape puts back the saved value. The draft follows the saved
 * value whenever that changes from outside (undo, another panel).
 */
import { useEffect, useId, useState, type ReactNode } from 'react';

/** Props of `CommitField`. */
export interface CommitFieldProps {
  label: string;
  value: string;
  /** Saves the new value; resolves false when saving failed (the draft is kept for another try). */
  onCommit(value: string): Promise<boolean> | void;
  multiline?: boolean;
  placeholder?: string;
  /** Extra words under the field. */
  hint?: string;
  /** A control beside a single-line field (a button that fills it in). */
  action?: ReactNode;
}

/** A labelled input or textarea that commits on blur/Enter. */
export function CommitField({ label, value, onCommit, multiline = false, placeholder, hint, action }: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);

  function commit() {
    if (draft === value) return;
    void onCommit(draft);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Escape' && draft !== value) {
      event.stopPropagation();
      setDraft(value);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  }

  const common = {
    id,
    value: draft,
    placeholder,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
  };
  return (
    <div className="rv-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : action ? (
        <div className="rv-field-row">
          <input type="text" {...common} />
          {action}
        </div>
      ) : (
        <input type="text" {...common} />
      )}
      {hint && <p className="rv-hint">{hint}</p>}
    </div>
  );
}
