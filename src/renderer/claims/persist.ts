/**
 * Remembering the claims desk between visits (localStorage): the filters, the sort and the row the
 * editor was on, so coming back from a document keeps the place and N carries on from there.
 * Whatever is stored is checked on the way in; anything unreadable falls back to the defaults.
 */
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';
import { DEFAULT_SORT, NO_FILTERS, type ClaimFilters, type ClaimSort, type ClaimSortKey } from './rows';

/** The storage key (versioned, so a future shape can start fresh). */
export const CLAIMS_DESK_STORAGE_KEY = 'copydesk.claimsDesk.v1';

/** What is remembered. */
export interface ClaimsDeskState {
  filters: ClaimFilters;
  sort: ClaimSort;
  /** The annotation id of the row last worked on. */
  activeId: string | null;
}

const SORT_KEYS: readonly ClaimSortKey[] = ['claim', 'document', 'status', 'age', 'assignee', 'sources', 'updated'];

function isStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

function readFilters(value: unknown): ClaimFilters {
  if (typeof value !== 'object' || value === null) return NO_FILTERS;
  const v = value as Record<string, unknown>;
  return {
    statuses: Array.isArray(v.statuses) ? [...new Set(v.statuses.filter(isStatus))] : [],
    documentId: typeof v.documentId === 'string' && v.documentId ? v.documentId : null,
    text: typeof v.text === 'string' ? v.text.slice(0, 500) : '',
    mine: v.mine === true,
  };
}

function readSort(value: unknown): ClaimSort {
  if (typeof value !== 'object' || value === null) return DEFAULT_SORT;
  const v = value as Record<string, unknown>;
  const key = SORT_KEYS.find((k) => k === v.key);
  const direction = v.direction === 'asc' || v.direction === 'desc' ? v.direction : null;
  return key && direction ? { key, direction } : DEFAULT_SORT;
}

/** The remembered desk, or the defaults. */
export function loadDeskState(storage: Storage | undefined = globalThis.localStorage): ClaimsDeskState {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(storage?.getItem(CLAIMS_DESK_STORAGE_KEY) ?? 'null');
  } catch {
    parsed = null;
  }
  const v = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  return {
    filters: readFilters(v.filters),
    sort: readSort(v.sort),
    activeId: typeof v.activeId === 'string' ? v.activeId : null,
  };
}

/** Remember the desk; storage failures (private mode, quota) are not the editor's problem. */
export function saveDeskState(state: ClaimsDeskState, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(CLAIMS_DESK_STORAGE_KEY, JSON.stringify(state));
  } catch {
    // nothing to do: the desk simply starts fresh next time
  }
}
