/**
 * The library: every document in a sortable table, or the ranked search hits with highlighted
 * snippets while a query is typed. Rename, delete (single or batch, always confirmed), open, and
 * export the checked documents (or the whole library).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../shared/types';
import { shortcutLabel } from '../app/keys';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useToasts } from '../ui/Toasts';
import { DeleteDialog } from './DeleteDialog';
import { EmptyLibrary } from './EmptyLibrary';
import { LibraryTable } from './LibraryTable';
import type { LibraryRowData } from './LibraryRow';
import { RenameDialog } from './RenameDialog';
import { SearchBox } from './SearchBox';
import { defaultDirection, sortDocuments, type SortKey, type SortState } from './sort';
import { useLibraryData } from './useLibraryData';

export interface LibraryViewProps {
  /** Bumped by the app when documents changed elsewhere (an import landed). */
  refreshKey: number;
  onOpen(documentId: string): void;
  onImport(): void;
  /** Open the export dialog for these documents, or for the whole library (null). */
  onExport?(documentIds: string[] | null): void;
  /** Told the checked documents whenever they change (the File ▸ Export… menu exports them). */
  onSelectionChange?(documentIds: string[]): void;
}

const BY_UPDATED: SortState = { key: 'updated', direction: 'desc' };
const BY_RELEVANCE: SortState = { key: 'relevance', direction: 'desc' };

/** The library screen. */
export function LibraryView({ refreshKey, onOpen, onImport, onExport, onSelectionChange }: LibraryViewProps) {
  const toasts = useToasts();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState>(BY_UPDATED);
  const [searchSort, setSearchSort] = useState<SortState>(BY_RELEVANCE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [renaming, setRenaming] = useState<DocumentSummary | null>(null);
  const [deleting, setDeleting] = useState<DocumentSummary[] | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const data = useLibraryData(query, refreshKey);
  const table = useRef<HTMLTableElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const inSearch = data.hits !== null;
  const activeSort = inSearch ? searchSort : sort;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => setNow(Date.now()), [data.documents]);

  // Drop selections of documents that no longer exist.
  useEffect(() => {
    if (!data.documents) return;
    const ids = new Set(data.documents.map((d) => d.id));
    setSelected((current) => {
      const kept = [...current].filter((id) => ids.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [data.documents]);

  const rows = useMemo<LibraryRowData[]>(() => {
    const base: LibraryRowData[] = data.hits
      ? data.hits.map((hit) => ({ document: hit.document, snippet: hit.snippet }))
      : (data.documents ?? []).map((document) => ({ document }));
    return sortDocuments(base, (r) => r.document, activeSort);
  }, [data.hits, data.documents, activeSort]);

  function changeSort(key: SortKey) {
    const update = (s: SortState): SortState =>
      s.key === key && key !== 'relevance'
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: defaultDirection(key) };
    if (inSearch) setSearchSort(update);
    else setSort(update);
  }

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function toggleAll() {
    const visible = rows.map((r) => r.document.id);
    const all = visible.every((id) => selected.has(id));
    setSelected(all ? new Set([...selected].filter((id) => !visible.includes(id))) : new Set([...selected, ...visible]));
  }

  const selectionChanged = useRef(onSelectionChange);
  selectionChanged.current = onSelectionChange;
  useEffect(() => {
    selectionChanged.current?.([...selected]);
  }, [selected]);

  const selectedDocs = (data.documents ?? []).filter((d) => selected.has(d.id));
  const total = data.documents?.length ?? 0;

  if (data.documents && total === 0 && !query) {
    return (
      <main className="view library-view" aria-label="Library">
        {data.error && <ErrorBanner message={data.error} onRetry={data.reload} />}
        <EmptyLibrary onImport={onImport} shortcut={shortcutLabel('o')} />
      </main>
    );
  }

  return (
    <main className="view library-view" aria-label="Library">
      <div className="toolbar">
        <h1 className="view-title">Library</h1>
        <SearchBox
          value={query}
          onChange={setQuery}
          searching={data.searching}
          inputRef={searchInput}
          onArrowDown={() => table.current?.querySelector<HTMLElement>('tbody tr')?.focus()}
        />
        <div className="toolbar-spacer" />
        {selectedDocs.length > 0 && (
          <>
            <span className="muted">{selectedDocs.length} selected</span>
            <Button small onClick={() => setSelected(new Set())}>
              Clear selection
            </Button>
            <Button small variant="danger" onClick={() => setDeleting(selectedDocs)}>
              Delete {selectedDocs.length}…
            </Button>
          </>
        )}
        {onExport && total > 0 && (
          <Button
            onClick={() => onExport(selectedDocs.length > 0 ? selectedDocs.map((d) => d.id) : null)}
            title={selectedDocs.length > 0 ? 'Export the selected documents' : 'Export every document in the library'}
          >
            {selectedDocs.length > 0 ? `Export ${selectedDocs.length}…` : 'Export all…'}
          </Button>
        )}
        <Button variant="primary" onClick={onImport} title={`Import files (${shortcutLabel('o')})`}>
          Import…
        </Button>
      </div>
      {data.error && <ErrorBanner message={data.error} onRetry={data.reload} />}
      <p className="library-count muted" aria-live="polite">
        {data.documents === null
          ? 'Loading the library…'
          : inSearch
            ? `${rows.length} of ${total} document${total === 1 ? '' : 's'} match “${data.hitsQuery}”`
            : `${total} document${total === 1 ? '' : 's'}`}
      </p>
      {rows.length > 0 ? (
        <div className="table-scroll">
          <LibraryTable
            tableRef={table}
            caption={inSearch ? `Documents matching “${data.hitsQuery}”` : 'All documents'}
            rows={rows}
            sort={activeSort}
            onSort={changeSort}
            ranked={inSearch}
            selected={selected}
            onToggle={toggle}
            onToggleAll={toggleAll}
            onOpen={onOpen}
            onRename={setRenaming}
            onDelete={setDeleting}
            now={now}
          />
        </div>
      ) : (
        inSearch &&
        !data.searching && (
          <p className="no-results">
            No document contains “{data.hitsQuery}”.{' '}
            <Button small variant="ghost" onClick={() => setQuery('')}>
              Clear search
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
            data.reload();
          }}
        />
      )}
      {deleting && (
        <DeleteDialog
          documents={deleting}
          onCancel={() => setDeleting(null)}
          onDeleted={(ids) => {
            if (ids.length === deleting.length) {
              setDeleting(null);
              toasts.show(ids.length === 1 ? `Deleted “${deleting[0].title}”.` : `Deleted ${ids.length} documents.`, 'success');
            }
            data.reload();
          }}
        />
      )}
    </main>
  );
}
