/**
 * The library table: sortable headers (buttons inside `<th aria-sort>`), a select-all checkbox, and
 * keyboard navigation over rows with a roving tabindex — ↑/↓/Home/End move, Enter opens, Space
 * selects, F2 renames, Delete deletes.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { DocumentSummary } from '../../shared/types';
import { LibraryRow, type LibraryRowData } from './LibraryRow';
import type { SortKey, SortState } from './sort';

export interface LibraryTableProps {
  rows: LibraryRowData[];
  sort: SortState;
  onSort(key: SortKey): void;
  /** Offer the "Relevance" order (search results). */
  ranked: boolean;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onToggleAll(): void;
  onOpen(id: string): void;
  onRename(document: DocumentSummary): void;
  onDelete(documents: DocumentSummary[]): void;
  now: number;
  tableRef?: Ref<HTMLTableElement>;
  caption: string;
}

const COLUMNS: Array<{ key: SortKey; label: string; className: string }> = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'source', label: 'Source', className: 'col-source' },
  { key: 'status', label: 'Status', className: 'col-status' },
  { key: 'annotations', label: 'Annotations', className: 'col-num' },
  { key: 'claims', label: 'Claims verified', className: 'col-claims' },
  { key: 'updated', label: 'Last change', className: 'col-updated' },
];

function ariaSort(sort: SortState, key: SortKey): 'ascending' | 'descending' | undefined {
  if (sort.key !== key) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

/** Sortable, keyboard-navigable table of documents. */
export function LibraryTable(props: LibraryTableProps) {
  const { rows, sort, onSort, ranked, selected, onToggle, onToggleAll, onOpen, onRename, onDelete, now, tableRef, caption } = props;
  const [activeId, setActiveId] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const selectAll = useRef<HTMLInputElement>(null);
  const activeIndex = Math.max(0, rows.findIndex((r) => r.document.id === activeId));
  const selectedCount = rows.filter((r) => selected.has(r.document.id)).length;

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selectedCount > 0 && selectedCount < rows.length;
  }, [selectedCount, rows.length]);

  function focusRow(index: number) {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[clamped];
    if (!row) return;
    setActiveId(row.document.id);
    (body.current?.children[clamped] as HTMLElement | undefined)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const rowEl = (event.target as HTMLElement).closest('tr');
    if (!rowEl || event.target !== rowEl) return; // keys inside checkboxes/buttons keep their meaning
    const index = rows.findIndex((r) => r.document.id === rowEl.dataset.id);
    const row = rows[index];
    if (!row) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      Home: () => focusRow(0),
      End: () => focusRow(rows.length - 1),
      PageDown: () => focusRow(index + 10),
      PageUp: () => focusRow(index - 10),
      Enter: () => onOpen(row.document.id),
      ' ': () => onToggle(row.document.id),
      F2: () => onRename(row.document),
      Delete: () => {
        const batch = rows.filter((r) => selected.has(r.document.id)).map((r) => r.document);
        onDelete(selected.has(row.document.id) && batch.length > 1 ? batch : [row.document]);
      },
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  return (
    <table className="library-table" ref={tableRef}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-check">
            <input
              ref={selectAll}
              type="checkbox"
              aria-label="Select all documents"
              checked={rows.length > 0 && selectedCount === rows.length}
              onChange={onToggleAll}
            />
          </th>
          {COLUMNS.map((col) => (
            <th key={col.key} scope="col" className={col.className} aria-sort={ariaSort(sort, col.key)}>
              <button type="button" className="sort-button" onClick={() => onSort(col.key)}>
                {col.label}
                <span className="sort-indicator" aria-hidden="true">
                  {sort.key === col.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col" className="col-actions">
            {ranked && sort.key !== 'relevance' ? (
              <button type="button" className="sort-button" onClick={() => onSort('relevance')}>
                By relevance
              </button>
            ) : (
              <span className="visually-hidden">Actions</span>
            )}
          </th>
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onKeyDown}>
        {rows.map((row, index) => (
          <LibraryRow
            key={row.document.id}
            row={row}
            now={now}
            selected={selected.has(row.document.id)}
            active={index === activeIndex}
            onFocusRow={() => setActiveId(row.document.id)}
            onToggle={() => onToggle(row.document.id)}
            onOpen={() => onOpen(row.document.id)}
            onRename={() => onRename(row.document)}
            onDelete={() => onDelete([row.document])}
          />
        ))}
      </tbody>
    </table>
  );
}
