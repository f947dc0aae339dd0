/**
 * The claims desk: every claim across the library in one sortable table, narrowed by status
 * (toggles with counts), document and words, with a bar chart of claims per status. Arrows move,
 * Enter opens the claim in its document, N opens the next unverified claim after the current row.
 * Filters, sort and the current row are remembered (localStorage), so coming back keeps the place.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { isTypingTarget } from '../app/keys';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ClaimsTable } from './ClaimsTable';
import { ClaimsToolbar } from './ClaimsToolbar';
import { EmptyClaims } from './EmptyClaims';
import { loadDeskState, saveDeskState } from './persist';
import {
  applyFilters,
  countByStatus,
  defaultClaimDirection,
  inScope,
  nextUnverified,
  NO_FILTERS,
  sortClaims,
  type ClaimFilters,
  type ClaimRow,
  type ClaimSort,
  type ClaimSortKey,
} from './rows';
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
}

/** The claims desk screen. */
export function ClaimsView({ refreshKey, onOpenClaim, onLibrary }: ClaimsViewProps) {
  const [initial] = useState(loadDeskState);
  const [filters, setFilters] = useState<ClaimFilters>(initial.filters);
  const [sort, setSort] = useState<ClaimSort>(initial.sort);
  const [activeId, setActiveId] = useState<string | null>(initial.activeId);
  const [notice, setNotice] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const data = useClaimsData(refreshKey);
  const body = useRef<HTMLTableSectionElement | null>(null);
  const focusedOnLoad = useRef(false);

  const all = useMemo(() => data.rows ?? [], [data.rows]);
  const documents = useMemo(() => {
    const titles = new Map<string, string>();
    for (const row of all) titles.set(row.annotation.documentId, row.documentTitle);
    return [...titles].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
  }, [all]);
  // A remembered document that no longer has claims is dropped from the filter.
  const effective = useMemo<ClaimFilters>(
    () => (data.rows && filters.documentId && !documents.some((d) => d.id === filters.documentId) ? { ...filters, documentId: null } : filters),
    [data.rows, filters, documents],
  );
  const scoped = useMemo(() => inScope(all, effective), [all, effective]);
  const counts = useMemo(() => countByStatus(scoped), [scoped]);
  const visible = useMemo(() => sortClaims(applyFilters(all, effective), sort), [all, effective, sort]);

  useEffect(() => saveDeskState({ filters, sort, activeId }), [filters, sort, activeId]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => setNow(Date.now()), [data.rows]);

  // Coming back from a document: put the keyboard on the row last worked on.
  useEffect(() => {
    if (!data.rows || focusedOnLoad.current) return;
    focusedOnLoad.current = true;
    const index = visible.findIndex((r) => r.annotation.id === activeId);
    if (index >= 0) (body.current?.children[index] as HTMLElement | undefined)?.focus();
  }, [data.rows, visible, activeId]);

  function open(row: ClaimRow) {
    setActiveId(row.annotation.id);
    saveDeskState({ filters, sort, activeId: row.annotation.id }); // the view unmounts before effects run
    onOpenClaim(row.annotation.documentId, row.annotation.id);
  }

  function openNextUnverified() {
    const next =
      nextUnverified(visible, activeId) ?? nextUnverified(sortClaims(scoped, sort), activeId) ?? nextUnverified(sortClaims(all, sort), activeId);
    if (next) open(next);
    else setNotice(all.some((r) => r.claim.status === 'unverified') ? 'No other unverified claim.' : 'No unverified claims left.');
  }

  const latest = useRef(openNextUnverified);
  latest.current = openNextUnverified;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key !== 'n' && event.key !== 'N') return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      latest.current();
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
  const count =
    data.rows === null
      ? 'Loading the claims…'
      : filtered
        ? `${visible.length} of ${all.length} claim${all.length === 1 ? '' : 's'}`
        : `${all.length} claim${all.length === 1 ? '' : 's'}`;

  return (
    <main className="view claims-view" aria-label="Claims">
      <ClaimsToolbar
        filters={effective}
        documents={documents}
        onChange={changeFilters}
        onNextUnverified={openNextUnverified}
        canJump={all.some((r) => r.claim.status === 'unverified')}
      />
      {data.error && <ErrorBanner message={data.error} onRetry={data.reload} />}
      {data.rows && all.length === 0 && !data.error ? (
        <EmptyClaims onLibrary={onLibrary} />
      ) : (
        <>
          <div className="claims-summary">
            <div className="claims-filters">
              <StatusFilter selected={effective.statuses} counts={counts} total={scoped.length} onChange={(statuses) => changeFilters({ statuses })} />
              <p className="muted claims-count" aria-live="polite">
                {count}
                {notice && <span className="claims-notice"> · {notice}</span>}
              </p>
            </div>
            <StatusChart counts={counts} />
          </div>
          {visible.length > 0 ? (
            <div className="table-scroll">
              <ClaimsTable
                bodyRef={body}
                rows={visible}
                sort={sort}
                onSort={changeSort}
                activeId={activeId}
                onActivate={setActiveId}
                onOpen={open}
                now={now}
              />
            </div>
          ) : (
            data.rows && (
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
