/** Sorting the library table: pure, stable, one comparator per column. */
import type { DocumentStatus, DocumentSummary } from '../../shared/types';

/** A sortable column ("relevance" keeps search ranking). */
export type SortKey = 'relevance' | 'title' | 'source' | 'status' | 'annotations' | 'claims' | 'updated';
export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

const STATUS_ORDER: Record<DocumentStatus, number> = { new: 0, in_review: 1, reviewed: 2 };
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function claimsProgress(d: DocumentSummary): number {
  return d.claimCount === 0 ? -1 : d.claimsVerified / d.claimCount;
}

const COMPARE: Record<Exclude<SortKey, 'relevance'>, (a: DocumentSummary, b: DocumentSummary) => number> = {
  title: (a, b) => collator.compare(a.title, b.title),
  source: (a, b) => collator.compare(a.source, b.source),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  annotations: (a, b) => a.annotationCount - b.annotationCount,
  claims: (a, b) => claimsProgress(a) - claimsProgress(b) || a.claimCount - b.claimCount,
  updated: (a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt),
};

/** Returns a sorted copy; "relevance" returns the input order (the search ranking). */
export function sortDocuments<T>(rows: readonly T[], pick: (row: T) => DocumentSummary, sort: SortState): T[] {
  if (sort.key === 'relevance') return [...rows];
  const compare = COMPARE[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(pick(a.row), pick(b.row)) || a.index - b.index)
    .map((entry) => entry.row);
}

/** The direction a column starts in when first clicked (newest / most first for numbers and dates). */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'title' || key === 'source' || key === 'status' ? 'asc' : 'desc';
}
