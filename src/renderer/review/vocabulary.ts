/**
 * Words and small formatting helpers for the review UI. Claim statuses, teaser reasons and document
 * statuses in words live in src/shared/vocabulary.ts (shared with the exports and the CLI).
 */
import type { AnnotationKind } from '../../shared/types';

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
