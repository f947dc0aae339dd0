/**
 * The audit log of a write that changes many things at once (thousands of annotations created or
 * deleted in one step): every event in one batch, instead of one {@link auditTx} — one round trip
 * on a team library — per event.
 */
import { currentActorOf } from '../actor';
import type { StoreTx } from '../store/types';
import type { AuditEntry } from './context';

/**
 * Records `entries` in the audit log in the order given (their ids ascend in that order), all at
 * `at` by `actor` (read once when not given). Call it inside the write's `store.write`, as auditTx.
 */
export async function auditManyTx(tx: StoreTx, entries: readonly AuditEntry[], at: string, actor?: string): Promise<void> {
  if (entries.length === 0) return;
  const by = actor ?? (await currentActorOf(tx));
  await tx.events.appendEvents(
    entries.map((entry) => ({
      at,
      actor: by,
      action: entry.action,
      documentId: entry.documentId ?? null,
      annotationId: entry.annotationId ?? null,
      data: entry.data ?? {},
    })),
  );
}
