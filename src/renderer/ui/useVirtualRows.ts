/**
 * A virtualised table body with keyboard navigation (the library and the claims desk), on
 * @tanstack/react-virtual: only the rows in view (and a few either side) are rendered, between two
 * spacer rows that keep the scrollbar true to the whole list. A roving tabindex moves over row
 * positions — ↑/↓ one row, PageUp/PageDown ten, Home/End the ends — scrolling the row into view and
 * focusing it once rendered (again when its page arrives, since the loading row it replaces is
 * another element). Rows are `<tr data-index>`; the table adds its own keys per row.
 */
import { measureElement, observeElementRect, useVirtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/** Test hooks: happy-dom has no layout, so DOM tests give the virtualiser a viewport, a scroll position and row sizes. */
export type VirtualOverrides = Partial<
  Pick<VirtualizerOptions<HTMLDivElement, HTMLTableRowElement>, 'initialRect' | 'observeElementRect' | 'measureElement' | 'observeElementOffset' | 'scrollToFn'>
>;

export interface VirtualRowsOptions {
  count: number;
  /** Estimated row height before measuring. */
  rowHeight: number;
  /** Rows `first`…`last` are about to be shown. */
  onRangeChange(first: number, last: number): void;
  /** The table's own keys for the row at `index` (`event.key` → action), beside the moves. */
  rowKeys(index: number): Record<string, () => void>;
  /** Only keys pressed on the row itself, so that keys inside its checkboxes and buttons keep their meaning. */
  onRowOnly?: boolean;
  /** Where the focus stop starts. */
  initialIndex?: number;
  virtual?: VirtualOverrides;
}

/** The scroll box's size; before it has a layout (zero high), the window's height, so rows still render. */
const observeRect: typeof observeElementRect<HTMLDivElement> = (instance, onRect) =>
  observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight }));

/** See the module note. */
export function useVirtualRows(options: VirtualRowsOptions) {
  const { count, rowHeight, onRangeChange, rowKeys, onRowOnly = false } = options;
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const [activeIndex, setActiveIndex] = useState(options.initialIndex ?? 0);
  const pendingFocus = useRef<number | null>(null);

  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: useCallback(() => rowHeight, [rowHeight]),
    overscan: 8,
    // Rows are keyed by position (the default): a key function that changed identity as pages arrive
    // would make the virtualiser rebuild its measurements for every row of the list on each render.
    observeElementRect: observeRect,
    // A row not laid out yet measures 0: keep its estimate rather than stack every row in one spot.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || rowHeight,
    ...options.virtual,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= first) onRangeChange(first, last);
  }, [first, last, onRangeChange]);

  // Keep the focus stop inside the list when it shrinks.
  useEffect(() => {
    if (activeIndex >= count && count > 0) setActiveIndex(count - 1);
  }, [activeIndex, count]);

  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-index="${pendingFocus.current}"]`);
    if (!row) return;
    if (document.activeElement !== row) row.focus();
    if (!row.classList.contains('loading')) pendingFocus.current = null;
  });

  /** Make row `index` the focus stop, scroll it into view and focus it. */
  function focusRow(index: number) {
    if (count === 0) return;
    const clamped = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(clamped);
    pendingFocus.current = clamped;
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    body.current?.querySelector<HTMLElement>(`tr[data-index="${clamped}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const rowEl = (event.target as HTMLElement).closest('tr');
    if (!rowEl || rowEl.dataset.index === undefined || (onRowOnly && event.target !== rowEl)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(rowEl.dataset.index);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      Home: () => focusRow(0),
      End: () => focusRow(count - 1),
      PageDown: () => focusRow(index + 10),
      PageUp: () => focusRow(index - 10),
    };
    const action = moves[event.key] ?? rowKeys(index)[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  return { scroller, body, items, paddingTop, paddingBottom, activeIndex, setActiveIndex, focusRow, onKeyDown, measureRef: virtualizer.measureElement };
}
