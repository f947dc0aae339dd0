/**
 * Label (entity taxonomy) handlers. Renaming a label renames it on every annotation in the same
 * transaction; names are unique regardless of case and hotkeys are unique and never one of the
 * workspace's own keys (shared/keys.ts `RESERVED_HOTKEYS`); a label still in use
 * cannot be deleted.
 */
import { MAX_LABELS } from '../../../shared/request-limits';
import { ApiError } from '../../../shared/result';
import type { Label } from '../../../shared/types';
import { inTransaction, newId, nowIso } from '../db/sql';
import { countLabelUse, relabelAnnotations } from '../repos/annotations';
import {
  deleteLabel,
  findLabelByHotkey,
  findLabelByName,
  insertLabel,
  listLabels,
  nextLabelPosition,
  requireLabel,
  saveLabel,
} from '../repos/labels';
import { reservedHotkeyReason } from '../../../shared/keys';
import { plural } from '../../../shared/plural';
import { audit, touch, type CoreContext, type HandlerFamily } from './context';

/** The handlers of the label operations. */
export function labelHandlers({ db }: CoreContext): HandlerFamily<
  'labels:list' | 'labels:create' | 'labels:update' | 'labels:reorder' | 'labels:delete'
> {
  /**
   * Throws when another label already has this name (any case) or hotkey, or when the hotkey is one
   * the review workspace keeps for itself (RESERVED_HOTKEYS).
   */
  function checkUnique(name: string | undefined, hotkey: string | null | undefined, selfId?: string): void {
    const reserved = hotkey ? reservedHotkeyReason(hotkey) : null;
    if (reserved) throw new ApiError('invalid_input', reserved);
    if (name !== undefined) {
      const clash = findLabelByName(db, name);
      if (clash && clash.id !== selfId) throw new ApiError('conflict', `There is already a label called ${clash.name}.`);
    }
    if (hotkey) {
      const clash = findLabelByHotkey(db, hotkey);
      if (clash && clash.id !== selfId) {
        throw new ApiError('conflict', `The key ${hotkey} is already the hotkey of ${clash.name}. Choose another key or clear that one first.`);
      }
    }
  }

  return {
    'labels:list': () => listLabels(db),

    'labels:create': ({ name, color, hotkey }) =>
      inTransaction(db, () => {
        checkUnique(name, hotkey);
        if (listLabels(db).length >= MAX_LABELS) {
          throw new ApiError('conflict', `A library holds at most ${MAX_LABELS} labels. Delete one you no longer use first.`);
        }
        const label: Label = { id: newId(), name, kind: 'entity', color, hotkey, position: nextLabelPosition(db) };
        insertLabel(db, label);
        audit(db, { action: 'label.created', data: { label } });
        return label;
      }),

    'labels:update': ({ id, ...patch }) =>
      inTransaction(db, () => {
        const before = requireLabel(db, id);
        checkUnique(patch.name, patch.hotkey, id);
        const after: Label = {
          ...before,
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.color !== undefined && { color: patch.color }),
          ...(patch.hotkey !== undefined && { hotkey: patch.hotkey }),
        };
        if (after.name === before.name && after.color === before.color && after.hotkey === before.hotkey) return before;
        const at = nowIso();
        saveLabel(db, after);
        let relabelled = 0;
        if (after.name !== before.name) {
          relabelled = countLabelUse(db, before.name).annotations;
          touch(db, relabelAnnotations(db, before.name, after.name, at), at);
        }
        audit(db, { action: 'label.updated', data: { id, before, after, annotationsRelabelled: relabelled } }, at);
        return after;
      }),

    'labels:reorder': ({ ids }) =>
      inTransaction(db, () => {
        const labels = listLabels(db);
        const byId = new Map(labels.map((label) => [label.id, label]));
        const unknown = ids.find((id) => !byId.has(id));
        if (unknown) throw new ApiError('not_found', `No label with id ${unknown}. It may have been deleted.`);
        // The ids given come first in that order; any left out keep their order after them.
        const listed = [...new Set(ids)];
        const order = [...listed, ...labels.map((label) => label.id).filter((id) => !listed.includes(id))];
        const result = order.map((id, position) => ({ ...byId.get(id)!, position }));
        for (const label of result) saveLabel(db, label);
        audit(db, { action: 'labels.reordered', data: { order: result.map((label) => label.name) } });
        return result;
      }),

    'labels:delete': ({ id }) =>
      inTransaction(db, () => {
        const label = requireLabel(db, id);
        const use = countLabelUse(db, label.name);
        if (use.annotations > 0) {
          throw new ApiError(
            'conflict',
            `The label ${label.name} is still used by ${plural(use.annotations, 'annotation')} in ${plural(use.documents, 'document')}. Relabel or delete them first.`,
          );
        }
        deleteLabel(db, id);
        audit(db, { action: 'label.deleted', data: { label } });
        return { deleted: true as const };
      }),
  };
}
