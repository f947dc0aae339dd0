/**
 * The claims table, virtualised (ui/useVirtualRows): sortable headers (buttons inside
 * `<th aria-sort>`), only the rows in view rendered, keyboard navigation with a roving tabindex —
 * ↑/↓/Home/End/PageUp/PageDown move, Enter opens the claim.
 */
import { SortHeader, type SortColumn } from '../ui/SortHeader';
import { useVirtualRows, type VirtualOverrides } from '../ui/useVirtualRows';
import { ClaimsTableRow } from './ClaimsTableRow';
import type { ClaimRow, ClaimSort, ClaimSortKey } from './rows';

export interface ClaimsTableProps {
  count: number;
  rowAt(index: number): ClaimRow | undefined;
  onRangeChange(first: number, last: number): void;
  sort: ClaimSort;
  onSort(key: ClaimSortKey): void;
  /** The row to start on (the claim last worked on), or 0. */
  initialIndex: number;
  /** A row became the focus stop. */
  onActivate(row: ClaimRow, index: number): void;
  onOpen(row: ClaimRow): void;
  now: number;
  /** Receives a function that focuses the row at an index (coming back to the desk). */
  focusRowRef?: { current: ((index: number) => void) | null };
  virtual?: VirtualOverrides;
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

const ROW_HEIGHT = 41;

/** Sortable, keyboard-navigable, virtualised table of claims. */
export function ClaimsTable({ count, rowAt, onRangeChange, sort, onSort, initialIndex, onActivate, onOpen, now, focusRowRef, virtual }: ClaimsTableProps) {
  const rows = useVirtualRows({
    count,
    rowHeight: ROW_HEIGHT,
    onRangeChange,
    initialIndex,
    rowKeys: (index): Record<string, () => void> => {
      const row = rowAt(index);
      return row ? { Enter: () => onOpen(row) } : {};
    },
    virtual,
  });
  if (focusRowRef) focusRowRef.current = rows.focusRow;

  return (
    <div className="table-scroll claims-scroll" ref={rows.scroller}>
      <table className="library-table claims-table" aria-rowcount={count + 1}>
        <caption className="visually-hidden">Claims across all documents</caption>
        <thead>
          <tr>
            {COLUMNS.map((col) => (
              <SortHeader key={col.key} column={col} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody ref={rows.body} onKeyDown={rows.onKeyDown}>
          {rows.paddingTop > 0 && (
            <tr className="virtual-spacer" aria-hidden="true">
              <td colSpan={7} style={{ height: rows.paddingTop }} />
            </tr>
          )}
          {rows.items.map((item) => {
            const row = rowAt(item.index);
            const active = item.index === rows.activeIndex;
            if (!row) {
              return (
                <tr key={item.key} className="claims-row loading" data-index={item.index} tabIndex={active ? 0 : -1} ref={rows.measureRef} onFocus={() => rows.setActiveIndex(item.index)}>
                  <td colSpan={7} className="muted">
                    Loading…
                  </td>
                </tr>
              );
            }
            return (
              <ClaimsTableRow
                key={item.key}
                index={item.index}
                measureRef={rows.measureRef}
                row={row}
                now={now}
                active={active}
                onFocusRow={() => {
                  rows.setActiveIndex(item.index);
                  onActivate(row, item.index);
                }}
                onOpen={() => onOpen(row)}
              />
            );
          })}
          {rows.paddingBottom > 0 && (
            <tr className="virtual-spacer" aria-hidden="true">
              <td colSpan={7} style={{ height: rows.paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
