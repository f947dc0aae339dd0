/**
 * The claims desk's vocabulary: a row, the filters, the sortable columns and the direction each starts
 * in. Filtering, counting and sorting run in SQLite (repos/claims-page.ts).
 */
import type { ClaimOverview } from '../../shared/claims-query';
import type { ClaimStatus } from '../../shared/types';

/** One claim as `claims:page` answers it. */
export type ClaimRow = ClaimOverview;

/** What the desk is narrowed to. An empty status list means every status. */
export interface ClaimFilters {
  statuses: ClaimStatus[];
  /** A document id, or null for every document. */
  documentId: string | null;
  /** Words that must all appear in the quote, document title, assignee or verdict. */
  text: string;
  /** "My queue": only the claims assigned to the signed-in user (else the reviewer named in Settings). */
  mine: boolean;
}

/** The filters a first visit starts with. */
export const NO_FILTERS: ClaimFilters = { statuses: [], documentId: null, text: '', mine: false };

/** A sortable column. */
export type ClaimSortKey = 'claim' | 'document' | 'status' | 'age' | 'assignee' | 'sources' | 'updated';
export type ClaimSortDirection = 'asc' | 'desc';
export interface ClaimSort {
  key: ClaimSortKey;
  direction: ClaimSortDirection;
}

/** Oldest claims first: what has waited longest gets checked first. */
export const DEFAULT_SORT: ClaimSort = { key: 'age', direction: 'desc' };

/** The direction a column starts in when first clicked: words A→Z, numbers and dates most first. */
export function defaultClaimDirection(key: ClaimSortKey): ClaimSortDirection {
  return key === 'claim' || key === 'document' || key === 'status' || key === 'assignee' ? 'asc' : 'desc';
}
