/**
 * The claims desk: every claim across the library in one sortable, virtualised table, a page at a
 * time from SQLite (claims:page), narrowed by status (toggles with true counts), document and words,
 * with a bar chart of claims per status from the same aggregate; changes made elsewhere show without
 * a reload. Arrows move,
 * Enter opens the claim in its document, N opens the next unverified claim after the current row.
 * Filters, sort and the current row are remembered (localStorage), so coming back keeps the place.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../api/client';
import { isTypingTarget } from '../app/keys';
import { useLibraryChanges } from '../library/useLibraryVersion';
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { errorMessage } from '../ui/errors';
import { useDebouncedValue } from '../ui/useDebouncedValue';
import type { VirtualOverrides } from '../ui/useVirtualRows';
import { ClaimsTable } from './ClaimsTable';
import { ClaimsToolbar } from './ClaimsToolbar';
import { EmptyClaims } from './EmptyClaims';
import { loadDeskState, saveDeskState } from './persist';
import { defaultClaimDirection, NO_FILTERS, type ClaimFilters, type ClaimRow, type ClaimSort, type ClaimSortKey } from './rows';
import { StatusChart } from './StatusChart';
import { StatusFilter } from './StatusFilter';
import { useClaimsData } from './useClaimsData';
import './claims.css';

export interface ClaimsViewProps {
  /** Bumped by the app when documents changed elsewhere. */
  refreshKey: number;
  /** Open a claim in its document (route `#/doc/<documentId>/a/<annotationId>`). */
  onOpenClaim(documentId: string, annotationId: string): void;
  onLibrary(): void;
  /** DOM tests only: a viewport for the virtualiser (happy-dom has no layout). */
  virtual?: VirtualOverrides;
}

const NO_COUNTS = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
/** How long typing in the words filter must pause before the desk asks again. */
const TEXT_DEBOUNCE_MS = 150;

