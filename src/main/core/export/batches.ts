/**
 * The names written by recent folder exports, per batch, so that an export made of several calls
 * (the UI calls `export:toFolder` once per document to show progress) numbers clashing names as one
 * call would: the second "Harbin" becomes "harbin-2.txt" instead of overwriting the first. Kept in
 * memory only, for the last few batches: a batch is minutes long, and forgetting an old one only
 * means a later export replaces its files, as any new export does.
 */
import { resolve } from 'node:path';

/** How many batches are remembered. */
export const REMEMBERED_BATCHES = 20;

/** The name sets of the most recently used batches. */
export class ExportBatches {
  private readonly batches = new Map<string, Set<string>>();

  constructor(private readonly limit = REMEMBERED_BATCHES) {}

  /**
   * The set of names (as write.ts keys them) already written by batch `batchId` into `dir`; a new
   * set for a new batch, or a fresh one each time when there is no batch id. Using a batch makes it
   * the most recent; the least recently used is forgotten beyond the limit.
   */
  namesFor(batchId: string | undefined, dir: string): Set<string> {
    if (batchId === undefined) return new Set();
    const key = `${batchId}\u0000${resolve(dir)}`;
    const names = this.batches.get(key) ?? new Set<string>();
    this.batches.delete(key);
    this.batches.set(key, names);
    while (this.batches.size > this.limit) this.batches.delete(this.batches.keys().next().value as string);
    return names;
  }

  /** How many batches are remembered now. */
  get size(): number {
    return this.batches.size;
  }
}
