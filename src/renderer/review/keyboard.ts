/**
 * The workspace's keyboard map: ONE table (`KEY_TABLE`) that both the handler (`commandFor`, a pure
 * function from a key event to a command) and the shortcuts sheet and the README's key table
 * (`keyTableMarkdown`, checked by a test) are made from, so they cannot drift apart. Single keys act
 * only when focus is not in a form field or in editable text. The built-in letters are the shared
 * `RESERVED_HOTKEYS` (src/shared/keys.ts), which the core refuses as label hotkeys and the settings
 * form explains; a label that still carries one (from an older database) never shadows the built-in
 * command.
 */
import type { OperationName } from '../../shared/api';
import { RESERVED_HOTKEYS } from '../../shared/keys';
import { CLAIM_STATUSES, type ClaimStatus, type Label } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';

/** A command the workspace carries out. */
export type ReviewCommand =
  | { type: 'tag'; label: Label; all: boolean }
  | { type: 'status'; status: ClaimStatus }
  | { type: 'flag' }
  | { type: 'flagBlock' }
  | { type: 'flagToEnd' }
  | { type: 'claim' }
  | { type: 'sentence' }
  | { type: 'tagAll' }
  | { type: 'delete' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'nextClaim' }
  | { type: 'previousClaim' }
  | { type: 'verdict' }
  | { type: 'confirmCandidate' }
  | { type: 'rejectCandidate' }
  | { type: 'confirmAllCandidates' }
  | { type: 'nextSuggestion' }
  | { type: 'previousSuggestion' }
  | { type: 'suggest' }
  | { type: 'reuseVerdict' }
  | { type: 'markReviewed' }
  | { type: 'editText' }
  | { type: 'inlineLabels' }
  | { type: 'contextMenu' }
  | { type: 'cleanView' }
  | { type: 'escape' }
  | { type: 'help' }
  | { type: 'undo' }
  | { type: 'redo' };

/** Commands a single key (with or without Shift) runs, whatever is selected. */
type KeyedCommand = Exclude<ReviewCommand['type'], 'tag' | 'status'>;

/** One key of the table. */
export interface KeyBinding {
  /** The key as the sheet shows it, one <kbd> each: ['Shift', 'N']. */
  keys: string[];
  what: string;
  /**
   * How the handler recognises it: `key` is the lower-cased key ("n", "delete", "f2"), `shift`
   * whether Shift is held. Absent for rows made of several keys (the label and status digits, which
   * `commandFor` reads from the taxonomy) and for keys the app shell handles (`byShell`).
   */
  match?: { key: string; shift?: boolean; ctrl?: boolean; command: KeyedCommand };
  /** Handled outside the workspace (the app shell's Ctrl+E; the Electron menu accelerators). */
  byShell?: boolean;
  /**
   * For rows without `match` (the digits): the operation their keys send, so the sheet can show a
   * row the signed-in role may not use as unavailable (command-access.ts `bindingCall`).
   */
  writes?: OperationName;
}

/** The status each digit sets on a selected claim: 1 Unverified … 6 Unverifiable. */
export const STATUS_DIGITS: readonly ClaimStatus[] = CLAIM_STATUSES;

const statusList = STATUS_DIGITS.map((s, i) => `${i + 1} ${CLAIM_STATUS_WORDS[s]}`).join(', ');

