/**
 * Annotation handlers: list, create (one or many, one undoable step), update and delete.
 * Quote selectors are always computed here from the stored text, never trusted from the caller.
 * Claims get their verification row when created; deleting records a full snapshot in the audit log.
 */
import { ApiError } from '../../../shared/result';
import type { Annotation, Claim } from '../../../shared/types';
import { quoteSelector } from '../anchoring';
import { inTransaction, newId, nowIso } from '../db/sql';
import {
  annotationExists,
  deleteAnnotation,
  insertAnnotation,
  listAnnotations,
  requireAnnotation,
  saveAnnotation,
} from '../repos/annotations';
import { deleteClaim, getClaim, listSources, saveClaim } from '../repos/claims';
import { requireDocument } from '../repos/documents';
import { currentActor, getReviewerName } from '../repos/settings';
import { checkBaseRevision, checkRange, resolveLabel } from './annotation-rules';
import { plural } from '../../../shared/plural';
import { audit, touch, type CoreContext, type HandlerFamily } from './context';
import { markEdited } from './review-state';
import { followAcceptance, isPending, recordRejection } from '../suggest/store';

/** What the audit log keeps about an annotation. */
export function describeAnnotation(a: Annotation): Record<string, unknown> {
  return { kind: a.kind, label: a.label, start: a.start, end: a.end, quote: a.quote.slice(0, 200) };
}

/** A new claim's verification row; assigned to the reviewer who marked it, when one is named in settings. */
export function newClaim(annotationId: string, at: string, assignee: string | null = null): Claim {
  return { annotationId, status: 'unverified', verdict: '', assignee, checklist: {}, updatedAt: at };
}

/** The handlers of the annotation operations. */
export function annotationHandlers({ db }: CoreContext): HandlerFamily<
  'annotations:list' | 'annotations:create' | 'annotations:update' | 'annotations:delete'
> {
  return {
    'annotations:list': ({ documentId }) => {
      requireDocument(db, documentId);
      return listAnnotations(db, documentId);
    },

    'annotations:create': ({ documentId, baseRevision, annotations: inputs }) =>
      inTransaction(db, () => {
        const doc = requireDocument(db, documentId);
        checkBaseRevision(doc, baseRevision);
        const at = nowIso();
        const actor = currentActor(db);
        const annotations: Annotation[] = [];
        const claims: Claim[] = [];
        inputs.forEach((input, index) => {
          const what = inputs.length > 1 ? `Annotation ${index + 1}` : 'The annotation';
          checkRange(doc.text, input.start, input.end, what);
          const label = resolveLabel(db, input.kind, input.label, what);
          const id = input.id ?? newId();
          if (annotationExists(db, id)) {
            throw new ApiError('conflict', `${what} cannot be created: an annotation with id ${id} already exists.`);
          }
          const annotation: Annotation = {
            id,
            documentId,
            kind: input.kind,
            label,
            start: input.start,
            end: input.end,
            ...quoteSelector(doc.text, input.start, input.end),
            attrs: input.attrs,
            origin: input.origin,
            orphaned: false,
            createdBy: actor,
            createdAt: at,
            updatedAt: at,
          };
          insertAnnotation(db, annotation);
          annotations.push(annotation);
          audit(db, { action: 'annotation.created', documentId, annotationId: id, data: describeAnnotation(annotation) }, at);
          if (annotation.kind === 'claim') {
            const claim = newClaim(id, at, getReviewerName(db) || null);
            saveClaim(db, claim);
            claims.push(claim);
          }
        });
        markEdited(db, documentId, at);
        touch(db, [documentId], at);
        return { annotations, claims };
      }),

    'annotations:update': (input) =>
      inTransaction(db, () => {
        const before = requireAnnotation(db, input.id);
        const doc = requireDocument(db, before.documentId);
        const at = nowIso();
        const kind = input.kind ?? before.kind;
        const label = resolveLabel(db, kind, input.label !== undefined ? input.label : kind === 'entity' ? before.label : null);
        const start = input.start ?? before.start;
        const end = input.end ?? before.end;
        const moved = start !== before.start || end !== before.end;
        if (moved) {
          checkBaseRevision(doc, input.baseRevision);
          checkRange(doc.text, start, end);
        }
        const after: Annotation = {
          ...before,
          kind,
          label,
          attrs: input.attrs ?? before.attrs,
          ...(moved ? { start, end, ...quoteSelector(doc.text, start, end), orphaned: false } : {}),
          updatedAt: at,
        };
        const changed = changedFields(before, after);
        if (changed.length === 0) return before;

        if (before.kind === 'claim' && kind !== 'claim') dropClaim(before.id);
        if (before.kind !== 'claim' && kind === 'claim' && !getClaim(db, before.id)) saveClaim(db, newClaim(before.id, at, getReviewerName(db) || null));
        saveAnnotation(db, after);
        // Accepting a suggestion (or undoing that): its creator, its claim row (suggest/store.ts).
        const accepted = followAcceptance(db, before, after, currentActor(db), () => saveClaim(db, newClaim(before.id, at, getReviewerName(db) || null)));
        audit(
          db,
          {
            action: accepted ?? 'annotation.updated',
            documentId: before.documentId,
            annotationId: before.id,
            data: { before: pick(before, changed), after: pick(after, changed) },
          },
          at,
        );
        markEdited(db, before.documentId, at);
        touch(db, [before.documentId], at);
        return after;
      }),

    'annotations:delete': ({ ids }) =>
      inTransaction(db, () => {
        const at = nowIso();
        const documents: string[] = [];
        const unique = [...new Set(ids)];
        for (const id of unique) {
          const annotation = requireAnnotation(db, id);
          const claim = getClaim(db, id);
          const sources = claim ? listSources(db, id) : [];
          deleteAnnotation(db, id);
          // Deleting a pending suggestion rejects it: this document must not get it again.
          if (isPending(annotation)) recordRejection(db, annotation, at);
          documents.push(annotation.documentId);
          // The full snapshot, so the history of a deleted annotation can still be read.
          audit(
            db,
            { action: isPending(annotation) ? 'suggestion.rejected' : 'annotation.deleted', documentId: annotation.documentId, annotationId: id, data: { annotation, claim, sources } },
            at,
          );
        }
        for (const documentId of new Set(documents)) markEdited(db, documentId, at);
        touch(db, documents, at);
        return { deleted: unique.length };
      }),
  };

  /** Removes the claim row of an annotation that stops being a claim, unless work would be lost. */
  function dropClaim(annotationId: string): void {
    const claim = getClaim(db, annotationId);
    if (!claim) return;
    const sources = listSources(db, annotationId).length;
    const work: string[] = [];
    if (claim.status !== 'unverified') work.push(`its status is ${claim.status.replace('_', ' ')}`);
    if (claim.verdict.trim()) work.push('it has a verdict');
    if (sources > 0) work.push(`it has ${plural(sources, 'source')}`);
    if (work.length > 0) {
      throw new ApiError(
        'conflict',
        `This claim cannot become another kind of annotation because ${work.join(' and ')}. Delete it and annotate the text again if you mean to discard that work.`,
      );
    }
    deleteClaim(db, annotationId);
  }
}

const COMPARED_FIELDS = ['kind', 'label', 'start', 'end', 'attrs'] as const;

function changedFields(before: Annotation, after: Annotation): Array<(typeof COMPARED_FIELDS)[number]> {
  return COMPARED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

function pick(a: Annotation, fields: readonly (keyof Annotation)[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, a[field]]));
}
