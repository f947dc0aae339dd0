/**
 * Statements a transaction sends without waiting for their answer. The store's connections run in
 * node-postgres's pipeline mode: a query goes out as soon as it is asked, behind the ones still
 * running, and PostgreSQL answers them in order. So a write transaction does not wait a loopback
 * round trip for each statement whose answer nobody reads:
 *
 * - `BEGIN` (with the library's write lock) goes out together with the transaction's first query;
 * - the writes in {@link DEFERRED_WRITES} — single statements answering nothing (the change time,
 *   an audit event, a saved claim) — resolve at once, and their statements run before anything
 *   the transaction sends after them, as if awaited;
 * - `COMMIT` waits for all of them. A write that failed fails the transaction with its own error
 *   (PostgreSQL answers the COMMIT of a failed transaction with ROLLBACK), so a write is
 *   acknowledged only when everything it sent is committed, as before.
 *
 * A statement sent after a failed one fails with "current transaction is aborted" (25P02);
 * {@link InFlight.cause} answers the failure that caused it instead, the sentence the user needs.
 */
import { BATCH_ROWS } from './batch';
import type { PgRepos } from './types';

/** Whether a call with these arguments sends exactly one statement, synchronously (may be deferred). */
type OneStatement = (args: unknown[]) => boolean;

const always: OneStatement = () => true;
/** A batched write of at most one chunk (pg/batch.ts): one statement. */
const oneBatch: OneStatement = (args) => Array.isArray(args[0]) && args[0].length <= BATCH_ROWS;

/**
 * The repository writes a write transaction sends without waiting: each answers nothing and sends
 * its statement as soon as it is called (before its first `await`), so the order of statements is
 * the order of the calls.
 */
export const DEFERRED_WRITES: { [K in keyof PgRepos]?: { [F in keyof PgRepos[K]]?: OneStatement } } = {
  documents: { touchDocument: always, setDocumentStatus: always, setDocumentAssignee: always },
  annotations: { saveAnnotation: always, insertAnnotations: oneBatch },
  claims: { saveClaim: always, saveClaims: oneBatch },
  events: { appendEvents: oneBatch },
};

/** The statements of one transaction that were sent without waiting, and the first of them to fail. */
export class InFlight {
  private readonly pending: Array<Promise<void>> = [];
  private failure: { error: unknown } | null = null;

  /** Records `sent`, a statement already on its way (its failure is kept, never left unhandled). */
  add(sent: Promise<unknown>): void {
    this.pending.push(
      sent.then(
        () => undefined,
        (error: unknown) => {
          this.failure ??= { error };
        },
      ),
    );
  }

  /** Waits for every recorded statement; throws the first failure. */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure) throw this.failure.error;
  }

  /** Waits for every recorded statement; never throws (before the connection goes back to the pool). */
  async drain(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** The error to report for `error`: for "transaction aborted", the earlier failure that aborted it. */
  async cause(error: unknown): Promise<unknown> {
    if ((error as { code?: unknown } | null)?.code !== '25P02') return error;
    await Promise.all(this.pending);
    return this.failure?.error ?? error;
  }
}
