/**
 * The claims desk's data model, pure: filtering (status, document, words), counting per status,
 * sorting by any column, and finding the next unverified claim. One row is what `claims:list` answers.
 */
import type { Output } from '../../shared/api';
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';
import { CLAIM_STATUS_ORDER } from './status';

/** One claim as `claims:list` answers it. */
export type ClaimRow = Output<'claims:list'>[number];

/** What the desk is narrowed to. An empty status list means every status. */
export interface ClaimFilters {
  statuses: ClaimStatus[];
  /** A document id, or null for every document. */
  documentId: string | null;
  /** Words that must all appear in the quote, document title, assignee or verdict. */
  text: string;
}

/** The filters a first visit starts with. */
export const NO_FILTERS: ClaimFilters = { statuses: [], documentId: null, text: '' };

/** A sortable column. */
export type ClaimSortKey = 'claim' | 'document' | 'status' | 'age' | 'assignee' | 'sources' | 'updated';
export type ClaimSortDirection = 'asc' | 'desc';
export interface ClaimSort {
  key: ClaimSortKey;
  direction: ClaimSortDirection;
}

/** Oldest claims first: what has waited longest gets checked first. */
export const DEFAULT_SORT: ClaimSort = { key: 'age', direction: 'desc' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function haystack(row: ClaimRow): string {
  return [row.annotation.quote, row.documentTitle, row.claim.assignee ?? '', row.claim.verdict].join('\n').toLowerCase();
}

/** Rows matching the document and text filters (the scope the status counts describe). */
export function inScope(rows: readonly ClaimRow[], filters: ClaimFilters): ClaimRow[] {
  const wanted = words(filters.text);
  return rows.filter((row) => {
    if (filters.documentId && row.annotation.documentId !== filters.documentId) return false;
    if (wanted.length === 0) return true;
    const text = haystack(row);
    return wanted.every((w) => text.includes(w));
  });
}

/** Rows matching every filter. */
export function applyFilters(rows: readonly ClaimRow[], filters: ClaimFilters): ClaimRow[] {
  const scoped = inScope(rows, filters);
  if (filters.statuses.length === 0) return scoped;
  const statuses = new Set(filters.statuses);
  return scoped.filter((row) => statuses.has(row.claim.status));
}

/** How many rows have each status. */
export function countByStatus(rows: readonly ClaimRow[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const row of rows) counts[row.claim.status] += 1;
  return counts;
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

const COMPARE: Record<ClaimSortKey, (a: ClaimRow, b: ClaimRow) => number> = {
  claim: (a, b) => collator.compare(a.annotation.quote, b.annotation.quote),
  document: (a, b) => collator.compare(a.documentTitle, b.documentTitle) || a.annotation.start - b.annotation.start,
  status: (a, b) => CLAIM_STATUS_ORDER[a.claim.status] - CLAIM_STATUS_ORDER[b.claim.status],
  // Age grows as creation time falls: ascending age is newest first.
  age: (a, b) => time(b.annotation.createdAt) - time(a.annotation.createdAt),
  assignee: (a, b) => {
    // Unassigned claims come after assigned ones when ascending (before them when descending).
    if (!a.claim.assignee || !b.claim.assignee) return (a.claim.assignee ? 0 : 1) - (b.claim.assignee ? 0 : 1);
    return collator.compare(a.claim.assignee, b.claim.assignee);
  },
  sources: (a, b) => a.sourceCount - b.sourceCount,
  updated: (a, b) => time(a.claim.updatedAt) - time(b.claim.updatedAt),
};

/** A sorted copy; ties keep document order (title, then position in the text). */
export function sortClaims(rows: readonly ClaimRow[], sort: ClaimSort): ClaimRow[] {
  const compare = COMPARE[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || COMPARE.document(a, b));
}

/** The direction a column starts in when first clicked: words A→Z, numbers and dates most first. */
export function defaultClaimDirection(key: ClaimSortKey): ClaimSortDirection {
  return key === 'claim' || key === 'document' || key === 'status' || key === 'assignee' ? 'asc' : 'desc';
}

/**
 * The first unverified claim after the row with `currentId`, wrapping around to the top;
 * with no current row, the first unverified claim. Null when there is none.
 */
export function nextUnverified(rows: readonly ClaimRow[], currentId: string | null): ClaimRow | null {
  const at = currentId ? rows.findIndex((r) => r.annotation.id === currentId) : -1;
  for (let step = 1; step <= rows.length; step++) {
    const row = rows[(at + step + rows.length) % rows.length];
    if (row.claim.status === 'unverified' && row.annotation.id !== currentId) return row;
  }
  return null;
}
