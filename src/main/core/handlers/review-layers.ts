/**
 * Which layer a write goes to during double review. A document in an open double review has two
 * private layers, named for its reviewers; each reviewer reads and writes only theirs, everyone
 * else (and every export, suggester and count) the main layer ('').
 */
import { ApiError } from '../../../shared/result';
import type { DocumentBundle } from '../../../shared/types';
import { currentActorOf } from '../actor';
import type { StoreTx } from '../store/types';
import { loadBundleFrom } from './context';

/** The private layer `actor` annotates `documentId` in, or null for the main layer. */
export async function layerOf(tx: StoreTx, documentId: string, actor: string): Promise<string | null> {
  const review = await tx.doubleReviews.getDoubleReview(documentId);
  if (!review || review.finishedAt) return null;
  return actor === review.reviewerA || actor === review.reviewerB ? actor : null;
}

/**
 * Refuses a change to annotation `id` when it is in another reviewer's private layer. Answers the
 * annotation's layer ('' the main layer). `stored`: its layer as read earlier in the same write,
 * which spares reading it again.
 */
export async function checkLayerOwner(tx: StoreTx, id: string, actor: string, stored?: string): Promise<string> {
  const layer = (stored ?? (await tx.doubleReviews.annotationLayer(id))) ?? '';
  if (layer && layer !== actor) {
    throw new ApiError('unauthorized', `This annotation is in ${layer}’s double-review layer; only ${layer} can change it before adjudication.`);
  }
  return layer;
}

/** The document as the acting user sees it: a reviewer in double review sees only their own layer. */
export function bundleFor(store: StoreTx, id: string): Promise<DocumentBundle> {
  return store.read(async (tx) => {
    const bundle = await loadBundleFrom(tx, id);
    const layer = await layerOf(tx, id, await currentActorOf(tx));
    if (!layer) return bundle;
    // Private claims have no verification row until adjudicated, so the main layer's claims go too.
    return { ...bundle, annotations: await tx.doubleReviews.listLayerAnnotations(id, layer), claims: [], sources: [] };
  });
}

/** Refuses a text edit while reviewers' private layers exist: their offsets would not follow it. */
export async function checkNoOpenDoubleReview(tx: StoreTx, documentId: string, title: string): Promise<void> {
  const review = await tx.doubleReviews.getDoubleReview(documentId);
  if (review && !review.finishedAt) {
    throw new ApiError('conflict', `The text of “${title}” cannot be edited during its double review. Finish the adjudication first.`);
  }
}
