/**
 * Keyboard navigation over the rows of a table body with a roving tabindex (the library and the
 * claims desk): ↑/↓ move one row, PageUp/PageDown ten, Home/End to the ends; the table adds its own
 * keys per row (Enter opens, …). Rows are `<tr data-id>` children of the body, in `rows` order.
 */
import type { KeyboardEvent, RefObject } from 'react';

export interface RowNavigationOptions<Row> {
  rows: readonly Row[];
  /** The row's id, as its `<tr data-id>` carries it. */
  idOf(row: Row): string;
  /** Id of the row that holds the focus stop; the first row when null or not found. */
  activeId: string | null;
  /** A row became the focus stop (moved to by a key). */
  onActivate(id: string): void;
  /** The `<tbody>` whose children are the rows. */
  body: RefObject<HTMLTableSectionElement | null>;
  /** The table's own keys for a row (`event.key` → action), beside the moves. */
  rowKeys(row: Row): Record<string, () => void>;
  /** Only keys pressed on the row itself, so that keys inside its checkboxes and buttons keep their meaning. */
  onRowOnly?: boolean;
}

export interface RowNavigation {
  /** Index of the row that holds the focus stop (0 when none does). */
  activeIndex: number;
  /** For the `<tbody>`'s `onKeyDown`. */
  onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>): void;
}

/** Roving-tabindex navigation for a table body; see the module note. */
export function useRowNavigation<Row>(options: RowNavigationOptions<Row>): RowNavigation {
  const { rows, idOf, activeId, onActivate, body, rowKeys, onRowOnly = false } = options;
  const activeIndex = Math.max(0, rows.findIndex((row) => idOf(row) === activeId));

  function focusRow(index: number) {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[clamped];
    if (row === undefined) return;
    onActivate(idOf(row));
    (body.current?.children[clamped] as HTMLElement | undefined)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const rowEl = (event.target as HTMLElement).closest('tr');
    if (!rowEl || (onRowOnly && event.target !== rowEl)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = rows.findIndex((row) => idOf(row) === rowEl.dataset.id);
    const row = rows[index];
    if (row === undefined) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      Home: () => focusRow(0),
      End: () => focusRow(rows.length - 1),
      PageDown: () => focusRow(index + 10),
      PageUp: () => focusRow(index - 10),
      ...rowKeys(row),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return { activeIndex, onKeyDown };
}
