/**
 * Running the suggesters over stored documents: the library context is read here (main thread),
 * the suggesters run in the task worker (`cpu.suggest`), and what they found is stored as pending
 * annotations in one transaction per document. `SuggestionJobs` is the background queue that
 * suggests for freshly imported documents after the import has answered.
 */
import { ApiError, isNotFound } from '../../../shared/result';
import { plural } from '../../../shared/plural';
import { currentActorOf } from '../actor';
import { nowIso } from '../db/sql';
import type { ErrorLog } from '../error-log';
import { auditTx, touchTx } from '../handlers/context';
import type { StoreTx } from '../store/types';
import type { CpuTasks } from '../workers/cpu-tasks';
import { matchCheckedClaim } from './claims-memory';
import { SUGGESTION_KINDS } from './index';
import { buildSuggestContext } from './library-context';
import { storeSuggestions, withdrawSuggestions } from './suggestions-logic';
import type { SuggestedSpan, SuggestionKind } from './types';

/** What suggesting did for one document. */
export interface DocumentSuggestions {
  documentId: string;
  title: string;
  added: Record<SuggestionKind, number>;
  /** Pending suggestions withdrawn because the suggesters no longer propose them (absent when none). */
  withdrawn?: number;
  /** A sentence when suggestions could not be made (or not all of them). */
  message?: string;
}

const KIND_WORDS: Record<SuggestionKind, string> = { teaser: 'Teaser', claim: 'Claim', entity: 'Entity' };

/** The kind each document is being suggested for now (on demand or in the background): the progress `suggestions:status` reports. */
const STEPS = new Map<string, { kind: SuggestionKind; step: number; of: number }>();

/** What is being suggested for `documentId` right now, or undefined. */
export function suggestionStep(documentId: string): { kind: SuggestionKind; step: number; of: number } | undefined {
  return STEPS.get(documentId);
}

/**
 * Runs the suggesters of `kinds` on one stored document, one kind per worker task (so a long
 * document shows progress, and a kind that fails or runs out of time costs only itself), and stores
 * what they found in one transaction.
 */
export async function suggestForDocument(
  store: StoreTx,
  cpu: CpuTasks,
  documentId: string,
  kinds: readonly SuggestionKind[] = SUGGESTION_KINDS,
  log?: ErrorLog,
): Promise<DocumentSuggestions> {
  const startedAt = nowIso();
  const doc = await store.documents.requireDocument(documentId);
  const added: Record<SuggestionKind, number> = { teaser: 0, claim: 0, entity: 0 };
  const base = { documentId, title: doc.title, added };
  const context = await buildSuggestContext(store, documentId, doc.title);
  const spans: SuggestedSpan[] = [];
  /** The kinds that ran to the end: what they no longer propose is withdrawn. */
  const ran: SuggestionKind[] = [];
  const problems: string[] = [];
  try {
    for (const [index, kind] of kinds.entries()) {
      STEPS.set(documentId, { kind, step: index + 1, of: kinds.length });
      let outcome;
      try {
        outcome = await cpu.suggest(doc.text, context, [kind]);
      } catch (error) {
        if (error instanceof ApiError && error.code !== 'internal') problems.push(error.message);
        else {
          log?.record(`${kind} suggestions for document ${documentId} failed`, error);
          problems.push(`${KIND_WORDS[kind]} suggestions could not be made for this document.`);
        }
        continue;
      }
      if (outcome.notice) return { ...base, message: outcome.notice };
      for (const failure of outcome.failed) {
        log?.record(`the ${failure.kind} suggester failed on document ${documentId}`, new Error(failure.detail));
        problems.push(`${KIND_WORDS[failure.kind]} suggestions could not be made for this document.`);
      }
      if (!outcome.failed.some((f) => f.kind === kind)) ran.push(kind);
      spans.push(...outcome.spans);
    }
  } finally {
    STEPS.delete(documentId);
  }

  let withdrawnCount = 0;
  let corrected = false;
  await store.write(async (tx) => {
    // The text may have been corrected while the worker ran: suggest again later rather than misplace spans.
    const now = await tx.documents.requireDocument(documentId);
    corrected = now.revision !== doc.revision;
    if (corrected) return;
    const at = nowIso();
    // A suggested claim that repeats one checked elsewhere remembers which, so its verdict can be reused (U).
    const repeats = (span: { kind: string; start: number; end: number }) => {
      const match = span.kind === 'claim' ? matchCheckedClaim(now.text.slice(span.start, span.end), context.checkedClaims) : null;
      return match ? { checkedBefore: match.annotationId } : {};
    };
    // Read once for both: what a run withdraws, then what it adds beside what is left.
    const existing = await tx.annotations.listAnnotations(documentId);
    const withdrawn = await withdrawSuggestions(tx, existing, ran, spans, startedAt);
    withdrawnCount = withdrawn.length;
    const gone = new Set(withdrawn);
    const left = gone.size ? existing.filter((a) => !gone.has(a.id)) : existing;
    const stored = await storeSuggestions(tx, documentId, now.text, left, spans, await currentActorOf(tx), at, repeats);
    for (const a of stored.added) added[a.kind as SuggestionKind]++;
    if (withdrawn.length > 0) await auditTx(tx, { action: 'suggestions.withdrawn', documentId, data: { count: withdrawn.length } }, at);
    if (stored.added.length > 0) await auditTx(tx, { action: 'suggestions.added', documentId, data: { ...added, skipped: stored.skipped } }, at);
    if (stored.added.length > 0 || withdrawn.length > 0) await touchTx(tx, [documentId], at);
  });
  if (corrected) return { ...base, message: 'The text was corrected while suggestions were being made, so none were stored. Suggest again.' };
  const result = withdrawnCount > 0 ? { ...base, withdrawn: withdrawnCount } : base;
  if (problems.length > 0) {
    const others = problems.length < kinds.length ? ' The others were made.' : '';
    return { ...result, message: `${problems.join(' ')}${others}` };
  }
  return result;
}

