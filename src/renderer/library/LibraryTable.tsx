/**
 * The library table: sortable headers (buttons inside `<th aria-sort>`), a select-all checkbox, and
 * keyboard navigation over rows with a roving tabindex — ↑/↓/Home/End move, Enter opens, Space
 * selects, F2 renames, Delete deletes.
 */
import { useEffect, useRef, useState, type Ref } from 'react';
import type { DocumentSummary } from '../../shared/types';
import { SortHeader, type SortColumn } from '../ui/SortHeader';
import { useRowNavigation } from '../ui/useRowNavigation';
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

const COLUMNS: Array<SortColumn<SortKey>> = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'source', label: 'Source', className: 'col-source' },
  { key: 'status', label: 'Status', className: 'col-status' },
  { key: 'annotations', label: 'Annotations', className: 'col-num' },
  { key: 'claims', label: 'Claims checked', className: 'col-claims', title: 'claims with a verdict / all claims' },
  { key: 'updated', label: 'Last change', className: 'col-updated' },
];

/** Sortable, keyboard-navigable table of documents. */
export function LibraryTable(props: LibraryTableProps) {
  const { rows, sort, onSort, ranked, selected, onToggle, onToggleAll, onOpen, onRename, onDelete, now, tableRef, caption } = props;
  const [activeId, setActiveId] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const selectAll = useRef<HTMLInputElement>(null);
  const selectedCount = rows.filter((r) => selected.has(r.document.id)).length;

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selectedCount > 0 && selectedCount < rows.length;
  }, [selectedCount, rows.length]);

  const { activeIndex, onKeyDown } = useRowNavigation({
    rows,
    idOf: (row) => row.document.id,
    activeId,
    onActivate: setActiveId,
    body,
    onRowOnly: true, // keys inside checkboxes/buttons keep their meaning
    rowKeys: (row) => ({
      Enter: () => onOpen(row.document.id),
      ' ': () => onToggle(row.document.id),
      F2: () => onRename(row.document),
      Delete: () => {
        const batch = rows.filter((r) => selected.has(r.document.id)).map((r) => r.document);
        onDelete(selected.has(row.document.id) && batch.length > 1 ? batch : [row.document]);
      },
    }),
  });

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
            <SortHeader key={col.key} column={col} sort={sort} onSort={onSort} />
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
