/**
 * Runs a bulk action (delete, set status) over a selection of any size: `documents:bulk` a chunk at a
 * time, reporting progress after each, so 100,000 documents never travel in one request and the user
 * sees how far it got. A failure stops the run; what was done before it stays done and is reported.
 */
import { call } from '../api/client';
import type { Input } from '../../shared/api';
import type { DocumentSelection } from '../../shared/library-query';

type Action = Input<'documents:bulk'>['action'];

/** Documents per call. */
export const BULK_CHUNK = 250;

/** Thrown when a run stops part-way: how many were done before the failure. */
export class BulkStopped extends Error {
  constructor(
    readonly done: number,
    readonly reason: unknown,
  ) {
    super('The bulk action stopped part-way.');
  }
}

/** Applies `action` to every document of `selection`; `onProgress(done)` after each chunk. Answers how many changed. */
export async function runBulk(selection: DocumentSelection, action: Action, onProgress: (done: number) => void): Promise<number> {
  let done = 0;
  try {
    if ('ids' in selection) {
      for (let at = 0; at < selection.ids.length; at += BULK_CHUNK) {
        const answer = await call('documents:bulk', { selection: { ids: selection.ids.slice(at, at + BULK_CHUNK) }, action });
        done += answer.done;
        onProgress(done);
      }
      return done;
    }
    for (let afterSeq: number | null = 0; afterSeq !== null; ) {
      const answer: { done: number; nextSeq: number | null } = await call('documents:bulk', { selection, action, afterSeq, limit: BULK_CHUNK });
      done += answer.done;
      afterSeq = answer.nextSeq;
      onProgress(done);
    }
    return done;
  } catch (reason) {
    throw new BulkStopped(done, reason);
  }
}
