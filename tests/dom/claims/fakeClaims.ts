/**
 * The claims desk's queries done in memory, as the core does them in SQLite (repos/claims-page.ts):
 * the fake core of the DOM tests answers `claims:page` and `claims:documents` with these.
 */
import type { ClaimsPage } from '../../../src/shared/claims-query';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src/shared/types';
import type { ClaimFilters, ClaimRow, ClaimSort, ClaimSortKey } from '../../../src/renderer/claims/rows';
import { CLAIM_STATUS_ORDER } from '../../../src/renderer/claims/status';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function haystack(row: ClaimRow): string {
  return [row.annotation.quote, row.documentTitle, row.claim.assignee ?? '', row.claim.verdict].join('\n').toLowerCase();
}

/** Rows matching the document and text filters (the scope the status counts describe). */
/** Who the fake core's acting user is ("My queue"). */
export const FAKE_ME = 'Ana';

function inScope(rows: readonly ClaimRow[], filters: ClaimFilters): ClaimRow[] {
  const wanted = words(filters.text);
  return rows.filter((row) => {
    if (filters.documentId && row.annotation.documentId !== filters.documentId) return false;
    if (filters.mine && row.claim.assignee !== FAKE_ME) return false;
    if (wanted.length === 0) return true;
    const text = haystack(row);
    return wanted.every((w) => text.includes(w));
  });
}

/** Rows matching every filter. */
function applyFilters(rows: readonly ClaimRow[], filters: ClaimFilters): ClaimRow[] {
  const scoped = inScope(rows, filters);
  if (filters.statuses.length === 0) return scoped;
  const statuses = new Set(filters.statuses);
  return scoped.filter((row) => statuses.has(row.claim.status));
}

/** How many rows have each status. */
function countByStatus(rows: readonly ClaimRow[]): Record<ClaimStatus, number> {
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
function sortClaims(rows: readonly ClaimRow[], sort: ClaimSort): ClaimRow[] {
  const compare = COMPARE[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || COMPARE.document(a, b));
}


/** What the core's `claims:page` answers for `request` over `claims`. */
export function fakeClaimsPage(
  claims: readonly ClaimRow[],
  request: { statuses?: ClaimStatus[]; documentId?: string | null; text?: string; mine?: boolean; sort?: ClaimSortKey; direction?: 'asc' | 'desc'; offset?: number; limit?: number; after?: string | null },
): ClaimsPage {
  const filters: ClaimFilters = { statuses: request.statuses ?? [], documentId: request.documentId ?? null, text: request.text ?? '', mine: request.mine ?? false };
  const scoped = inScope(claims, filters);
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const row of scoped) counts[row.claim.status] += 1;
  const matching = filters.statuses.length ? scoped.filter((r) => filters.statuses.includes(r.claim.status)) : scoped;
  const sort: ClaimSort = { key: request.sort ?? 'age', direction: request.direction ?? 'desc' };
  const offset = request.offset ?? 0;
  let sorted = sortClaims(matching, sort);
  if (request.after) {
    // The claims after the given one in this order (the core ignores one that no longer exists).
    const anchor = claims.find((r) => r.annotation.id === request.after);
    if (anchor) sorted = sorted.filter((r) => r !== anchor && sortClaims([r, anchor], sort)[0] === anchor);
  }
  const rows = sorted.slice(offset, offset + (request.limit ?? 100));
  return { rows, total: matching.length, counts, libraryTotal: claims.length, offset };
}

/** What the core's `claims:documents` answers. */
export function fakeClaimDocuments(claims: readonly ClaimRow[]): Array<{ id: string; title: string }> {
  const titles = new Map<string, string>();
  for (const row of claims) titles.set(row.annotation.documentId, row.documentTitle);
  return [...titles].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}