/** The claims desk screen. */
export function ClaimsView({ refreshKey, onOpenClaim, onLibrary, virtual }: ClaimsViewProps) {
  const [initial] = useState(loadDeskState);
  const [filters, setFilters] = useState<ClaimFilters>(initial.filters);
  const [sort, setSort] = useState<ClaimSort>(initial.sort);
  const [activeId, setActiveId] = useState<string | null>(initial.activeId);
  const [notice, setNotice] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [localKey, setLocalKey] = useState(0);
  const changes = useLibraryChanges();
  const text = useDebouncedValue(filters.text.trim(), filters.text.trim() ? TEXT_DEBOUNCE_MS : 0);
  const focusRow = useRef<((index: number) => void) | null>(null);
  const focusedOnLoad = useRef(false);
  const [documentsKnown, setDocumentsKnown] = useState<Array<{ id: string; title: string }>>([]);

  // A remembered document that no longer has claims is dropped from the filter.
  const documentId = filters.documentId && documentsKnown.some((d) => d.id === filters.documentId) ? filters.documentId : null;
  const effective = useMemo<ClaimFilters>(() => ({ ...filters, documentId }), [filters, documentId]);
  const request = useMemo(
    () => ({ statuses: filters.statuses, documentId, text, mine: filters.mine, sort: sort.key, direction: sort.direction }),
    [filters.statuses, documentId, text, filters.mine, sort],
  );
  const data = useClaimsData(request, `${refreshKey}:${localKey}:${changes}`);
  const reload = useCallback(() => setLocalKey((k) => k + 1), []);
  useEffect(() => {
    if (data.documents) setDocumentsKnown(data.documents);
  }, [data.documents]);
  // Until the documents are known, keep the remembered document filter as it is.
  const waitingForDocuments = data.documents === null && filters.documentId !== null;

  const counts = data.latest?.counts ?? NO_COUNTS;
  const scopedTotal = Object.values(counts).reduce((n, c) => n + c, 0);
  const total = data.total ?? 0;
  const libraryTotal = data.latest?.libraryTotal ?? null;

  useEffect(() => saveDeskState({ filters, sort, activeId }), [filters, sort, activeId]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  /** Index of the loaded row holding `id`, or -1. */
  const indexOf = useCallback(
    (id: string | null) => {
      if (!id) return -1;
      for (let i = 0; i < total; i++) {
        const row = data.rowAt(i);
        if (row?.annotation.id === id) return i;
      }
      return -1;
    },
    [data, total],
  );

  // Coming back from a document: put the keyboard on the row last worked on.
  useEffect(() => {
    if (data.latest === null || focusedOnLoad.current) return;
    focusedOnLoad.current = true;
    const index = indexOf(activeId);
    if (index >= 0) focusRow.current?.(index);
  }, [data.latest, indexOf, activeId]);

  function open(row: ClaimRow) {
    setActiveId(row.annotation.id);
    saveDeskState({ filters, sort, activeId: row.annotation.id }); // the view unmounts before effects run
    onOpenClaim(row.annotation.documentId, row.annotation.id);
  }

  /**
   * The next unverified claim after the current row: among the rows at hand when it is there, else
   * the core finds it however far down the order it is (`after`); past the last, the first unverified
   * claim in this order (wrapping round), then anywhere in the library.
   */
  async function openNextUnverified() {
    for (let i = indexOf(activeId) + 1; i < total; i++) {
      const row = data.rowAt(i);
      if (!row) break;
      if (row.claim.status === 'unverified' && row.annotation.id !== activeId) return open(row);
    }
    const unverified = { ...request, statuses: ['unverified' as const], limit: 2 };
    const asks = [...(activeId ? [{ ...unverified, after: activeId }] : []), unverified, { ...unverified, documentId: null, text: '' }];
    try {
      for (const ask of asks) {
        const next = (await call('claims:page', ask)).rows.find((r) => r.annotation.id !== activeId);
        if (next) return open(next);
      }
    } catch (e) {
      setNotice(`The next unverified claim could not be found. ${errorMessage(e)}`);
      return;
    }
    setNotice(counts.unverified > 0 ? 'No other unverified claim.' : 'No unverified claims left.');
  }

  const latest = useRef(openNextUnverified);
  latest.current = openNextUnverified;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key !== 'n' && event.key !== 'N') return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      void latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function changeFilters(patch: Partial<ClaimFilters>) {
    setFilters((f) => ({ ...f, ...patch }));
    setNotice(null);
  }

  function changeSort(key: ClaimSortKey) {
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: defaultClaimDirection(key) }));
  }

  const filtered = effective.statuses.length > 0 || effective.documentId !== null || effective.text.trim() !== '';
  const claims = (n: number) => `${n.toLocaleString()} claim${n === 1 ? '' : 's'}`;
  const count = data.latest === null ? 'Loading the claims…' : filtered ? `${total.toLocaleString()} of ${claims(libraryTotal ?? 0)}` : claims(total);
  const documents = data.documents ?? documentsKnown;

  return (
    <main className="view claims-view" aria-label="Claims">
      <ClaimsToolbar
        filters={effective}
        documents={documents}
        onChange={changeFilters}
        onNextUnverified={() => void openNextUnverified()}
        canJump={counts.unverified > 0}
      />
      {data.error && <ErrorBanner message={data.error} onRetry={reload} />}
      {libraryTotal === 0 && !data.error ? (
        <EmptyClaims onLibrary={onLibrary} />
      ) : (
        <>
          <div className="claims-summary">
            <div className="claims-filters">
              <StatusFilter selected={effective.statuses} counts={counts} total={scopedTotal} onChange={(statuses) => changeFilters({ statuses })} />
              <p className="muted claims-count" aria-live="polite">
                {count}
                {notice && <span className="claims-notice"> · {notice}</span>}
              </p>
            </div>
            <StatusChart counts={counts} />
          </div>
          {total > 0 && !waitingForDocuments ? (
            <ClaimsTable
              count={total}
              rowAt={data.rowAt}
              onRangeChange={data.ensureRows}
              sort={sort}
              onSort={changeSort}
              initialIndex={0}
              onActivate={(row) => setActiveId(row.annotation.id)}
              onOpen={open}
              now={now}
              focusRowRef={focusRow}
              virtual={virtual}
            />
          ) : (
            data.latest !== null && (
              <p className="no-results">
                No claim matches these filters.{' '}
                <Button small variant="ghost" onClick={() => changeFilters(NO_FILTERS)}>
                  Clear filters
                </Button>
              </p>
            )
          )}
        </>
      )}
    </main>
  );
}
