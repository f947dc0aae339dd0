/**
 * Annotation handlers: list, create (one or many, one undoable step), update and delete.
 * Quote selectors are always computed here from the stored text, never trusted from the caller.
 * Claims get their verification row when created; deleting records a full snapshot in the audit log.
 */
import { ApiError } from '../../../shared/result';
import type { Annotation, Claim, ClaimSource } from '../../../shared/types';
import { currentActorOf, newClaimAssignee } from '../actor';
import { quoteSelector } from '../anchoring';
import { newId, nowIso } from '../db/sql';
import type { StoreTx } from '../store/types';
import { isPending } from '../suggest/pending';
import { followAcceptance } from '../suggest/suggestions-logic';
import { checkBaseRevision, checkRange, labelResolver } from './annotation-rules';
import { plural } from '../../../shared/plural';
import { auditManyTx } from './audit-batch';
import { auditTx, touchTx, type AuditEntry, type CoreContext, type HandlerFamily } from './context';
import { markEditedTx } from './review-state';
import { checkLayerOwner, layerOf } from './review-layers';
import { checkVersion, nextVersion } from './versions';

/** What the audit log keeps about an annotation. */
export function describeAnnotation(a: Annotation): Record<string, unknown> {
  return { kind: a.kind, label: a.label, start: a.start, end: a.end, quote: a.quote.slice(0, 200) };
}

/** A new claim's verification row; assigned to the reviewer who marked it, when one is named in settings. */
export function newClaim(annotationId: string, at: string, assignee: string | null = null): Claim {
  return { annotationId, status: 'unverified', verdict: '', assignee, checklist: {}, updatedAt: at };
}

/** The handlers of the annotation operations. */
export function annotationHandlers({ store }: CoreContext): HandlerFamily<
  'annotations:list' | 'annotations:create' | 'annotations:update' | 'annotations:delete'
