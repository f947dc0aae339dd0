/**
 * What every handler family shares: the library's store and the core's settings, the audit-log
 * helper that every write calls inside its transaction, and the document bundle loader.
 */
import type { Handlers, OperationName } from '../../../shared/api';
import type { DocumentBundle } from '../../../shared/types';
import { nowIso } from '../db/sql';
import type { ErrorLog } from '../error-log';
import type { Store, StoreTx } from '../store/types';
import { currentActorOf } from '../actor';

/** The state handlers work with. */
export interface CoreContext {
  /** The library's repositories and transactions (store/types.ts): SQLite or PostgreSQL, handlers cannot tell. */
  store: Store;
  /** Absolute path of the library file; for a team library, its URL without the password. */
  dbPath: string;
  /** Largest file `documents:import` accepts, in bytes. */
  maxImportBytes: number;
  /** The app's version, for `app:info`. */
  version: string;
  /** Where unexpected errors are written (error-log.ts); optional so tests can build a bare context. */
  log?: ErrorLog;
}

/** A family of handlers: some of the operations of {@link Handlers}. */
export type HandlerFamily<K extends OperationName> = Pick<Handlers, K>;

/** What a write records about itself in the audit log. */
export interface AuditEntry {
  action: string;
  documentId?: string | null;
  annotationId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Records `entry` in the audit log, naming the acting user (actor.ts). Call it inside the write's
 * `store.write` transaction so the log and the change commit (or fail) together, and call
 * {@link touchTx} once for the documents the write changed (once, not per event: a document row can
 * hold a million characters).
 */
export async function auditTx(tx: StoreTx, entry: AuditEntry, at: string = nowIso(), actor?: string): Promise<void> {
  // appendEvents, which answers nothing: a team library sends it without waiting (pg/in-flight.ts).
  await tx.events.appendEvents([
    {
      at,
      // A write logging many events passes the actor it read once (no query per event on a team library).
      actor: actor ?? (await currentActorOf(tx)),
      action: entry.action,
      documentId: entry.documentId ?? null,
      annotationId: entry.annotationId ?? null,
      data: entry.data ?? {},
    },
  ]);
}

/** Marks each of `documentIds` as changed at `at`. */
export async function touchTx(tx: StoreTx, documentIds: Iterable<string>, at: string): Promise<void> {
  for (const id of new Set(documentIds)) await tx.documents.touchDocument(id, at);
}

/** Everything about one document, read on one snapshot; throws `not_found`. */
export function loadBundleFrom(store: StoreTx, id: string): Promise<DocumentBundle> {
  return store.read(async (tx) => ({
    document: await tx.documents.requireDocument(id),
    annotations: await tx.annotations.listAnnotations(id),
    claims: await tx.claims.listClaimsForDocument(id),
    sources: await tx.claims.listSourcesForDocument(id),
  }));
}

/** A short quotation of `text` for messages, cut at a word: “a regional GDP of 2.7 trillion yuan…”. */
export function shortQuote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return `“${flat}”`;
  let cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  if (space > max / 2) cut = cut.slice(0, space);
  return `“${cut.replace(/[\s,;:.\-–—]+$/u, '')}…”`;
}
