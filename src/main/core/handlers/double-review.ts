/**
 * Double review (issue 12): the chief editor sets a document to double review by two reviewers, who
 * then annotate it independently, each in a private layer (review-layers.ts routes their writes).
 * Adjudication compares the layers (shared/agreement.ts) and takes, difference by difference, A's
 * version, B's or neither into the main layer as ordinary annotations; finishing adds what both
 * agreed on and ends the review. The agreement report pools every double-reviewed document.
 */
import { agreementOf, differencesBetween, type Agreement, type AgreementSpan } from '../../../shared/agreement';
import type { Adjudication, AgreementReport, DoubleReview } from '../../../shared/double-review';
import { differenceKey } from '../../../shared/double-review';
import { plural } from '../../../shared/plural';
import { ApiError } from '../../../shared/result';
import type { Annotation } from '../../../shared/types';
import { currentActorOf } from '../actor';
import { newId, nowIso } from '../db/sql';
import type { StoreTx } from '../store/types';
import { describeAnnotation, newClaim } from './annotations';
import { auditTx, touchTx, type CoreContext, type HandlerFamily } from './context';
import { layerOf } from './review-layers';
import { selectionChunk } from './selection';
import { markEditedTx } from './review-state';

type Operations =
  | 'doubleReview:get'
  | 'doubleReview:start'
  | 'doubleReview:startMany'
  | 'doubleReview:adjudication'
  | 'doubleReview:decide'
  | 'doubleReview:undo'
  | 'doubleReview:finish'
  | 'doubleReview:agreement';

/** A document's double review; throws `not_found` when it has none. */
async function requireReview(tx: StoreTx, documentId: string, open = true): Promise<DoubleReview> {
  const review = await tx.doubleReviews.getDoubleReview(documentId);
  if (!review) throw new ApiError('not_found', 'This document is not in double review.');
  if (open && review.finishedAt) throw new ApiError('conflict', `The double review of this document was finished by ${review.finishedBy} at ${review.finishedAt}.`);
  return review;
}

/** Refuses two names that are one person (a layer is named for its reviewer). */
function checkTwoReviewers(reviewerA: string, reviewerB: string): void {
  if (reviewerA.toLowerCase() === reviewerB.toLowerCase()) throw new ApiError('invalid_input', 'Double review needs two different reviewers.');
}

/** Sets one existing document to double review; the open review it already has when there is one (nothing changed). */
async function startOn(tx: StoreTx, documentId: string, reviewerA: string, reviewerB: string, at: string, actor: string): Promise<{ started: DoubleReview } | { open: DoubleReview }> {
  const before = await tx.doubleReviews.getDoubleReview(documentId);
  if (before && !before.finishedAt) return { open: before };
  const review: DoubleReview = { documentId, reviewerA, reviewerB, startedBy: actor, startedAt: at, finishedBy: null, finishedAt: null };
  await tx.doubleReviews.startDoubleReview(review);
  await auditTx(tx, { action: 'double_review.started', documentId, data: { reviewerA, reviewerB } }, at, actor);
  return { started: review };
}

/** Both reviewers' layers. */
async function layers(tx: StoreTx, review: DoubleReview) {
  const a = await tx.doubleReviews.listLayerAnnotations(review.documentId, review.reviewerA);
  const b = await tx.doubleReviews.listLayerAnnotations(review.documentId, review.reviewerB);
  return { a, b };
}

/** Both reviewers' layers and the agreement between them. */
async function compare(tx: StoreTx, review: DoubleReview) {
  const doc = await tx.documents.requireDocument(review.documentId);
  const { a, b } = await layers(tx, review);
  return { doc, a, b, agreement: agreementOf(doc.text, a, b) };
}

/** Copies a reviewer's annotation into the main layer (a new id; its creator kept), with a claim row for a claim. */
async function copyToMain(tx: StoreTx, source: Annotation, at: string, actor: string): Promise<Annotation> {
  const copy: Annotation = { ...source, id: newId(), orphaned: false, createdAt: at, updatedAt: at };
  await tx.annotations.insertAnnotation(copy);
  if (copy.kind === 'claim') await tx.claims.saveClaim(newClaim(copy.id, at));
  await auditTx(tx, { action: 'annotation.created', documentId: copy.documentId, annotationId: copy.id, data: { ...describeAnnotation(copy), adjudicated: true } }, at, actor);
  return copy;
}

