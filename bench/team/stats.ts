/**
 * Latency bookkeeping for `npm run bench:team`: every write request's round trip as the client saw
 * it, by operation, and the percentiles the summary prints (nearest rank on the sorted times).
 */

/** The value at percentile `p` (0–100) of already sorted `sorted`, by nearest rank; NaN when empty. */
function atRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

/** The value at percentile `p` (0–100) of `values` by nearest rank; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  return atRank([...values].sort((a, b) => a - b), p);
}

/** p50, p95 and p99 of `values`, in the values' unit. */
export function spread(values: readonly number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: atRank(sorted, 50), p95: atRank(sorted, 95), p99: atRank(sorted, 99) };
}

/** Round trips of write requests, by API operation. */
export class Latencies {
  private readonly byOperation = new Map<string, number[]>();

  /** Records one request's round trip in milliseconds. */
  record(operation: string, ms: number): void {
    const list = this.byOperation.get(operation);
    if (list) list.push(ms);
    else this.byOperation.set(operation, [ms]);
  }

  /** Every recorded round trip, all operations together. */
  all(): number[] {
    return [...this.byOperation.values()].flat();
  }

  /** The operations recorded, each with its count and spread. */
  operations(): Array<{ operation: string; count: number; p50: number; p95: number; p99: number }> {
    return [...this.byOperation.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([operation, values]) => ({ operation, count: values.length, ...spread(values) }));
  }
}

/** A number for the summary line: one decimal below 100, whole above; `nan` when nothing was measured. */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return 'nan';
  return value < 100 ? value.toFixed(1) : String(Math.round(value));
}
