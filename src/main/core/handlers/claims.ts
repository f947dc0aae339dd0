/**
 * Claim verification handlers: the claims overview across the library, one claim with its sources
 * and history, status/verdict/assignee/checklist changes, and the sources consulted for a claim.
 * A status change is logged as `claim.status_changed` with before and after.
 */
import { ApiError } from '../../../shared/result';
import type { Claim, ClaimSource } from '../../../shared/types';
import { inTransaction, newId, nowIso } from '../db/sql';
import { requireAnnotation } from '../repos/annotations';
import {
  deleteSource,
  insertSource,
  listClaims,
  listSources,
  requireClaim,
  requireSource,
  saveClaim,
  saveSource,
} from '../repos/claims';
import { listEvents } from '../repos/events';
import { currentActor } from '../repos/settings';
import { audit, touch, type CoreContext, type HandlerFamily } from './context';
import { markEdited } from './review-state';

/** The handlers of the claim and source operations. */
export function claimHandlers({ db }: CoreContext): HandlerFamily<
  'claims:list' | 'claims:get' | 'claims:update' | 'sources:add' | 'sources:update' | 'sources:delete'
> {
  /** The document a claim belongs to (claims live on annotations). */
  const documentOf = (annotationId: string) => requireAnnotation(db, annotationId).documentId;

  return {
    'claims:list': (filter) => listClaims(db, filter),

    'claims:get': ({ annotationId }) =>
      inTransaction(db, () => {
        const claim = requireClaim(db, annotationId);
        return {
          claim,
          annotation: requireAnnotation(db, annotationId),
          sources: listSources(db, annotationId),
          history: listEvents(db, { annotationId, limit: 10000 }),
        };
      }),

    'claims:update': ({ annotationId, ...patch }) =>
      inTransaction(db, () => {
        const before = requireClaim(db, annotationId);
        const documentId = documentOf(annotationId);
        const at = nowIso();
        const after: Claim = {
          ...before,
          ...(patch.status !== undefined && { status: patch.status }),
          ...(patch.verdict !== undefined && { verdict: patch.verdict }),
          ...(patch.assignee !== undefined && { assignee: patch.assignee }),
          ...(patch.checklist !== undefined && { checklist: patch.checklist }),
          updatedAt: at,
        };
        // The verdict is whoever last changed the status or its words.
        if (after.status !== before.status || after.verdict !== before.verdict) after.verdictBy = currentActor(db);
        const changed = (['verdict', 'assignee', 'checklist'] as const).filter(
          (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
        );
        if (before.status === after.status && changed.length === 0) return before;
        saveClaim(db, after);
        if (before.status !== after.status) {
          audit(db, { action: 'claim.status_changed', documentId, annotationId, data: { before: before.status, after: after.status } }, at);
        }
        if (changed.length > 0) {
          const values = (claim: Claim) => Object.fromEntries(changed.map((field) => [field, claim[field]]));
          audit(db, { action: 'claim.updated', documentId, annotationId, data: { before: values(before), after: values(after) } }, at);
        }
        markEdited(db, documentId, at);
        touch(db, [documentId], at);
        return after;
      }),

    'sources:add': ({ annotationId, ...fields }) =>
      inTransaction(db, () => {
        requireClaim(db, annotationId);
        const documentId = documentOf(annotationId);
        const at = nowIso();
        const source: ClaimSource = { id: newId(), annotationId, ...fields, createdAt: at };
        insertSource(db, source);
        audit(db, { action: 'source.added', documentId, annotationId, data: { sourceId: source.id, url: source.url, title: source.title } }, at);
        markEdited(db, documentId, at);
        touch(db, [documentId], at);
        return source;
      }),

    'sources:update': ({ id, ...patch }) =>
      inTransaction(db, () => {
        const before = requireSource(db, id);
        const documentId = documentOf(before.annotationId);
        const at = nowIso();
        const after: ClaimSource = { ...before };
        for (const field of ['url', 'title', 'quote', 'note', 'consultedAt'] as const) {
          const value = patch[field];
          if (value !== undefined) (after as unknown as Record<string, unknown>)[field] = value;
        }
        const changed = (['url', 'title', 'quote', 'note', 'consultedAt'] as const).filter((field) => before[field] !== after[field]);
        if (changed.length === 0) return before;
        saveSource(db, after);
        const values = (source: ClaimSource) => Object.fromEntries(changed.map((field) => [field, source[field]]));
        audit(
          db,
          { action: 'source.updated', documentId, annotationId: before.annotationId, data: { sourceId: id, before: values(before), after: values(after) } },
          at,
        );
        markEdited(db, documentId, at);
        touch(db, [documentId], at);
        return after;
      }),

    'sources:delete': ({ id }) =>
      inTransaction(db, () => {
        const source = requireSource(db, id);
        const documentId = documentOf(source.annotationId);
        const at = nowIso();
        if (!deleteSource(db, id)) throw new ApiError('not_found', `No source with id ${id}. It may have been deleted.`);
        audit(db, { action: 'source.deleted', documentId, annotationId: source.annotationId, data: { source } }, at);
        markEdited(db, documentId, at);
        touch(db, [documentId], at);
        return { deleted: true as const };
      }),
  };
}
