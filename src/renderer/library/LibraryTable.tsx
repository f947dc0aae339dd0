/**
 * The library table, virtualised with @tanstack/react-virtual: however many documents match, only
 * the rows in view (and a few either side) are in the DOM, between two spacer rows that keep the
 * scrollbar true to the whole list. Rows whose page has not arrived show as loading until it does.
 * Keyboard: a roving tabindex over row positions — ↑/↓ one row, PageUp/PageDown ten, Home/End the
 * ends (scrolling the row into view first), Enter opens, Space selects, F2 renames, Delete deletes.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { LibraryPageRow } from '../../shared/library-query';
import type { DocumentSummary } from '../../shared/types';
import { SortHeader, type SortColumn } from '../ui/SortHeader';
import { useVirtualRows, type VirtualOverrides } from '../ui/useVirtualRows';
import { LibraryRow, type LibraryRowActions } from './LibraryRow';
import type { SortKey, SortState } from './sort';

export type { VirtualOverrides };

export interface LibraryTableProps {
  /** How many rows the list has (all matches, loaded or not). */
  count: number;
  rowAt(index: number): LibraryPageRow | undefined;
  /** Rows `first`…`last` are about to be shown: fetch what is missing. */
  onRangeChange(first: number, last: number): void;
  sort: SortState;
  onSort(key: SortKey): void;
  /** Offer the "Relevance" order (search results). */
  ranked: boolean;
  isSelected(id: string): boolean;
  /** The header checkbox: all matching documents are selected / some are. */
  allSelected: boolean;
  someSelected: boolean;
  onToggle(document: DocumentSummary): void;
  onToggleAll(): void;
  onOpen(id: string): void;
  onRename(document: DocumentSummary): void;
  /** Delete key or button on a row; `fromKeyboard` deletes the selection when the row is part of it. */
  onDelete(document: DocumentSummary, fromKeyboard: boolean): void;
  now: number;
  caption: string;
  /** The rows shown are an older request's while this one's are on their way (aria-busy). */
  busy?: boolean;
  /** Called with a function that focuses the first row (the search box's ↓). */
  focusFirstRef?: { current: (() => void) | null };
  virtual?: VirtualOverrides;
}

const COLUMNS: Array<SortColumn<SortKey>> = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'source', label: 'Source', className: 'col-source' },
  { key: 'status', label: 'Status', className: 'col-status' },
  { key: 'assignee', label: 'Assigned', className: 'col-assignee' },
];

/**
 * Row heights, fixed by library.css (`--library-row-height`, `--library-hit-height`): a title is one
 * line, a search hit's snippet two. The virtualiser places rows by these instead of measuring each
 * one: with measured rows it corrected the scroll position as rows of another height arrived, which
 * pulled a dragged scrollbar back and cost a forced layout per row while scrolling.
 */
export const ROW_HEIGHT = 40;
export const HIT_HEIGHT = 76;

/** Sortable, keyboard-navigable, virtualised table of documents. */
export function LibraryTable(props: LibraryTableProps) {
  const { count, rowAt, onRangeChange, sort, onSort, ranked, isSelected, allSelected, someSelected, onToggle, onToggleAll, onOpen, onRename, onDelete, now, caption, busy = false } =
    props;
  const selectAll = useRef<HTMLInputElement>(null);
  const rows = useVirtualRows({
    count,
    rowHeight: ranked ? HIT_HEIGHT : ROW_HEIGHT,
    onRangeChange,
    onRowOnly: true, // keys inside checkboxes/buttons keep their meaning
    rowKeys: (index): Record<string, () => void> => {
      const row = rowAt(index);
      if (!row) return {};
      return {
        Enter: () => onOpen(row.document.id),
        ' ': () => onToggle(row.document),
        F2: () => onRename(row.document),
        Delete: () => onDelete(row.document, true),
      };
    },
    virtual: props.virtual,
  });
  const { items, activeIndex, setActiveIndex, paddingTop, paddingBottom } = rows;
  // The rows' controls call the latest handlers through one object that never changes (LibraryRow is memoised).
  const latest = useRef({ setActiveIndex, onToggle, onOpen, onRename, onDelete });
  latest.current = { setActiveIndex, onToggle, onOpen, onRename, onDelete };
  const actions = useMemo<LibraryRowActions>(
    () => ({
      focus: (index) => latest.current.setActiveIndex(index),
      toggle: (document) => latest.current.onToggle(document),
      open: (id) => latest.current.onOpen(id),
      rename: (document) => latest.current.onRename(document),
      remove: (document) => latest.current.onDelete(document, false),
    }),
    [],
  );

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someSelected && !allSelected;
  }, [someSelected, allSelected]);

  if (props.focusFirstRef) props.focusFirstRef.current = () => rows.focusRow(0);

  return (
    <div className="table-scroll library-scroll" ref={rows.scroller} aria-busy={busy}>
      <table className={`library-table${ranked ? ' ranked' : ''}`} aria-rowcount={count + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-check">
              <input
                ref={selectAll}
                type="checkbox"
                aria-label={`Select all ${count.toLocaleString()} ${ranked ? 'matching ' : ''}document${count === 1 ? '' : 's'}`}
                checked={count > 0 && allSelected}
                onChange={onToggleAll}
              />
            </th>
            {COLUMNS.map((col) => (
              <SortHeader key={col.key} column={col} sort={sort} onSort={onSort} />
            ))}
            <th scope="col" className="col-num">
              Annotations
            </th>
            <th scope="col" className="col-claims" title="claims with a verdict / all claims">
              Claims checked
            </th>
            <SortHeader column={{ key: 'updated', label: 'Last change', className: 'col-updated' }} sort={sort} onSort={onSort} />
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
        <tbody ref={rows.body} onKeyDown={rows.onKeyDown}>
          {paddingTop > 0 && (
            <tr className="virtual-spacer" aria-hidden="true">
              <td colSpan={9} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowAt(item.index);
            const active = item.index === activeIndex;
            if (!row) {
              return (
                <tr
                  key={item.key}
                  className="library-row loading"
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  tabIndex={active ? 0 : -1}
                  onFocus={() => setActiveIndex(item.index)}
                >
                  <td colSpan={9} className="muted">
                    Loading…
                  </td>
                </tr>
              );
            }
            return (
              <LibraryRow
                key={item.key}
                index={item.index}
                row={row}
                now={now}
                selected={isSelected(row.document.id)}
                active={active}
                actions={actions}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr className="virtual-spacer" aria-hidden="true">
              <td colSpan={9} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
