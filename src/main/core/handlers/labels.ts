/**
 * Label (entity taxonomy) handlers. Renaming a label renames it on every annotation in the same
 * transaction; names are unique regardless of case and hotkeys are unique and never one of the
 * workspace's own keys (shared/keys.ts `RESERVED_HOTKEYS`); a label still in use
 * cannot be deleted.
 */
import { MAX_LABELS } from '../../../shared/request-limits';
import { ApiError } from '../../../shared/result';
import type { Label } from '../../../shared/types';
import { newId, nowIso } from '../db/sql';
import type { StoreTx } from '../store/types';
import { reservedHotkeyReason } from '../../../shared/keys';
import { plural } from '../../../shared/plural';
import { auditTx, touchTx, type CoreContext, type HandlerFamily } from './context';

/**
 * Throws when another label already has this name (any case) or hotkey, or when the hotkey is one
 * the review workspace keeps for itself (RESERVED_HOTKEYS).
 */
async function checkUnique(tx: StoreTx, name: string | undefined, hotkey: string | null | undefined, selfId?: string): Promise<void> {
  const reserved = hotkey ? reservedHotkeyReason(hotkey) : null;
  if (reserved) throw new ApiError('invalid_input', reserved);
  if (name !== undefined) {
    const clash = await tx.labels.findLabelByName(name);
    if (clash && clash.id !== selfId) throw new ApiError('conflict', `There is already a label called ${clash.name}.`);
  }
  if (hotkey) {
    const clash = await tx.labels.findLabelByHotkey(hotkey);
    if (clash && clash.id !== selfId) {
      throw new ApiError('conflict', `The key ${hotkey} is already the hotkey of ${clash.name}. Choose another key or clear that one first.`);
    }
  }
}

/** The handlers of the label operations. */
export function labelHandlers({ store }: CoreContext): HandlerFamily<
  'labels:list' | 'labels:create' | 'labels:update' | 'labels:reorder' | 'labels:delete'
> {
  return {
    'labels:list': () => store.labels.listLabels(),

    'labels:create': ({ name, color, hotkey }) =>
      store.write(async (tx) => {
        await checkUnique(tx, name, hotkey);
        if ((await tx.labels.listLabels()).length >= MAX_LABELS) {
          throw new ApiError('conflict', `A library holds at most ${MAX_LABELS} labels. Delete one you no longer use first.`);
        }
        const label: Label = { id: newId(), name, kind: 'entity', color, hotkey, position: await tx.labels.nextLabelPosition() };
        await tx.labels.insertLabel(label);
        await auditTx(tx, { action: 'label.created', data: { label } });
        return label;
      }),

    'labels:update': ({ id, ...patch }) =>
      store.write(async (tx) => {
        const before = await tx.labels.requireLabel(id);
        await checkUnique(tx, patch.name, patch.hotkey, id);
        const after: Label = {
          ...before,
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.color !== undefined && { color: patch.color }),
          ...(patch.hotkey !== undefined && { hotkey: patch.hotkey }),
        };
        if (after.name === before.name && after.color === before.color && after.hotkey === before.hotkey) return before;
        const at = nowIso();
        await tx.labels.saveLabel(after);
        let relabelled = 0;
        if (after.name !== before.name) {
          relabelled = (await tx.annotations.countLabelUse(before.name)).annotations;
          await touchTx(tx, await tx.annotations.relabelAnnotations(before.name, after.name, at), at);
        }
        await auditTx(tx, { action: 'label.updated', data: { id, before, after, annotationsRelabelled: relabelled } }, at);
        return after;
      }),

    'labels:reorder': ({ ids }) =>
      store.write(async (tx) => {
        const labels = await tx.labels.listLabels();
        const byId = new Map(labels.map((label) => [label.id, label]));
        const unknown = ids.find((id) => !byId.has(id));
        if (unknown) throw new ApiError('not_found', `No label with id ${unknown}. It may have been deleted.`);
        // The ids given come first in that order; any left out keep their order after them.
        const listed = [...new Set(ids)];
        const order = [...listed, ...labels.map((label) => label.id).filter((id) => !listed.includes(id))];
        const result = order.map((id, position) => ({ ...byId.get(id)!, position }));
        for (const label of result) await tx.labels.saveLabel(label);
        await auditTx(tx, { action: 'labels.reordered', data: { order: result.map((label) => label.name) } });
        return result;
      }),

    'labels:delete': ({ id }) =>
      store.write(async (tx) => {
        const label = await tx.labels.requireLabel(id);
        const use = await tx.annotations.countLabelUse(label.name);
        if (use.annotations > 0) {
          throw new ApiError(
            'conflict',
            `The label ${label.name} is still used by ${plural(use.annotations, 'annotation')} in ${plural(use.documents, 'document')}. Relabel or delete them first.`,
          );
        }
        await tx.labels.deleteLabel(id);
        await auditTx(tx, { action: 'label.deleted', data: { label } });
        return { deleted: true as const };
      }),
  };
}
