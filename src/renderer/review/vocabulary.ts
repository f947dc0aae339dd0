/** Words for the stored enums: what the review UI shows instead of `related_teaser` or `in_progress`. */
import type { AnnotationKind, ClaimStatus, DocumentStatus, TeaserReason } from '../../shared/types';

/** Teaser reasons in words, in menu order. */
export const REASON_WORDS: Record<TeaserReason, string> = {
  related_teaser: 'Related-article teaser',
  repeated_headline: 'Repeated headline',
  truncated_snippet: 'Cut-off snippet',
  advertisement: 'Advertisement',
  boilerplate: 'Boilerplate',
  other: 'Other off-topic content',
};

/** Claim statuses in words, in workflow order. */
export const STATUS_WORDS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  in_progress: 'In progress',
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

/** Document statuses in words. */
export const DOCUMENT_STATUS_WORDS: Record<DocumentStatus, string> = {
  new: 'New',
  in_review: 'In review',
  reviewed: 'Reviewed',
};

/** Annotation kinds in words (singular). */
export const KIND_WORDS: Record<AnnotationKind, string> = {
  entity: 'Entity',
  teaser: 'Teaser',
  claim: 'Claim',
  note: 'Note',
};

/** Shortens a quote for lists and menus ("The Northeast revitalization plan…"). */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "3 claims", "1 claim". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A date-time in the reader's locale ("12 Mar 2025, 14:05"); the raw string when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
