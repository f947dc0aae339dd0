/**
 * A text field that saves what the editor typed however the field is left: on blur (clicking
 * elsewhere), Enter (single line) or Ctrl/Cmd+Enter (multi-line), Escape (saves and leaves the
 * field; Ctrl+Z takes the save back), when the panel goes away (J/K to another annotation, another
 * document, closing the workspace) and when the page is hidden or closed. Until it is saved the
 * typing is also kept as a draft (`drafts.ts`) under `draftKey`, so words a save could not deliver
 * (the window closed first, the save failed) come back the next time the field is shown.
 * The draft follows the saved value whenever that changes from outside (undo, another panel).
 *
 * A new `draftKey` is another field: the inspector stays mounted while ] moves from one annotation
 * to the next (building the field again cost a form control's DOM, style and layout per key), so
 * the field saves what was typed for the previous key with the previous `onCommit`, and shows the
 * new key's value, or its kept draft.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { clearDraft, readDraft, writeDraft } from './drafts';

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
  /** Where unsaved typing is kept until saved (unique per annotation and field); none: not kept. */
  draftKey?: string;
}

/** A labelled input or textarea that commits on blur/Enter/Escape/unmount. */
export function CommitField({ label, value, onCommit, multiline = false, placeholder, hint, action, draftKey }: CommitFieldProps) {
  const id = useId();
  const [forKey, setForKey] = useState(draftKey);
  const [restored, setRestored] = useState(() => keptDraft(draftKey, value));
  const [draft, setDraft] = useState(restored ?? value);
  if (forKey !== draftKey) {
    // Another field (the next annotation's): start from its value or kept draft, before anything is shown.
    const kept = keptDraft(draftKey, value);
    setForKey(draftKey);
    setRestored(kept);
    setDraft(kept ?? value);
  }
  /** The text last handed to onCommit and not yet answered (so blur right after Escape does not save twice). */
  const sent = useRef<string | null>(null);
  const previous = useRef({ value, draftKey });
  useEffect(() => {
    const was = previous.current;
    previous.current = { value, draftKey };
    if (was.draftKey !== draftKey || was.value === value) return;
    sent.current = null;
    setDraft(value);
    // The saved value replaced what was typed (saved, undone, changed elsewhere): no draft to bring back.
    if (draftKey) clearDraft(draftKey);
  }, [value, draftKey]);

  // What the handlers save, as last shown. Set after the commit, so that when the key changes the
  // cleanup below still sees the previous field's text, value and onCommit.
  const latest = useRef({ draft, value, onCommit, draftKey });
  useLayoutEffect(() => {
    latest.current = { draft, value, onCommit, draftKey };
  });

  // Leaving without blur: another annotation's field (the key changed), the panel unmounts (another
  // document, closing it) or the page goes away.
  useLayoutEffect(() => {
    sent.current = null;
    return () => commitLatest(latest.current, sent);
  }, [draftKey]);
  useEffect(() => {
    const flush = () => commitLatest(latest.current, sent);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  function change(next: string) {
    setDraft(next);
    if (!draftKey) return;
    if (next === value) clearDraft(draftKey);
    else writeDraft(draftKey, next);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Escape' && draft !== value) {
      // Saved, not thrown away; the next Escape closes the panel.
      event.stopPropagation();
      commitLatest(latest.current, sent);
      event.currentTarget.blur();
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commitLatest(latest.current, sent);
    }
  }

  const common = {
    id,
    value: draft,
    placeholder,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(e.target.value),
    onBlur: () => commitLatest(latest.current, sent),
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
      {restored !== null && draft === restored && (
        <p className="rv-hint rv-draft-note" role="status">
          Unsaved words from last time were put back; they are saved when you leave the field.
        </p>
      )}
      {hint && <p className="rv-hint">{hint}</p>}
    </div>
  );
}

/** The draft kept for `draftKey` when it differs from the saved value, else null. */
function keptDraft(draftKey: string | undefined, value: string): string | null {
  const kept = draftKey ? readDraft<string>(draftKey) : null;
  return typeof kept === 'string' && kept !== value ? kept : null;
}

/** Saves `draft` when it differs from the saved value and is not already on its way; the kept draft goes once saved. */
function commitLatest(
  { draft, value, onCommit, draftKey }: { draft: string; value: string; onCommit: CommitFieldProps['onCommit']; draftKey?: string },
  sent: { current: string | null },
): void {
  if (draft === value) {
    if (draftKey) clearDraft(draftKey);
    return;
  }
  if (sent.current === draft) return;
  sent.current = draft;
  void Promise.resolve(onCommit(draft)).then((ok) => {
    if (ok === false) {
      if (sent.current === draft) sent.current = null; // another try on the next blur or Enter
    } else if (draftKey && readDraft(draftKey) === draft) {
      clearDraft(draftKey);
    }
  });
}
