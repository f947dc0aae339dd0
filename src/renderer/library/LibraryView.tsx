/**
 * The library: the documents a page at a time in a virtualised table (only the rows in view exist),
 * sorted, filtered and searched in SQLite, with the true number of matches. The selection may span
 * every match ("Select all 594 matching"); bulk status, delete and export apply to it whatever its
 * size, with progress. Changes made elsewhere (another window, the CLI) appear without a reload.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../api/client';
import type { LibraryFilter } from '../../shared/library-query';
import { DOCUMENT_STATUSES, type DocumentStatus, type DocumentSummary } from '../../shared/types';
import { DOCUMENT_STATUS_WORDS } from '../../shared/vocabulary';
import { shortcutLabel } from '../app/keys';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { errorMessage } from '../ui/errors';
import { useToasts } from '../ui/Toasts';
import { BulkStopped, runBulk } from './bulk';
import { DeleteDialog } from './DeleteDialog';
import { DoubleReviewBulk } from '../adjudicate/DoubleReviewBulk';
import { EmptyLibrary } from './EmptyLibrary';
import { LibraryFilters, NO_FILTER, NOBODY, type LibraryFilterState } from './LibraryFilters';
import { BulkAssign } from './BulkAssign';
import { loadMyQueue, saveMyQueue } from './my-queue';
import { NO_ASSIGNEES, NOT_YET, useAssignees } from '../assign/useAssignees';
import { LibraryTable, type VirtualOverrides } from './LibraryTable';
import { RenameDialog } from './RenameDialog';
import { SearchBox } from './SearchBox';
import { ALL_SELECTED, isSelected, NOTHING_SELECTED, selectedCount, toApiSelection, toggle, type Selection } from './selection';
import { nextSort, type SortKey, type SortState } from './sort';
import { useLibraryPages } from './useLibraryPages';
import { useLibraryChanges } from './useLibraryVersion';
import { useMay } from '../team/may';

export interface LibraryViewProps {
  /** Bumped by the app when documents changed elsewhere (an import landed). */
  refreshKey: number;
  onOpen(documentId: string): void;
  onImport(): void;
  /** Open the export dialog for these documents, or for the whole library (null). */
  onExport?(documentIds: string[] | null): void;
  /** Told the checked documents whenever they change (the File ▸ Export… menu exports them). */
  onSelectionChange?(documentIds: string[]): void;
  /** Told once, when the first rows (or the count of none) have been rendered: start-up work can follow. */
  onRowsShown?(): void;
  /** DOM tests only: a viewport for the virtualiser (happy-dom has no layout). */
  virtual?: VirtualOverrides;
}

const BY_UPDATED: SortState = { key: 'updated', direction: 'desc' };
const BY_RELEVANCE: SortState = { key: 'relevance', direction: 'desc' };
const DAY_MS = 86_400_000;

type Deleting = { count: number; named: DocumentSummary[]; selection: NonNullable<ReturnType<typeof toApiSelection>> };

function documents(n: number): string {
  return `${n.toLocaleString()} document${n === 1 ? '' : 's'}`;
}

/** What an empty "My queue" says: whose queue it is, or that there is no name to have one by. */
function queueEmpty(me: string): string {
  return me ? `Nothing is assigned to you (${me}).` : 'Nothing is assigned to you: set your name in Settings to have a queue.';
}

