/**
 * The claims table: sortable headers (buttons inside `<th aria-sort>`) and keyboard navigation over
 * rows with a roving tabindex — ↑/↓/Home/End/PageUp/PageDown move, Enter opens the claim.
 */
import type { KeyboardEvent, RefObject } from 'react';
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

const COLUMNS: Array<{ key: ClaimSortKey; label: string; className: string }> = [
  { key: 'claim', label: 'Claim', className: 'cl-claim' },
  { key: 'document', label: 'Document', className: 'cl-document' },
  { key: 'status', label: 'Status', className: 'cl-status' },
  { key: 'age', label: 'Age', className: 'cl-age' },
  { key: 'assignee', label: 'Assignee', className: 'cl-assignee' },
  { key: 'sources', label: 'Sources', className: 'cl-sources' },
  { key: 'updated', label: 'Last change', className: 'cl-updated' },
];

function ariaSort(sort: ClaimSort, key: ClaimSortKey): 'ascending' | 'descending' | undefined {
  if (sort.key !== key) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

/** Sortable, keyboard-navigable table of claims. */
export function ClaimsTable({ rows, sort, onSort, activeId, onActivate, onOpen, now, bodyRef }: ClaimsTableProps) {
  const found = rows.findIndex((r) => r.annotation.id === activeId);
  const activeIndex = found === -1 ? 0 : found;

  function focusRow(index: number) {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[clamped];
    if (!row) return;
    onActivate(row.annotation.id);
    (bodyRef.current?.children[clamped] as HTMLElement | undefined)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const rowEl = (event.target as HTMLElement).closest('tr');
    if (!rowEl || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = rows.findIndex((r) => r.annotation.id === rowEl.dataset.id);
    const row = rows[index];
    if (!row) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      Home: () => focusRow(0),
      End: () => focusRow(rows.length - 1),
      PageDown: () => focusRow(index + 10),
      PageUp: () => focusRow(index - 10),
      Enter: () => onOpen(row),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return (
    <table className="library-table claims-table">
      <caption className="visually-hidden">Claims across all documents</caption>
      <thead>
        <tr>
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
