/**
 * `documents:importMany`: a batch of files parsed one by one (in the task worker) and stored in one
 * transaction, so a thousand files cost a few commits (each a disk sync), not a thousand. Each file is
 * stored in its own savepoint: one that fails rolls back alone and is answered `failed` with a
 * sentence; the FTS index follows each insert through its trigger.
 */
import type { Output } from '../../../shared/api';
import { ApiError } from '../../../shared/result';
import { inTransaction } from '../db/sql';
import type { CpuTasks } from '../workers/cpu-tasks';
import type { CoreContext, HandlerFamily } from './context';
import { readImport, storeImport } from './importing';

type BatchResult = Output<'documents:importMany'>['results'][number];

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
      const readable: Array<{ index: number; bytes: Uint8Array; parsed: Parameters<typeof storeImport>[3] }> = [];
      for (const [index, file] of files.entries()) {
        try {
          const read = await readImport(context, cpu, file);
          if ('skipped' in read) results[index] = read.skipped;
          else readable.push({ index, ...read });
        } catch (error) {
          results[index] = failure(file.name, error);
        }
      }
      inTransaction(context.db, () => {
        for (const { index, bytes, parsed } of readable) {
          try {
            results[index] = storeImport(context, files[index], bytes, parsed);
          } catch (error) {
            results[index] = failure(files[index].name, error);
          }
        }
      });
      return { results };
    },
  };
}
