/**
 * The claims table: sortable headers (buttons inside `<th aria-sort>`) and keyboard navigation over
 * rows with a roving tabindex — ↑/↓/Home/End/PageUp/PageDown move, Enter opens the claim.
 */
import type { RefObject } from 'react';
import { SortHeader, type SortColumn } from '../ui/SortHeader';
import { useRowNavigation } from '../ui/useRowNavigation';
import { ClaimsTableRow } from './ClaimsTableRow';
import type { ClaimRow, ClaimSort, ClaimSortKey } from './rows';

export interface ClaimsTableProps {
  rows: ClaimRow[];
  sort: ClaimSort;
  onSort(key: ClaimSortKey): void;
  /** Annotation id of the current row (the focus stop); the first row when null or absent. */
  activeId: string | null;
  onActivate(annotationId: string): void;
  onOpen(row: ClaimRow): void;
  now: number;
  /** The table body, for the desk to move focus to a row. */
  bodyRef: RefObject<HTMLTableSectionElement | null>;
}

const COLUMNS: Array<SortColumn<ClaimSortKey>> = [
  { key: 'claim', label: 'Claim', className: 'cl-claim' },
  { key: 'document', label: 'Document', className: 'cl-document' },
  { key: 'status', label: 'Status', className: 'cl-status' },
  { key: 'age', label: 'Age', className: 'cl-age' },
  { key: 'assignee', label: 'Assignee', className: 'cl-assignee' },
  { key: 'sources', label: 'Sources', className: 'cl-sources' },
  { key: 'updated', label: 'Last change', className: 'cl-updated' },
];

/** Sortable, keyboard-navigable table of claims. */
export function ClaimsTable({ rows, sort, onSort, activeId, onActivate, onOpen, now, bodyRef }: ClaimsTableProps) {
  const { activeIndex, onKeyDown } = useRowNavigation({
    rows,
    idOf: (row) => row.annotation.id,
    activeId,
    onActivate,
    body: bodyRef,
    rowKeys: (row) => ({ Enter: () => onOpen(row) }),
  });

  return (
    <table className="library-table claims-table">
      <caption className="visually-hidden">Claims across all documents</caption>
      <thead>
        <tr>
          {COLUMNS.map((col) => (
            <SortHeader key={col.key} column={col} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody ref={bodyRef} onKeyDown={onKeyDown}>
        {rows.map((row, index) => (
          <ClaimsTableRow
            key={row.annotation.id}
            row={row}
            now={now}
            active={index === activeIndex}
            onFocusRow={() => onActivate(row.annotation.id)}
            onOpen={() => onOpen(row)}
          />
        ))}
      </tbody>
    </table>
  );
}