/** Every key of the workspace, grouped as the sheet shows them. */
export const KEY_TABLE: ReadonlyArray<{ title: string; rows: KeyBinding[] }> = [
  {
    title: 'With text selected',
    rows: [
      { keys: ['1', '…', '8'], what: 'Tag the selection with the label of that key (see the legend)', writes: 'annotations:create' },
      { keys: ['Shift', '1…8'], what: 'Tag the selection and its other untagged occurrences: lists them first, to untick any', writes: 'annotations:create' },
      { keys: ['T'], what: 'Flag the selection as teaser content', match: { key: 't', command: 'flag' } },
      { keys: ['C'], what: 'Mark the selection as a claim', match: { key: 'c', command: 'claim' } },
    ],
  },
  {
    title: 'At the caret',
    rows: [
      { keys: ['P'], what: 'Flag the paragraph around the caret', match: { key: 'p', command: 'flagBlock' } },
      { keys: ['E'], what: 'Flag from the caret’s paragraph to the end of the document', match: { key: 'e', command: 'flagToEnd' } },
      { keys: ['S'], what: 'Mark the sentence around the caret as a claim', match: { key: 's', command: 'sentence' } },
    ],
  },
  {
    title: 'With an annotation selected',
    rows: [
      { keys: ['1', '…', '8'], what: 'Entity: change its label to that key’s', writes: 'annotations:update' },
      { keys: ['Shift', '1…8'], what: 'Entity: change its label, then tag its other occurrences (listed first)', writes: 'annotations:update' },
      { keys: ['A'], what: 'Entity: tag its other untagged occurrences (listed first)', match: { key: 'a', command: 'tagAll' } },
      { keys: ['1', '…', '6'], what: `Claim: set its status (${statusList})`, writes: 'claims:update' },
      { keys: ['F'], what: 'Claim: write its verdict (moves the cursor into its field)', match: { key: 'f', command: 'verdict' } },
      { keys: ['Delete'], what: 'Delete the selected annotation (also Backspace)', match: { key: 'delete', command: 'delete' } },
      { keys: ['Shift', 'F10'], what: 'Open the menu of the selection or annotation (also the Menu key, or right-click)', match: { key: 'f10', shift: true, command: 'contextMenu' } },
    ],
  },
  {
    title: 'Suggestions (drawn without fill; the Suggestions tab lists them with their reasons)',
    rows: [
      { keys: [']'], what: 'Next pending suggestion', match: { key: ']', command: 'nextSuggestion' } },
      { keys: ['['], what: 'Previous pending suggestion', match: { key: '[', command: 'previousSuggestion' } },
      { keys: ['Enter'], what: 'Accept the selected suggestion, then go to the next (also Y)', match: { key: 'enter', command: 'confirmCandidate' } },
      { keys: ['Y'], what: 'Accept the selected suggestion, then go to the next', match: { key: 'y', command: 'confirmCandidate' } },
      { keys: ['D'], what: 'Reject the selected suggestion (also X or Backspace): it is not suggested here again', match: { key: 'd', command: 'rejectCandidate' } },
      { keys: ['X'], what: 'Reject the selected suggestion (Prodigy’s key)', match: { key: 'x', command: 'rejectCandidate' } },
      { keys: ['1', '…', '8'], what: 'Suggested entity: accept it with that key’s label', writes: 'annotations:update' },
      { keys: ['Shift', 'Enter'], what: 'Accept every pending suggestion of the selected one’s kind in this document (teasers when none is selected; also Shift+Y)', match: { key: 'enter', shift: true, command: 'confirmAllCandidates' } },
      { keys: ['Shift', 'Y'], what: 'Accept every pending suggestion of the selected one’s kind (one undoable step)', match: { key: 'y', shift: true, command: 'confirmAllCandidates' } },
      { keys: ['U'], what: 'Suggested claim checked before elsewhere: accept it using that verdict and its sources', match: { key: 'u', command: 'reuseVerdict' } },
      { keys: ['G'], what: 'Suggest: find teasers, claims and entities in this document (also the Suggest button)', match: { key: 'g', command: 'suggest' } },
    ],
  },
  {
    title: 'Move',
    rows: [
      { keys: ['J'], what: 'Next annotation', match: { key: 'j', command: 'next' } },
      { keys: ['K'], what: 'Previous annotation', match: { key: 'k', command: 'previous' } },
      { keys: ['N'], what: 'Next unverified claim in this document', match: { key: 'n', command: 'nextClaim' } },
      { keys: ['Shift', 'N'], what: 'Previous unverified claim in this document', match: { key: 'n', shift: true, command: 'previousClaim' } },
    ],
  },
  {
    title: 'The document',
    rows: [
      { keys: ['M'], what: 'Mark the document reviewed (lists what is still open first)', match: { key: 'm', command: 'markReviewed' } },
      { keys: ['F2'], what: 'Edit text / done editing', match: { key: 'f2', command: 'editText' } },
      { keys: ['Ctrl', 'E'], what: 'Export the document', byShell: true },
      { keys: ['V'], what: 'Clean view: hide flagged teaser content', match: { key: 'v', command: 'cleanView' } },
      { keys: ['L'], what: 'Show or hide label names on the text', match: { key: 'l', command: 'inlineLabels' } },
      { keys: ['Ctrl', 'Z'], what: 'Undo the last annotation change', match: { key: 'z', ctrl: true, command: 'undo' } },
      { keys: ['Ctrl', 'Shift', 'Z'], what: 'Redo (also Ctrl+Y)', match: { key: 'z', ctrl: true, shift: true, command: 'redo' } },
      { keys: ['Esc'], what: 'Close the menu, toolbar or panel', match: { key: 'escape', command: 'escape' } },
      { keys: ['?'], what: 'Show this sheet', match: { key: '?', command: 'help' } },
    ],
  },
];

