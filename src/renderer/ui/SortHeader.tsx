/** A sortable column header: a button inside `<th aria-sort>`, with ▲/▼ on the sorted column. */

/** A column's sort key, header text and class. */
export interface SortColumn<K extends string> {
  key: K;
  label: string;
  className: string;
  /** A tooltip saying what the column counts. */
  title?: string;
}

/** Which column a table is sorted by, and which way. */
export interface SortOrder<K extends string> {
  key: K;
  direction: 'asc' | 'desc';
}

export interface SortHeaderProps<K extends string> {
  column: SortColumn<K>;
  sort: SortOrder<K>;
  onSort(key: K): void;
}

function ariaSort<K extends string>(sort: SortOrder<K>, key: K): 'ascending' | 'descending' | undefined {
  if (sort.key !== key) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

/** The `<th>` of a sortable column; clicking it asks to sort by the column. */
export function SortHeader<K extends string>({ column, sort, onSort }: SortHeaderProps<K>) {
  return (
    <th scope="col" className={column.className} aria-sort={ariaSort(sort, column.key)}>
      <button type="button" className="sort-button" title={column.title} onClick={() => onSort(column.key)}>
        {column.label}
        <span className="sort-indicator" aria-hidden="true">
          {sort.key === column.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}
