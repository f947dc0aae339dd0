/**
 * `documents:importMany`: a batch of files parsed one by one (in the task worker) and stored in one
 * transaction, so a thousand files cost a few commits (each a disk sync), not a thousand. A file that
 * fails to store is answered `failed` with a sentence and loses none of the others: the transaction
 * is rolled back and run again without it (the store has no savepoints, and on PostgreSQL a failed
 * statement spoils the whole transaction anyway). The FTS index follows each insert through its trigger.
 */
import type { Output, ParsedInput } from '../../../shared/api';
import { ApiError } from '../../../shared/result';
import type { ParsedImport } from '../../../shared/types';
import type { Store } from '../store/types';
import type { CpuTasks } from '../workers/cpu-tasks';
import type { CoreContext, HandlerFamily } from './context';
import { readImport, storeImport } from './importing';

type BatchResult = Output<'documents:importMany'>['results'][number];

/** A file read and parsed, waiting to be stored; `index` is its place in the batch. */
interface Readable {
  index: number;
  bytes: Uint8Array;
  parsed: ParsedImport;
}

/** The reason a file could not be stored, as a sentence (never raw exception text). */
function failure(name: string, error: unknown): BatchResult {
  const reason = error instanceof ApiError ? error.message : `“${name}” could not be stored in the library.`;
  return { status: 'failed', reason };
}

/** The handler of `documents:importMany`. */
export function importBatchHandlers(context: CoreContext, cpu: CpuTasks): HandlerFamily<'documents:importMany'> {
  return {
    'documents:importMany': async ({ files }) => {
      const results: BatchResult[] = new Array(files.length);
      const readable: Readable[] = [];
      // Parsing happens before the transaction: a write transaction must not wait for the worker.
      for (const [index, file] of files.entries()) {
        try {
          const read = await readImport(context, cpu, file);
          if ('skipped' in read) results[index] = read.skipped;
          else readable.push({ index, ...read });
        } catch (error) {
          results[index] = failure(file.name, error);
        }
      }
      await storeAll(context.store, files, readable, results);
      return { results };
    },
  };
}

/**
 * Stores `readable` in one transaction, answering each in `results`. When a file throws, it is
 * answered `failed` and the transaction runs again without it; a failure of the transaction itself
 * (beginning or committing it) fails the call.
 */
async function storeAll(store: Store, files: ParsedInput<'documents:importMany'>['files'], readable: Readable[], results: BatchResult[]): Promise<void> {
  let pending = readable;
  while (pending.length > 0) {
    let failedAt = -1;
    try {
      await store.write(async (tx) => {
        for (const [k, { index, bytes, parsed }] of pending.entries()) {
          failedAt = k;
          results[index] = await storeImport(tx, files[index], bytes, parsed);
        }
        failedAt = -1;
      });
      return;
    } catch (error) {
      if (failedAt < 0) throw error;
      const { index } = pending[failedAt];
      results[index] = failure(files[index].name, error);
      pending = pending.filter((_, k) => k !== failedAt);
    }
  }
}
