/**
 * Double review (issue 12): two reviewers annotate a document independently, each in a private
 * layer; the chief editor then adjudicates the differences (agreement.ts) into the main layer. These
 * are the shapes the API answers and the key that names one difference across calls.
 */
import type { Agreement, Difference, LabelAgreement, RangeOverlap } from './agreement';
import type { Annotation } from './types';

/** A document's double review: who the two reviewers are, and whether the chief has finished it. */
export interface DoubleReview {
  documentId: string;
  reviewerA: string;
  reviewerB: string;
  startedBy: string;
  startedAt: string;
  finishedBy: string | null;
  finishedAt: string | null;
}

/** What the chief decided for one difference: A's version, B's, or neither. */
export const ADJUDICATION_CHOICES = ['a', 'b', 'none'] as const;
export type AdjudicationChoice = (typeof ADJUDICATION_CHOICES)[number];

/** One decision; `annotationId` is the main-layer annotation it created (none for `none`). */
export interface Adjudication {
  documentId: string;
  difference: string;
  choice: AdjudicationChoice;
  annotationId: string | null;
  decidedBy: string;
  decidedAt: string;
}

/** How the acting user stands towards a document's double review (the review workspace asks). */
export interface DoubleReviewState {
  review: DoubleReview | null;
  /** The layer the acting user annotates in: theirs while the review is open and they are one of the two. */
  layer: 'a' | 'b' | null;
}

/** Everything the adjudication view shows. */
export interface AdjudicationView {
  review: DoubleReview;
  document: { id: string; title: string; text: string };
  a: Annotation[];
  b: Annotation[];
  agreement: Agreement;
  decisions: Adjudication[];
}

/** Agreement per label across every double-reviewed document of the library. */
export interface AgreementReport {
  documents: number;
  labels: LabelAgreement[];
  entityF1: number;
  entityKappa: number | null;
  claims: RangeOverlap;
  teasers: RangeOverlap;
}

/**
 * The stable name of a difference: its kind and the two spans' ids. The ids of the reviewers'
 * annotations do not change while the chief adjudicates, so a decision finds its difference again.
 */
export function differenceKey(d: Pick<Difference, 'kind' | 'a' | 'b'>): string {
  return `${d.kind}:${d.a?.id ?? '-'}:${d.b?.id ?? '-'}`;
}