/** The table's rows as the sheet lists them (kept under this name for older callers). */
export const SHORTCUT_GROUPS = KEY_TABLE;

const BINDINGS = KEY_TABLE.flatMap((group) => group.rows).filter((row) => row.match);

/** The command of each reserved letter without Shift (`?` is handled on its own); tests hold it to `RESERVED_HOTKEYS`. */
export const LETTER_COMMANDS: Readonly<Record<string, ReviewCommand['type']>> = Object.fromEntries(
  BINDINGS.filter((b) => /^[a-z]$/.test(b.match!.key) && !b.match!.shift && !b.match!.ctrl).map((b) => [b.match!.key, b.match!.command]),
);

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

/** The table's binding for a key, or null. */
function bindingFor(key: string, shift: boolean, ctrl: boolean): KeyBinding['match'] | null {
  for (const b of BINDINGS) {
    const m = b.match!;
    if (m.key === key && (m.shift ?? false) === shift && (m.ctrl ?? false) === ctrl) return m;
  }
  return null;
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
  // F2 leaves edit-text mode from inside the text being edited, so it comes before the typing check.
  if (event.key === 'F2' && !mod && !event.altKey && !event.shiftKey) return { type: 'editText' };
  if (mod && !event.altKey) {
    if (typing || editing) return null; // text history belongs to the field / ProseMirror
    const key = event.key.toLowerCase();
    if (key === 'y' && !event.shiftKey) return { type: 'redo' };
    const m = bindingFor(key, event.shiftKey, true);
    return m ? ({ type: m.command } as ReviewCommand) : null;
  }
  if (mod || event.altKey || typing) return null;
  if (event.key === '?') return { type: 'help' };
  if (editing) return null;
  if (event.key === 'Backspace') return { type: 'delete' };
  if (event.key === 'ContextMenu') return { type: 'contextMenu' };
  // Enter on a focused button or tab belongs to it, not to "accept the suggestion" — except an item of
  // the side panel's lists, which only shows its annotation: there Enter accepts what it shows.
  if (event.key === 'Enter' && (event.target as Element | null)?.closest?.('button:not(.rv-list-item), a, summary, [role="button"], [role="tab"], [role="option"]')) return null;
  const key = hotkeyOf(event);
  if (isReservedKey(key) || key.length > 1 || !/^[0-9a-z]$/.test(key)) {
    const m = bindingFor(key.toLowerCase(), event.shiftKey, false);
    return m ? ({ type: m.command } as ReviewCommand) : null;
  }
  const label = labels.find((l) => l.hotkey === key);
  if (label) return { type: 'tag', label, all: event.shiftKey };
  // A status digit no label uses still sets a selected claim's status.
  const digit = /^[1-9]$/.test(key) ? Number(key) : 0;
  if (digit >= 1 && digit <= STATUS_DIGITS.length && !event.shiftKey) return { type: 'status', status: STATUS_DIGITS[digit - 1] };
  return null;
}

/** The claim status a digit key sets (1 Unverified … 6 Unverifiable), or null for another key. */
export function statusOfDigit(key: string | null | undefined): ClaimStatus | null {
  const digit = key && /^[1-9]$/.test(key) ? Number(key) : 0;
  return digit >= 1 && digit <= STATUS_DIGITS.length ? STATUS_DIGITS[digit - 1] : null;
}

/** The key table as the README shows it (a test holds the README to it). */
export function keyTableMarkdown(): string {
  const lines = ['| key | what it does |', '|-----|--------------|'];
  for (const group of KEY_TABLE) {
    lines.push(`| **${group.title}** | |`);
    for (const row of group.rows) lines.push(`| ${row.keys.map((k) => (k === '…' ? '…' : `\`${k}\``)).join(k2(row.keys))} | ${row.what} |`);
  }
  return lines.join('\n');
}

/** "+" between keys held together, nothing around "…" (a range of keys). */
function k2(keys: string[]): string {
  return keys.includes('…') ? ' ' : ' + ';
}
