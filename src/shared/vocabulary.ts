/**
 * The stored enums in words: what people see instead of `in_progress`, `related_teaser` or `in_review`.
 * One definition for the renderer, the exports and the CLI; a place that deliberately says something else
 * (the published ClaimReview rating) keeps its own words next to its code
 * and says why there.
 */
import type { ClaimStatus, DocumentStatus, TeaserReason } from './types';

/** Claim statuses in words, in workflow order (the order of CLAIM_STATUSES). */
export const CLAIM_STATUS_WORDS: Readonly<Record<ClaimStatus, string>> = {
  unverified: 'Unverified',
  in_progress: 'In progress',
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

/** Teaser reasons in words, in menu order (the order of TEASER_REASONS). */
export const TEASER_REASON_WORDS: Readonly<Record<TeaserReason, string>> = {
  related_teaser: 'Related-article teaser',
  repeated_headline: 'Repeated headline',
  truncated_snippet: 'Truncated snippet',
  advertisement: 'Advertisement',
  boilerplate: 'Boilerplate',
  other: 'Other off-topic content',
};

/** Document statuses in words, in workflow order (the order of DOCUMENT_STATUSES). */
export const DOCUMENT_STATUS_WORDS: Readonly<Record<DocumentStatus, string>> = {
  new: 'New',
  in_review: 'In review',
  reviewed: 'Reviewed',
};
