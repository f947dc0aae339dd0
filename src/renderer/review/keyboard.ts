/**
 * The workspace's keyboard map, as a pure function from a key event to a command, so the sheet
 * of shortcuts and the handler cannot drift apart. Single keys act only when focus is not in a
 * form field or in editable text. The built-in keys are the shared `RESERVED_HOTKEYS`
 * (src/shared/keys.ts), which the core refuses as label hotkeys and the settings form explains; a
 * label that still carries one (from an older database) never shadows the built-in command.
 */
import { RESERVED_HOTKEYS } from '../../shared/keys';
import type { Label } from '../../shared/types';

/** A command the workspace carries out. */
export type ReviewCommand =
  | { type: 'tag'; label: Label; all: boolean }
  | { type: 'flag' }
  | { type: 'flagBlock' }
  | { type: 'flagToEnd' }
  | { type: 'claim' }
  | { type: 'sentence' }
  | { type: 'tagAll' }
  | { type: 'delete' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'cleanView' }
  | { type: 'escape' }
  | { type: 'help' }
  | { type: 'undo' }
  | { type: 'redo' };

/** One row of the shortcuts sheet. */
export interface ShortcutRow {
  keys: string[];
  what: string;
}

/** The shortcuts sheet, grouped; label hotkeys are listed from the taxonomy. */
export const SHORTCUT_GROUPS: Array<{ title: string; rows: ShortcutRow[] }> = [
  {
    title: 'Tag and flag (with text selected)',
    rows: [
      { keys: ['1', '…', '8'], what: 'Tag the selection with the label of that key (see the legend)' },
      { keys: ['Shift', '1…8'], what: 'Tag the selection and every untagged occurrence of it' },
      { keys: ['A'], what: 'Tag all other occurrences of the selected entity' },
      { keys: ['T'], what: 'Flag the selection as teaser content' },
      { keys: ['P'], what: 'Flag the paragraph around the caret' },
      { keys: ['E'], what: 'Flag from the caret’s paragraph to the end of the document' },
      { keys: ['C'], what: 'Mark the selection as a claim' },
      { keys: ['S'], what: 'Mark the sentence around the caret as a claim' },
    ],
  },
  {
    title: 'Move and change',
    rows: [
      { keys: ['J'], what: 'Next annotation' },
      { keys: ['K'], what: 'Previous annotation' },
      { keys: ['Delete'], what: 'Delete the selected annotation (also Backspace)' },
      { keys: ['Ctrl', 'Z'], what: 'Undo the last annotation change' },
      { keys: ['Ctrl', 'Shift', 'Z'], what: 'Redo (also Ctrl+Y)' },
      { keys: ['V'], what: 'Clean view: hide flagged teaser content' },
      { keys: ['Esc'], what: 'Close the panel, menu or toolbar' },
      { keys: ['?'], what: 'Show this sheet' },
    ],
  },
];

/** The command of each reserved letter (`?` is handled on its own); tests hold it to `RESERVED_HOTKEYS`. */
export const LETTER_COMMANDS: Readonly<Record<string, ReviewCommand['type']>> = {
  t: 'flag',
  p: 'flagBlock',
  e: 'flagToEnd',
  c: 'claim',
  s: 'sentence',
  a: 'tagAll',
  j: 'next',
  k: 'previous',
  v: 'cleanView',
};

/**
 * True when the key belongs to whatever has focus: a field, a select, text being edited. The
 * review text stays `contenteditable` when read-only (for the caret and Shift+arrows) and says so
 * with `aria-readonly="true"`; keys there belong to the workspace.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  if (element.closest('input, textarea, select')) return true;
  const editable = element.closest('[contenteditable]');
  if (!editable || editable.getAttribute('contenteditable') === 'false') return false;
  return editable.getAttribute('aria-readonly') !== 'true';
}

/** True inside the read-only review text, whose engine may claim keys it then refuses (Delete, Ctrl+Z). */
function inReadOnlyText(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('[contenteditable][aria-readonly="true"]') !== null;
}

/** True for a key the workspace keeps for itself. */
export function isReservedKey(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(RESERVED_HOTKEYS, key);
}

/** The key's hotkey character: the digit for Shift+digit (which types "!" etc.), else the lower-cased key. */
function hotkeyOf(event: KeyboardEvent): string {
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(event.code ?? '');
  if (digit) return digit[1];
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

/**
 * The command for a key press, or null when the workspace should leave the key alone.
 * `editing` (edit-text mode) turns annotation shortcuts off; text keys then belong to the editor.
 */
export function commandFor(event: KeyboardEvent, labels: readonly Label[], editing: boolean): ReviewCommand | null {
  if (event.isComposing || (event.defaultPrevented && !inReadOnlyText(event.target))) return null;
  const typing = isTypingTarget(event.target);
  if (event.key === 'Escape') return { type: 'escape' };
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey) {
    if (typing || editing) return null; // text history belongs to the field / ProseMirror
    const key = event.key.toLowerCase();
    if (key === 'z') return { type: event.shiftKey ? 'redo' : 'undo' };
    if (key === 'y' && !event.shiftKey) return { type: 'redo' };
    return null;
  }
  if (mod || event.altKey || typing) return null;
  if (event.key === '?') return { type: 'help' };
  if (editing) return null;
  if (event.key === 'Delete' || event.key === 'Backspace') return { type: 'delete' };
  const key = hotkeyOf(event);
  if (isReservedKey(key)) {
    const letter = LETTER_COMMANDS[key];
    return letter && !event.shiftKey ? ({ type: letter } as ReviewCommand) : null;
  }
  const label = labels.find((l) => l.hotkey === key);
  if (label) return { type: 'tag', label, all: event.shiftKey };
  return null;
}
