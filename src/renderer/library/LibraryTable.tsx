/**
 * The library table, virtualised with @tanstack/react-virtual: however many documents match, only
 * the rows in view (and a few either side) are in the DOM, between two spacer rows that keep the
 * scrollbar true to the whole list. Rows whose page has not arrived show as loading until it does.
 * Keyboard: a roving tabindex over row positions — ↑/↓ one row, PageUp/PageDown ten, Home/End the
 * ends (scrolling the row into view first), Enter opens, Space selects, F2 renames, Delete deletes.
 */
import { measureElement, observeElementRect, useVirtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryPageRow } from '../../shared/library-query';
import type { DocumentSummary } from '../../shared/types';
import { SortHeader, type SortColumn } from '../ui/SortHeader';
import { LibraryRow } from './LibraryRow';
import type { SortKey, SortState } from './sort';

/** Test hooks: happy-dom has no layout, so DOM tests give the virtualiser a viewport and row sizes. */
export type VirtualOverrides = Partial<Pick<VirtualizerOptions<HTMLDivElement, HTMLTableRowElement>, 'initialRect' | 'observeElementRect' | 'measureElement' | 'observeElementOffset' | 'scrollToFn'>>;

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
  /** Called with a function that focuses the first row (the search box's ↓). */
  focusFirstRef?: { current: (() => void) | null };
  virtual?: VirtualOverrides;
}

const COLUMNS: Array<SortColumn<SortKey>> = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'source', label: 'Source', className: 'col-source' },
  { key: 'status', label: 'Status', className: 'col-status' },
];

/** Estimated row heights before measuring (a search hit carries a snippet line). */
const ROW_HEIGHT = 41;
const HIT_HEIGHT = 66;

/** The scroll box's size; before it has a layout (zero high), the window's height, so rows still render. */
const observeRect: typeof observeElementRect<HTMLDivElement> = (instance, onRect) =>
  observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight }));

/** Sortable, keyboard-navigable, virtualised table of documents. */
export function LibraryTable(props: LibraryTableProps) {
  const { count, rowAt, onRangeChange, sort, onSort, ranked, isSelected, allSelected, someSelected, onToggle, onToggleAll, onOpen, onRename, onDelete, now, caption } =
    props;
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const selectAll = useRef<HTMLInputElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);

  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => (ranked ? HIT_HEIGHT : ROW_HEIGHT),
    overscan: 8,
    getItemKey: (index) => rowAt(index)?.document.id ?? `row-${index}`,
    observeElementRect: observeRect,
    // A row not laid out yet measures 0: keep its estimate rather than stack every row in one spot.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || (ranked ? HIT_HEIGHT : ROW_HEIGHT),
    ...props.virtual,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= first) onRangeChange(first, last);
  }, [first, last, onRangeChange]);

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someSelected && !allSelected;
  }, [someSelected, allSelected]);

  // Keep the focus stop inside the list when it shrinks.
  useEffect(() => {
    if (activeIndex >= count && count > 0) setActiveIndex(count - 1);
  }, [activeIndex, count]);

  // A row moved to by a key gets the focus once it is rendered (it may need a scroll first), and
  // again when its page arrives (the loading row it replaces is a different element).
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-index="${pendingFocus.current}"]`);
    if (!row) return;
    if (document.activeElement !== row) row.focus();
    if (row.dataset.id !== undefined) pendingFocus.current = null;
  });

  function focusRow(index: number) {
    if (count === 0) return;
    const clamped = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(clamped);
    pendingFocus.current = clamped;
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    body.current?.querySelector<HTMLElement>(`tr[data-index="${clamped}"]`)?.focus();
  }

  if (props.focusFirstRef) props.focusFirstRef.current = () => focusRow(0);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const rowEl = (event.target as HTMLElement).closest('tr');
    // Only keys pressed on the row itself: keys inside its checkbox and buttons keep their meaning.
    if (!rowEl || event.target !== rowEl || rowEl.dataset.index === undefined) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(rowEl.dataset.index);
    const row = rowAt(index);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      Home: () => focusRow(0),
      End: () => focusRow(count - 1),
      PageDown: () => focusRow(index + 10),
      PageUp: () => focusRow(index - 10),
    };
    const rowKeys: Record<string, () => void> = row
      ? {
          Enter: () => onOpen(row.document.id),
          ' ': () => onToggle(row.document),
          F2: () => onRename(row.document),
          Delete: () => onDelete(row.document, true),
        }
      : {};
    const action = moves[event.key] ?? rowKeys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <div className="table-scroll library-scroll" ref={scroller}>
      <table className="library-table" aria-rowcount={count + 1}>
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
        <tbody ref={body} onKeyDown={onKeyDown}>
          {paddingTop > 0 && (
            <tr className="virtual-spacer" aria-hidden="true">
              <td colSpan={8} style={{ height: paddingTop }} />
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
                  ref={virtualizer.measureElement}
                  onFocus={() => setActiveIndex(item.index)}
                >
                  <td colSpan={8} className="muted">
                    Loading…
                  </td>
                </tr>
              );
            }
            return (
              <LibraryRow
                key={item.key}
                index={item.index}
                measureRef={virtualizer.measureElement}
                row={row}
                now={now}
                selected={isSelected(row.document.id)}
                active={active}
                onFocusRow={() => setActiveIndex(item.index)}
                onToggle={() => onToggle(row.document)}
                onOpen={() => onOpen(row.document.id)}
                onRename={() => onRename(row.document)}
                onDelete={() => onDelete(row.document, false)}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr className="virtual-spacer" aria-hidden="true">
              <td colSpan={8} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
