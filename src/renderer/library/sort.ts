/** The library's orders: which columns sort (in SQLite, see repos/library.ts) and which way they start. */
import type { LibrarySortKey } from '../../shared/library-query';

/** A sortable column ("relevance" keeps the search ranking). */
export type SortKey = Extract<LibrarySortKey, 'relevance' | 'title' | 'source' | 'status' | 'assignee' | 'updated'>;
export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** The direction a column starts in when first clicked (newest first for dates). */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'title' || key === 'source' || key === 'status' || key === 'assignee' ? 'asc' : 'desc';
}

/** The order after a click on `key`'s header: the same column reverses, another starts its way. */
export function nextSort(current: SortState, key: SortKey): SortState {
  return current.key === key && key !== 'relevance'
    ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
    : { key, direction: defaultDirection(key) };
}