/** "12 suggestions: 5 teasers, 4 claims, 3 entities" (kinds with none left out). */
export function describeSuggestions(added: Record<SuggestionKind, number>): string {
  const total = added.teaser + added.claim + added.entity;
  if (total === 0) return 'no new suggestions';
  const parts = [plural(added.teaser, 'teaser'), plural(added.claim, 'claim'), plural(added.entity, 'entity', 'entities')].filter((_, i) => [added.teaser, added.claim, added.entity][i] > 0);
  return `${plural(total, 'suggestion')}: ${parts.join(', ')}`;
}

/** How many documents' background-run sentences are kept (a batch import's worth). */
const MESSAGES_KEPT = 500;

/**
 * The background queue: documents to suggest for, one at a time, after their import has answered.
 * A failure is logged and costs only that document; nothing here ever reaches a caller.
 */
export class SuggestionJobs {
  readonly #queue: string[] = [];
  /** The sentence of a document's last run that could not make every kind (a background run's reaches nobody else). */
  readonly #messages = new Map<string, string>();
  #running: string | null = null;
  #closed = false;
  #idle: Array<() => void> = [];

  constructor(
    private readonly store: StoreTx,
    private readonly cpu: CpuTasks,
    private readonly log?: ErrorLog,
  ) {}

  /** Queues `documentId` (once). */
  enqueue(documentId: string): void {
    if (this.#closed || this.#running === documentId || this.#queue.includes(documentId)) return;
    this.#queue.push(documentId);
    if (!this.#running) void this.#next();
  }

  /** How many documents are queued or being suggested for. */
  get size(): number {
    return this.#queue.length + (this.#running ? 1 : 0);
  }

  /** True while `documentId` is queued or being suggested for. */
  isPending(documentId: string): boolean {
    return this.#running === documentId || this.#queue.includes(documentId);
  }

  /** What the last run for `documentId` could not make ("Claim suggestions could not be made…"), if anything. */
  messageOf(documentId: string): string | undefined {
    return this.#messages.get(documentId);
  }

  /** Remembers how the latest run for `documentId` (in the background or on demand) ended: its sentence, or none. */
  noteOutcome(documentId: string, message: string | undefined): void {
    this.#messages.delete(documentId);
    if (!message) return;
    this.#messages.set(documentId, message);
    // Kept for the documents suggested for lately only: the oldest sentence goes first.
    if (this.#messages.size > MESSAGES_KEPT) this.#messages.delete(this.#messages.keys().next().value!);
  }

  /** Resolves when the queue is empty (tests, the CLI before it exits). */
  idle(): Promise<void> {
    if (!this.#running && this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  close(): void {
    this.#closed = true;
    this.#queue.length = 0;
  }

  async #next(): Promise<void> {
    const id = this.#queue.shift();
    if (!id || this.#closed) {
      this.#running = null;
      for (const resolve of this.#idle.splice(0)) resolve();
      return;
    }
    this.#running = id;
    try {
      this.noteOutcome(id, (await suggestForDocument(this.store, this.cpu, id, SUGGESTION_KINDS, this.log)).message);
    } catch (error) {
      // The document was deleted meanwhile, or the library closed: nothing to tell anyone.
      if (!isNotFound(error) && !this.#closed) this.log?.record(`background suggestions for ${id} failed`, error);
    }
    await this.#next();
  }
}
