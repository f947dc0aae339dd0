/**
 * Batched writes on PostgreSQL: many rows in one statement, passed as one array per column and
 * spread back into rows with `unnest(...)` (`INSERT … SELECT * FROM unnest($1::text[], …)`). A
 * statement then has as many parameters as columns however many rows there are, so PostgreSQL's
 * 65,535-parameter limit never applies; rows are still sent in chunks so one message stays small.
 */

/** Rows per statement: 5,000 annotations with quotes and prefixes are about 2 MB. */
export const BATCH_ROWS = 5_000;

/** `list` cut into consecutive chunks of at most `size`. */
export function chunks<T>(list: readonly T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** One array per column: `columns(rows, (r) => [r.a, r.b])` → `[[a1, a2, …], [b1, b2, …]]`. */
export function columns<T>(rows: readonly T[], pick: (row: T) => unknown[]): unknown[][] {
  const out: unknown[][] = [];
  for (const row of rows) {
    pick(row).forEach((value, i) => (out[i] ??= []).push(value));
  }
  return out;
}