/** The library screen. */
export function LibraryView({ refreshKey, onOpen, onImport, onExport, onSelectionChange, onRowsShown, virtual }: LibraryViewProps) {
  const toasts = useToasts();
  // On a team server the toolbar and rows offer what the role may do; a refused key says why (team/may.ts).
  const mayDelete = useMay('documents:delete');
  const mayRename = useMay('documents:rename');
  const maySetStatus = useMay('documents:bulk', { action: { kind: 'setStatus', status: 'in_review' } });
  const mayMarkReviewed = useMay('documents:bulk', { action: { kind: 'setStatus', status: 'reviewed' } });
  const mayImport = useMay('documents:import').allowed;
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  // Searched as typed, without a delay: useLibraryPages keeps one request in flight, the newest waiting.
  const searched = trimmed;
  const [sort, setSort] = useState<SortState>(BY_UPDATED);
  const [searchSort, setSearchSort] = useState<SortState>(BY_RELEVANCE);
  const [filters, setFilters] = useState<LibraryFilterState>(NO_FILTER);
  // "My queue": the documents assigned to whoever is acting, remembered between visits (my-queue.ts).
  const [mine, setMineState] = useState(loadMyQueue);
  const setMine = useCallback((on: boolean) => {
    setMineState(on);
    saveMyQueue(on);
  }, []);
  const [selection, setSelection] = useState<Selection>(NOTHING_SELECTED);
  const [renaming, setRenaming] = useState<DocumentSummary | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const [progress, setProgress] = useState<{ label: string; done: number; count: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [localKey, setLocalKey] = useState(0);
  const changes = useLibraryChanges();
  const focusFirst = useRef<(() => void) | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const inSearch = searched !== '';
  const activeSort = inSearch ? searchSort : sort;

  const filter = useMemo<LibraryFilter>(
    () => ({
      query: searched,
      ...(filters.status ? { status: [filters.status] } : {}),
      ...(filters.format ? { format: [filters.format] } : {}),
      ...(filters.days ? { updatedFrom: new Date(Math.floor(Date.now() / 60_000) * 60_000 - filters.days * DAY_MS).toISOString() } : {}),
      ...(filters.assignee ? { assignee: filters.assignee === NOBODY ? null : filters.assignee } : {}),
      ...(mine ? { mine: true } : {}),
    }),
    [searched, filters, mine],
  );
  const request = useMemo(() => ({ ...filter, sort: activeSort.key, direction: activeSort.direction }), [filter, activeSort]);
  const pages = useLibraryPages(request, `${refreshKey}:${localKey}:${changes}`);
  // The names for the assignee filter are asked once the first rows have arrived, not before them
  // (the core answers one request at a time, and the rows are what the editor is waiting for).
  const [rowsArrived, setRowsArrived] = useState(false);
  const hasTotal = pages.total !== null;
  const rowsShown = useRef(onRowsShown);
  rowsShown.current = onRowsShown;
  useEffect(() => {
    if (!hasTotal) return;
    setRowsArrived(true);
    rowsShown.current?.();
  }, [hasTotal]);
  const assignees = useAssignees(rowsArrived ? `${localKey}:${changes}` : NOT_YET) ?? NO_ASSIGNEES;
  const answered = pages.answeredKey === JSON.stringify(request);
  const total = pages.total ?? 0;
  const reload = useCallback(() => setLocalKey((k) => k + 1), []);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  // "All matching" means the matches of this filter: a new filter starts a new selection.
  const filterKey = JSON.stringify(filter);
  useEffect(() => setSelection((s) => (s.mode === 'all' ? NOTHING_SELECTED : s)), [filterKey]);

  const count = selectedCount(selection, total);
  const apiSelection = toApiSelection(selection, filter, total);

  const selectionChanged = useRef(onSelectionChange);
  selectionChanged.current = onSelectionChange;
  useEffect(() => {
    if (selection.mode === 'some') {
      selectionChanged.current?.([...selection.documents.keys()]);
      return;
    }
    let live = true;
    call('documents:ids', { filter, except: [...selection.except] }).then(
      ({ ids }) => live && selectionChanged.current?.(ids),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [selection, filter]);

  function changeSort(key: SortKey) {
    if (inSearch) setSearchSort((s) => nextSort(s, key));
    else setSort((s) => nextSort(s, key));
  }

  async function setStatusOfSelection(status: DocumentStatus) {
    if (!apiSelection) return;
    const label = `Marking ${documents(count)} ${DOCUMENT_STATUS_WORDS[status].toLowerCase()}`;
    setProgress({ label, done: 0, count });
    try {
      const done = await runBulk(apiSelection, { kind: 'setStatus', status }, (n) => setProgress({ label, done: n, count }));
      toasts.show(`Marked ${documents(done)} “${DOCUMENT_STATUS_WORDS[status]}”.`, 'success');
    } catch (e) {
      const stopped = e instanceof BulkStopped ? e : new BulkStopped(0, e);
      toasts.show(`Changing the status stopped after ${documents(stopped.done)}: ${errorMessage(stopped.reason)}`, 'error');
    } finally {
      setProgress(null);
      reload();
    }
  }

  async function exportSelection() {
    if (!onExport) return;
    if (selection.mode === 'some') return onExport(selection.documents.size ? [...selection.documents.keys()] : null);
    try {
      const { ids } = await call('documents:ids', { filter, except: [...selection.except] });
      onExport(ids);
    } catch (e) {
      toasts.show(`The selection could not be listed for export. ${errorMessage(e)}`, 'error');
    }
  }

  function deleteFromRow(document: DocumentSummary, fromKeyboard: boolean) {
    if (fromKeyboard && isSelected(selection, document.id) && count > 1 && apiSelection) {
      const named = selection.mode === 'some' ? [...selection.documents.values()] : [];
      setDeleting({ count, named, selection: apiSelection });
    } else setDeleting({ count: 1, named: [document], selection: { ids: [document.id] } });
  }

  if (pages.libraryTotal === 0 && !trimmed) {
    return (
      <main className="view library-view" aria-label="Library">
        {pages.error && <ErrorBanner message={pages.error} onRetry={reload} />}
        <EmptyLibrary onImport={onImport} shortcut={shortcutLabel('o')} />
      </main>
    );
  }

  const filtered = filters.status !== '' || filters.format !== '' || filters.days !== 0 || filters.assignee !== '' || mine;
  // A search's count may come before its rows (useLibraryPages.ts, countFirst).
  const countedFirst = inSearch && !answered && pages.counted?.key === JSON.stringify(request) ? pages.counted : null;
  const countText =
    pages.total === null
      ? 'Loading the library…'
      : countedFirst
        ? `${countedFirst.total.toLocaleString()} of ${documents(countedFirst.libraryTotal)} match “${searched}”`
      : inSearch && !answered
        ? `Searching for “${searched}”…`
        : inSearch
        ? `${total.toLocaleString()} of ${documents(pages.libraryTotal ?? 0)} match “${searched}”`
        : filtered
          ? `${total.toLocaleString()} of ${documents(pages.libraryTotal ?? 0)}`
          : // Unfiltered, the count is the library's: right away, not the last search's until the list arrives.
            documents(answered ? total : (pages.libraryTotal ?? total));

  return (
    <main className="view library-view" aria-label="Library">
      <div className="toolbar">
        <h1 className="view-title">Library</h1>
        <SearchBox
          value={query}
          onChange={setQuery}
          searching={inSearch && !answered}
          inputRef={searchInput}
          onArrowDown={() => focusFirst.current?.()}
        />
        <Button small aria-pressed={mine} variant={mine ? 'primary' : undefined} onClick={() => setMine(!mine)} title="Only the documents assigned to me">
          My queue
        </Button>
        <LibraryFilters value={filters} onChange={setFilters} assignees={assignees.names} />
        <div className="toolbar-spacer" />
        {count > 0 && (
          <>
            <span className="muted">{count.toLocaleString()} selected</span>
            {selection.mode === 'some' && count < total && (
              <Button small onClick={() => setSelection(ALL_SELECTED)}>
                {`Select all ${total.toLocaleString()}${inSearch || filtered ? ' matching' : ''}`}
              </Button>
            )}
            <Button small onClick={() => setSelection(NOTHING_SELECTED)}>
              Clear selection
            </Button>
            {maySetStatus.allowed && (
              <select
                aria-label="Set the status of the selected documents"
                value=""
                disabled={progress !== null}
                onChange={(e) => e.target.value && void setStatusOfSelection(e.target.value as DocumentStatus)}
              >
                <option value="">Set status…</option>
                {DOCUMENT_STATUSES.map((s) => (
                  <option key={s} value={s} disabled={s === 'reviewed' && !mayMarkReviewed.allowed} title={s === 'reviewed' ? mayMarkReviewed.reason : undefined}>
                    {DOCUMENT_STATUS_WORDS[s]}
                  </option>
                ))}
              </select>
            )}
            <BulkAssign
              selection={apiSelection}
              count={count}
              assignees={assignees}
              disabled={progress !== null}
              onProgress={setProgress}
              onDone={(message, ok) => {
                toasts.show(message, ok ? 'success' : 'error');
                reload();
              }}
            />
            <DoubleReviewBulk selection={apiSelection} count={count} onDone={(message, ok) => toasts.show(message, ok ? 'success' : 'error')} />
            {mayDelete.allowed && (
              <Button small variant="danger" disabled={progress !== null} onClick={() => apiSelection && setDeleting({ count, named: selection.mode === 'some' ? [...selection.documents.values()] : [], selection: apiSelection })}>
                Delete {count.toLocaleString()}…
              </Button>
            )}
          </>
        )}
        {onExport && total > 0 && (
          <Button onClick={() => void (count > 0 ? exportSelection() : onExport(null))} title={count > 0 ? 'Export the selected documents' : 'Export every document in the library'}>
            {count > 0 ? `Export ${count.toLocaleString()}…` : 'Export all…'}
          </Button>
        )}
        {mayImport && (
          <Button variant="primary" onClick={onImport} title={`Import files (${shortcutLabel('o')})`}>
            Import…
          </Button>
        )}
      </div>
      {pages.error && <ErrorBanner message={pages.error} onRetry={reload} />}
      <p className="library-count muted" aria-live="polite">
        {countText}
      </p>
      {progress && (
        <p className="bulk-progress" role="status">
          <progress max={progress.count} value={progress.done} /> {progress.label}: {progress.done.toLocaleString()} of {progress.count.toLocaleString()}…
        </p>
      )}
      {pages.total !== null && total > 0 ? (
        <LibraryTable
          caption={inSearch ? `Documents matching “${searched}”` : 'All documents'}
          busy={!answered}
          count={total}
          rowAt={pages.rowAt}
          onRangeChange={pages.ensureRows}
          sort={activeSort}
          onSort={changeSort}
          ranked={inSearch}
          isSelected={(id) => isSelected(selection, id)}
          allSelected={count > 0 && count === total}
          someSelected={count > 0}
          onToggle={(document) => setSelection((s) => toggle(s, document))}
          onToggleAll={() => setSelection(count > 0 && count === total ? NOTHING_SELECTED : ALL_SELECTED)}
          onOpen={onOpen}
          onRename={mayRename.allowed ? setRenaming : () => toasts.show(mayRename.reason ?? '', 'info')}
          onDelete={mayDelete.allowed ? deleteFromRow : () => toasts.show(mayDelete.reason ?? '', 'info')}
          now={now}
          focusFirstRef={focusFirst}
          virtual={virtual}
        />
      ) : (
        pages.total === 0 &&
        answered && (
          <p className="no-results">
            {inSearch
              ? `No document contains “${searched}”${filtered ? ' with these filters' : ''}.`
              : mine && !filters.status && !filters.format && !filters.days && !filters.assignee
                ? queueEmpty(assignees.me)
                : 'No document matches these filters.'}{' '}
            <Button
              small
              variant="ghost"
              onClick={() => {
                setQuery('');
                setFilters(NO_FILTER);
                setMine(false);
              }}
            >
              {inSearch ? 'Clear search' : 'Clear filters'}
            </Button>
          </p>
        )
      )}
      {renaming && (
        <RenameDialog
          document={renaming}
          onCancel={() => setRenaming(null)}
          onDone={(renamed) => {
            setRenaming(null);
            toasts.show(`Renamed to “${renamed.title}”.`, 'success');
            reload();
          }}
        />
      )}
      {deleting && (
        <DeleteDialog
          count={deleting.count}
          named={deleting.named}
          selection={deleting.selection}
          onCancel={() => setDeleting(null)}
          onDeleted={(deleted) => {
            if (deleted === deleting.count) {
              setDeleting(null);
              toasts.show(deleted === 1 && deleting.named.length === 1 ? `Deleted “${deleting.named[0].title}”.` : `Deleted ${documents(deleted)}.`, 'success');
            }
            setSelection(NOTHING_SELECTED);
            reload();
          }}
        />
      )}
    </main>
  );
}