/** Removes the main-layer annotation a decision added, if it is still there. */
async function dropDecided(tx: StoreTx, decision: Adjudication | undefined, at: string, actor: string): Promise<void> {
  if (!decision?.annotationId) return;
  const annotation = await tx.annotations.getAnnotation(decision.annotationId);
  if (!annotation) return;
  await tx.annotations.deleteAnnotation(annotation.id);
  await auditTx(tx, { action: 'annotation.deleted', documentId: annotation.documentId, annotationId: annotation.id, data: { annotation, adjudicationUndone: true } }, at, actor);
}

/** The spans of `review`'s layers shifted by `offset`: documents laid end to end for pooled figures. */
function shifted(spans: readonly Annotation[], offset: number): AgreementSpan[] {
  return spans.map((s) => ({ id: s.id, kind: s.kind, label: s.label, start: s.start + offset, end: s.end + offset }));
}

/** The handlers of the double-review operations. */
export function doubleReviewHandlers({ store }: CoreContext): HandlerFamily<Operations> {
  return {
    'doubleReview:get': ({ documentId }) =>
      store.read(async (tx) => {
        if (!(await tx.documents.documentExists(documentId))) throw new ApiError('not_found', `No document with id ${documentId}. It may have been deleted.`);
        const review = (await tx.doubleReviews.getDoubleReview(documentId)) ?? null;
        const layer = await layerOf(tx, documentId, await currentActorOf(tx));
        return { review, layer: layer === null ? null : layer === review?.reviewerA ? 'a' : 'b' };
      }),

    'doubleReview:start': ({ documentIds, reviewerA, reviewerB }) =>
      store.write(async (tx) => {
        checkTwoReviewers(reviewerA, reviewerB);
        const at = nowIso();
        const actor = await currentActorOf(tx);
        const started: DoubleReview[] = [];
        for (const documentId of new Set(documentIds)) {
          if (!(await tx.documents.documentExists(documentId))) throw new ApiError('not_found', `No document with id ${documentId}. It may have been deleted.`);
          const result = await startOn(tx, documentId, reviewerA, reviewerB, at, actor);
          if ('open' in result) {
            throw new ApiError('conflict', `A document is already in double review by ${result.open.reviewerA} and ${result.open.reviewerB}; finish that adjudication first.`);
          }
          started.push(result.started);
        }
        await touchTx(tx, documentIds, at);
        return started;
      }),

    'doubleReview:startMany': ({ selection, reviewerA, reviewerB, afterSeq, limit }) =>
      store.write(async (tx) => {
        checkTwoReviewers(reviewerA, reviewerB);
        const { ids, nextSeq } = await selectionChunk(tx, selection, afterSeq, limit);
        const at = nowIso();
        const actor = await currentActorOf(tx);
        const changed: string[] = [];
        let skipped = 0;
        for (const documentId of new Set(ids)) {
          if (!(await tx.documents.documentExists(documentId))) continue; // deleted meanwhile: nothing to review
          if ('open' in (await startOn(tx, documentId, reviewerA, reviewerB, at, actor))) skipped++;
          else changed.push(documentId);
        }
        if (changed.length > 0) await touchTx(tx, changed, at);
        return { started: changed.length, skipped, nextSeq };
      }),

    'doubleReview:adjudication': ({ documentId }) =>
      store.read(async (tx) => {
        const review = await requireReview(tx, documentId, false);
        const { doc, a, b, agreement } = await compare(tx, review);
        return { review, document: { id: doc.id, title: doc.title, text: doc.text }, a, b, agreement, decisions: await tx.doubleReviews.listAdjudications(documentId) };
      }),

    'doubleReview:decide': ({ documentId, difference, choice }) =>
      store.write(async (tx) => {
        const review = await requireReview(tx, documentId);
        // Only the differences: a decision needs neither the text nor the figures (a long document's κ costs a word walk).
        const { a, b } = await layers(tx, review);
        const found = differencesBetween(a, b).find((d) => differenceKey(d) === difference);
        if (!found) throw new ApiError('not_found', 'That difference is no longer there: a reviewer changed their layer. Reload the adjudication.');
        const at = nowIso();
        const actor = await currentActorOf(tx);
        const earlier = (await tx.doubleReviews.listAdjudications(documentId)).find((d) => d.difference === difference);
        await dropDecided(tx, earlier, at, actor);
        const taken = choice === 'a' ? found.a : choice === 'b' ? found.b : null;
        const source = taken && (await tx.annotations.getAnnotation(taken.id));
        const copy = source ? await copyToMain(tx, source, at, actor) : null;
        const decision: Adjudication = { documentId, difference, choice, annotationId: copy?.id ?? null, decidedBy: actor, decidedAt: at };
        await tx.doubleReviews.saveAdjudication(decision);
        await auditTx(
          tx,
          { action: 'double_review.decided', documentId, annotationId: copy?.id ?? null, data: { difference, type: found.type, choice, from: choice === 'a' ? review.reviewerA : choice === 'b' ? review.reviewerB : null } },
          at,
          actor,
        );
        await markEditedTx(tx, documentId, at);
        await touchTx(tx, [documentId], at);
        return decision;
      }),

    'doubleReview:undo': ({ documentId, difference }) =>
      store.write(async (tx) => {
        await requireReview(tx, documentId);
        const at = nowIso();
        const actor = await currentActorOf(tx);
        const decision = (await tx.doubleReviews.listAdjudications(documentId)).find((d) => d.difference === difference);
        if (!decision) return { undone: false };
        await dropDecided(tx, decision, at, actor);
        await tx.doubleReviews.deleteAdjudication(documentId, difference);
        await auditTx(tx, { action: 'double_review.undone', documentId, data: { difference, choice: decision.choice } }, at, actor);
        await touchTx(tx, [documentId], at);
        return { undone: true };
      }),

    'doubleReview:finish': ({ documentId }) =>
      store.write(async (tx) => {
        const review = await requireReview(tx, documentId);
        const { a, agreement } = await compare(tx, review);
        const decided = new Set((await tx.doubleReviews.listAdjudications(documentId)).map((d) => d.difference));
        const open = agreement.differences.filter((d) => !decided.has(differenceKey(d))).length;
        if (open > 0) throw new ApiError('conflict', `${plural(open, 'difference')} ${open === 1 ? 'is' : 'are'} not decided yet. Take A, B or neither for each before finishing.`);
        const at = nowIso();
        const actor = await currentActorOf(tx);
        // What both reviewers marked alike is in no difference; it joins the main layer unless already there.
        const inDifferences = new Set(agreement.differences.flatMap((d) => (d.a ? [d.a.id] : [])));
        const spanKey = (s: Annotation) => `${s.kind}:${s.label ?? ''}:${s.start}:${s.end}`;
        const main = new Set((await tx.annotations.listAnnotations(documentId)).map(spanKey));
        let agreed = 0;
        for (const span of a) {
          if (inDifferences.has(span.id) || main.has(spanKey(span))) continue;
          main.add(spanKey(span));
          await copyToMain(tx, span, at, actor);
          agreed++;
        }
        await tx.doubleReviews.finishDoubleReview(documentId, actor, at);
        await auditTx(tx, { action: 'double_review.finished', documentId, data: { agreed, entityF1: agreement.entityF1, entityKappa: agreement.entityKappa } }, at, actor);
        await markEditedTx(tx, documentId, at);
        await touchTx(tx, [documentId], at);
        return { review: { ...review, finishedBy: actor, finishedAt: at }, agreed };
      }),

    'doubleReview:agreement': () =>
      store.read(async (tx) => {
        // Documents laid end to end (a line break between): one pooled F1 and κ per label, every word counted once.
        let text = '';
        const a: AgreementSpan[] = [];
        const b: AgreementSpan[] = [];
        const reviews = await tx.doubleReviews.listDoubleReviews();
        for (const review of reviews) {
          const compared = await compare(tx, review);
          const offset = text.length;
          text += `${compared.doc.text}\n`;
          a.push(...shifted(compared.a, offset));
          b.push(...shifted(compared.b, offset));
        }
        const pooled: Agreement = agreementOf(text, a, b);
        const report: AgreementReport = {
          documents: reviews.length,
          labels: pooled.labels,
          entityF1: pooled.entityF1,
          entityKappa: pooled.entityKappa,
          claims: pooled.claims,
          teasers: pooled.teasers,
        };
        return report;
      }),
  };
}
