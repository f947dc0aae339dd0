/**
 * Claim verification handlers: the claims overview across the library, one claim with its sources
 * and history, status/verdict/assignee/checklist changes, and the sources consulted for a claim.
 * A status change is logged as `claim.status_changed` with before and after.
 */
import { ApiError } from '../../../shared/result';
import type { Claim, ClaimSource } from '../../../shared/types';
import { currentActorOf } from '../actor';
import { newId, nowIso } from '../db/sql';
import type { StoreTx } from '../store/types';
import { auditTx, touchTx, type CoreContext, type HandlerFamily } from './context';
import { markEditedTx } from './review-state';
import { checkSourceVersion, checkVersion, nextVersion } from './versions';

/** The document a claim belongs to (claims live on annotations). */
async function documentOf(tx: StoreTx, annotationId: string): Promise<string> {
  return (await tx.annotations.requireAnnotation(annotationId)).documentId;
}

/** What every claim or source write ends with: the document moves to In review and is touched. */
async function edited(tx: StoreTx, documentId: string, at: string): Promise<void> {
  await markEditedTx(tx, documentId, at);
  await touchTx(tx, [documentId], at);
}

/** The handlers of the claim and source operations. */
export function claimHandlers({ store }: CoreContext): HandlerFamily<
  'claims:list' | 'claims:get' | 'claims:update' | 'sources:add' | 'sources:update' | 'sources:delete'
> {
  return {
    'claims:list': (filter) => store.claims.listClaims(filter),

    'claims:get': ({ annotationId }) =>
      store.read(async (tx) => {
        const claim = await tx.claims.requireClaim(annotationId);
        return {
          claim,
          annotation: await tx.annotations.requireAnnotation(annotationId),
          sources: await tx.claims.listSources(annotationId),
          history: await tx.events.listEvents({ annotationId, limit: 10000 }),
        };
      }),

    'claims:update': ({ annotationId, baseVersion, ...patch }) =>
      store.write(async (tx) => {
        // Asked at once: one round trip on a team library (pg/in-flight.ts). No claim, no annotation
        // either: the claim's not_found is answered first.
        const [before, documentId] = await Promise.all([tx.claims.requireClaim(annotationId), documentOf(tx, annotationId)]);
        await checkVersion(tx, 'claim', annotationId, before.updatedAt, baseVersion);
        const at = nowIso();
        const after: Claim = {
          ...before,
          ...(patch.status !== undefined && { status: patch.status }),
          ...(patch.verdict !== undefined && { verdict: patch.verdict }),
          ...(patch.assignee !== undefined && { assignee: patch.assignee }),
          ...(patch.checklist !== undefined && { checklist: patch.checklist }),
          updatedAt: nextVersion(before.updatedAt, at),
        };
        // The verdict is whoever last changed the status or its words.
        if (after.status !== before.status || after.verdict !== before.verdict) after.verdictBy = await currentActorOf(tx);
        const changed = (['verdict', 'assignee', 'checklist'] as const).filter(
          (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
        );
        if (before.status === after.status && changed.length === 0) return before;
        await tx.claims.saveClaim(after);
        if (before.status !== after.status) {
          await auditTx(tx, { action: 'claim.status_changed', documentId, annotationId, data: { before: before.status, after: after.status } }, at);
        }
        if (changed.length > 0) {
          const values = (claim: Claim) => Object.fromEntries(changed.map((field) => [field, claim[field]]));
          await auditTx(tx, { action: 'claim.updated', documentId, annotationId, data: { before: values(before), after: values(after) } }, at);
        }
        await edited(tx, documentId, at);
        return after;
      }),

    'sources:add': ({ annotationId, ...fields }) =>
      store.write(async (tx) => {
        await tx.claims.requireClaim(annotationId);
        const documentId = await documentOf(tx, annotationId);
        const at = nowIso();
        const source: ClaimSource = { id: newId(), annotationId, ...fields, createdAt: at };
        await tx.claims.insertSource(source);
        await auditTx(tx, { action: 'source.added', documentId, annotationId, data: { sourceId: source.id, url: source.url, title: source.title } }, at);
        await edited(tx, documentId, at);
        return source;
      }),

    'sources:update': ({ id, baseVersion, ...patch }) =>
      store.write(async (tx) => {
        const before = await tx.claims.requireSource(id);
        await checkSourceVersion(tx, before, baseVersion);
        const documentId = await documentOf(tx, before.annotationId);
        const at = nowIso();
        const after: ClaimSource = { ...before };
        for (const field of ['url', 'title', 'quote', 'note', 'consultedAt'] as const) {
          const value = patch[field];
          if (value !== undefined) (after as unknown as Record<string, unknown>)[field] = value;
        }
        const changed = (['url', 'title', 'quote', 'note', 'consultedAt'] as const).filter((field) => before[field] !== after[field]);
        if (changed.length === 0) return before;
        await tx.claims.saveSource(after);
        const values = (source: ClaimSource) => Object.fromEntries(changed.map((field) => [field, source[field]]));
        await auditTx(
          tx,
          { action: 'source.updated', documentId, annotationId: before.annotationId, data: { sourceId: id, before: values(before), after: values(after) } },
          at,
        );
        await edited(tx, documentId, at);
        return after;
      }),

    'sources:delete': ({ id, baseVersion }) =>
      store.write(async (tx) => {
        const source = await tx.claims.requireSource(id);
        await checkSourceVersion(tx, source, baseVersion);
        const documentId = await documentOf(tx, source.annotationId);
        const at = nowIso();
        if (!(await tx.claims.deleteSource(id))) throw new ApiError('not_found', `No source with id ${id}. It may have been deleted.`);
        await auditTx(tx, { action: 'source.deleted', documentId, annotationId: source.annotationId, data: { source } }, at);
        await edited(tx, documentId, at);
        return { deleted: true as const };
      }),
  };
}