> {
  return {
    'annotations:list': ({ documentId }) =>
      store.read(async (tx) => {
        // Not requireDocument: its summary counts cost a scan of the annotations about to be listed.
        if (!(await tx.documents.documentExists(documentId))) {
          throw new ApiError('not_found', `No document with id ${documentId}. It may have been deleted.`);
        }
        // A reviewer in double review sees only their own layer (review-layers.ts).
        const layer = await layerOf(tx, documentId, await currentActorOf(tx));
        return layer ? tx.doubleReviews.listLayerAnnotations(documentId, layer) : tx.annotations.listAnnotations(documentId);
      }),

    'annotations:create': ({ documentId, baseRevision, annotations: inputs }) =>
      store.write(async (tx) => {
        const actor = await currentActorOf(tx);
        // What the checks read, asked at once: one round trip on a team library (pg/in-flight.ts).
        const [doc, resolveLabel, layer, assignee, existing] = await Promise.all([
          tx.documents.requireDocument(documentId),
          labelResolver(tx),
          layerOf(tx, documentId, actor),
          inputs.some((input) => input.kind === 'claim') ? newClaimAssignee(tx) : null,
          tx.annotations.existingIds(inputs.flatMap((input) => (input.id ? [input.id] : []))),
        ]);
        checkBaseRevision(doc, baseRevision);
        const at = nowIso();
        const annotations: Annotation[] = [];
        const claims: Claim[] = [];
        // Every check first, in the order given, then the writes in a few batches (a round trip per
        // statement on a team library: 5,000 annotations must not cost 15,000 of them).
        const taken = new Set(existing);
        for (const [index, input] of inputs.entries()) {
          const what = inputs.length > 1 ? `Annotation ${index + 1}` : 'The annotation';
          checkRange(doc.text, input.start, input.end, what);
          const label = resolveLabel(input.kind, input.label, what);
          const id = input.id ?? newId();
          if (taken.has(id)) {
            throw new ApiError('conflict', `${what} cannot be created: an annotation with id ${id} already exists.`);
          }
          taken.add(id);
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
          annotations.push(annotation);
          // A reviewer's private layer (double review) gets no claim row until adjudicated.
          if (annotation.kind === 'claim' && !layer) claims.push(newClaim(id, at, assignee));
        }
        await tx.annotations.insertAnnotations(annotations, layer ?? '');
        await auditManyTx(
          tx,
          annotations.map((a) => ({ action: 'annotation.created', documentId, annotationId: a.id, data: describeAnnotation(a) })),
          at,
          actor,
        );
        await tx.claims.saveClaims(claims);
        await markEditedTx(tx, documentId, at, doc.status);
        await touchTx(tx, [documentId], at);
        return { annotations, claims };
      }),

    'annotations:update': (input) =>
      store.write(async (tx) => {
        // What the checks read, asked at once (one round trip on a team library), checked in order below.
        const [before, stored, labels] = await Promise.all([
          tx.annotations.requireAnnotation(input.id),
          tx.doubleReviews.annotationLayer(input.id),
          labelResolver(tx),
        ]);
        await checkVersion(tx, 'annotation', before.id, before.updatedAt, input.baseVersion);
        const layer = await checkLayerOwner(tx, before.id, await currentActorOf(tx), stored);
        const at = nowIso();
        const kind = input.kind ?? before.kind;
        const label = labels(kind, input.label !== undefined ? input.label : kind === 'entity' ? before.label : null);
        const start = input.start ?? before.start;
        const end = input.end ?? before.end;
        const moved = start !== before.start || end !== before.end;
        // Only a move needs the text (a million characters, perhaps): a label or a note does not load it.
        let placement = {};
        if (moved) {
          const doc = await tx.documents.requireDocument(before.documentId);
          checkBaseRevision(doc, input.baseRevision);
          checkRange(doc.text, start, end);
          placement = { start, end, ...quoteSelector(doc.text, start, end), orphaned: false };
        }
        const after: Annotation = { ...before, kind, label, attrs: input.attrs ?? before.attrs, ...placement, updatedAt: nextVersion(before.updatedAt, at) };
        const changed = changedFields(before, after);
        if (changed.length === 0) return before;

        const makeClaim = async () => tx.claims.saveClaim(newClaim(before.id, at, await newClaimAssignee(tx)));
        if (before.kind === 'claim' && kind !== 'claim') await dropClaim(tx, before.id);
        if (before.kind !== 'claim' && kind === 'claim' && !layer && !(await tx.claims.getClaim(before.id))) await makeClaim();
        await tx.annotations.saveAnnotation(after);
        // Accepting a suggestion (or undoing that): its creator, its claim row (suggest/suggestions-logic.ts).
        const actor = await currentActorOf(tx);
        const accepted = await followAcceptance(tx, before, after, actor, makeClaim);
        await auditTx(
          tx,
          {
            action: accepted ?? 'annotation.updated',
            documentId: before.documentId,
            annotationId: before.id,
            data: { before: pick(before, changed), after: pick(after, changed) },
          },
          at,
          actor,
        );
        await markEditedTx(tx, before.documentId, at);
        await touchTx(tx, [before.documentId], at);
        return after;
      }),

    'annotations:delete': ({ ids, baseVersions }) =>
      store.write(async (tx) => {
        const at = nowIso();
        const actor = await currentActorOf(tx);
        const documents: string[] = [];
        const unique = [...new Set(ids)];
        // Read everything in three queries, check each id in the order given, then delete and log in batches.
        const found = new Map((await tx.annotations.getAnnotationsWithLayer(unique)).map((row) => [row.annotation.id, row]));
        const claimOf = new Map((await tx.claims.getClaims(unique)).map((claim) => [claim.annotationId, claim]));
        const sourcesOf = new Map<string, ClaimSource[]>();
        for (const source of claimOf.size ? await tx.claims.listSourcesOf([...claimOf.keys()]) : []) {
          sourcesOf.set(source.annotationId, [...(sourcesOf.get(source.annotationId) ?? []), source]);
        }
        const entries: AuditEntry[] = [];
        const rejected: Annotation[] = [];
        for (const id of unique) {
          const row = found.get(id);
          const annotation = row?.annotation ?? (await tx.annotations.requireAnnotation(id)); // throws not_found
          await checkVersion(tx, annotation.kind === 'claim' ? 'claim' : 'annotation', id, annotation.updatedAt, baseVersions?.[id]);
          if (row?.layer) await checkLayerOwner(tx, id, actor);
          const claim = claimOf.get(id);
          const sources = sourcesOf.get(id) ?? [];
          // Deleting a pending suggestion rejects it: this document must not get it again.
          if (isPending(annotation)) rejected.push(annotation);
          documents.push(annotation.documentId);
          // The full snapshot, so the history of a deleted annotation can still be read.
          entries.push({ action: isPending(annotation) ? 'suggestion.rejected' : 'annotation.deleted', documentId: annotation.documentId, annotationId: id, data: { annotation, claim, sources } });
        }
        await tx.annotations.deleteAnnotations(unique);
        if (rejected.length) await tx.suggestions.recordRejections(rejected, at);
        await auditManyTx(tx, entries, at, actor);
        for (const documentId of new Set(documents)) await markEditedTx(tx, documentId, at);
        await touchTx(tx, documents, at);
        return { deleted: unique.length };
      }),
  };
}

/** Removes the claim row of an annotation that stops being a claim, unless work would be lost. */
async function dropClaim(tx: StoreTx, annotationId: string): Promise<void> {
  const claim = await tx.claims.getClaim(annotationId);
  if (!claim) return;
  const sources = (await tx.claims.listSources(annotationId)).length;
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
  await tx.claims.deleteClaim(annotationId);
}

const COMPARED_FIELDS = ['kind', 'label', 'start', 'end', 'attrs'] as const;

function changedFields(before: Annotation, after: Annotation): Array<(typeof COMPARED_FIELDS)[number]> {
  return COMPARED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

function pick(a: Annotation, fields: readonly (keyof Annotation)[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, a[field]]));
}
