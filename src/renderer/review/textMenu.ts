/**
 * What the context menu on the text offers (ContextMenu draws it): for a text selection, a label
 * to tag it with, flag as teaser, mark as claim, copy; for an annotation, open it, relabel it (an
 * entity), set its status (a claim), accept or reject it (a pending suggestion), delete it. Each
 * entry shows the key that does the same, so the menu teaches the keyboard.
 */
import { CLAIM_STATUSES, type Annotation, type ClaimStatus, type Label } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';
import type { MenuEntry } from './ContextMenu';
import { addressOf } from '../app/address';
import type { OperationName } from '../../shared/api';
import { isPendingSuggestion } from './suggestions/pending';

/** Whether the person may call an operation (team/may.ts); a menu leaves out what they may not do. */
export type MayCall = (operation: OperationName) => boolean;
const everything: MayCall = () => true;

/** The verbs the menu calls. */
export interface TextMenuVerbs {
  tag(label: Label): void;
  tagAll(label: Label): void;
  flag(): void;
  claim(): void;
  copy(text: string): void;
  open(annotation: Annotation): void;
  relabel(annotation: Annotation, label: Label): void;
  setStatus(annotation: Annotation, status: ClaimStatus): void;
  /** Accepts a pending suggestion. */
  confirm(annotation: Annotation): void;
  /** Rejects a pending suggestion. */
  reject(annotation: Annotation): void;
  remove(annotation: Annotation): void;
}

/** Entries for a text selection. */
export function selectionEntries(text: string, labels: readonly Label[], verbs: TextMenuVerbs, may: MayCall = everything): MenuEntry[] {
  const entities = labels.filter((l) => l.kind === 'entity');
  const copy: MenuEntry = { label: 'Copy', hint: 'Ctrl+C', run: () => verbs.copy(text) };
  if (!may('annotations:create')) return [copy];
  return [
    { label: 'Tag as', submenu: entities.map((l) => ({ label: l.name, swatch: l.color, hint: l.hotkey ?? undefined, run: () => verbs.tag(l) })) },
    {
      label: 'Tag all occurrences as',
      submenu: entities.map((l) => ({ label: l.name, swatch: l.color, hint: l.hotkey ? `Shift+${l.hotkey}` : undefined, run: () => verbs.tagAll(l) })),
    },
    { label: 'Flag as teaser', hint: 'T', run: verbs.flag },
    { label: 'Mark as claim', hint: 'C', run: verbs.claim },
    copy,
  ];
}

/** Entries for one annotation; `status` is a claim's current status. */
export function annotationEntries(
  annotation: Annotation,
  labels: readonly Label[],
  status: ClaimStatus | undefined,
  verbs: TextMenuVerbs,
  may: MayCall = everything,
): MenuEntry[] {
  const entries: MenuEntry[] = [{ label: 'Open in the panel', run: () => verbs.open(annotation) }];
  const changes = may('annotations:update');
  // A pending suggestion of any kind, in the words and keys of the Suggestions tab.
  if (isPendingSuggestion(annotation) && annotation.kind !== 'note' && changes) {
    const what = `suggested ${annotation.kind === 'entity' ? annotation.label ?? 'entity' : annotation.kind}`;
    entries.push({ label: `Accept ${what}`, hint: 'Enter', run: () => verbs.confirm(annotation) });
    entries.push({ label: `Reject ${what}`, hint: 'X', run: () => verbs.reject(annotation) });
  }
  if (annotation.kind === 'entity' && changes) {
    entries.push({
      label: 'Relabel',
      submenu: labels
        .filter((l) => l.kind === 'entity')
        .map((l) => ({ label: l.name, swatch: l.color, hint: l.hotkey ?? undefined, disabled: l.name === annotation.label, run: () => verbs.relabel(annotation, l) })),
    });
  } else if (annotation.kind === 'claim' && may('claims:update')) {
    entries.push({
      label: 'Set status',
      submenu: CLAIM_STATUSES.map((s, i) => ({ label: CLAIM_STATUS_WORDS[s], hint: String(i + 1), disabled: s === status, run: () => verbs.setStatus(annotation, s) })),
    });
  }
  entries.push({ label: 'Copy the text', run: () => verbs.copy(annotation.quote) });
  // A link that reopens this annotation: copydesk://… in the desktop app (app/address.ts).
  entries.push({ label: 'Copy link', run: () => verbs.copy(addressOf({ documentId: annotation.documentId, annotationId: annotation.id })) });
  if (may('annotations:delete')) entries.push({ label: 'Delete', hint: 'Del', run: () => verbs.remove(annotation) });
  return entries;
}
