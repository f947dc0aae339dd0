/**
 * Suggestions as stored (issue 8), the SQL: an ordinary annotation with `origin: "suggested"` and
 * `attrs.pending` (pending.ts). Rejecting one (an `annotations:delete` of a pending annotation)
 * records in `suggestion_rejections` that this document must not get it again; undo forgets that
 * again. Storing and accepting suggestions are logic over the store (suggestions-logic.ts). This is the
 * SQLite repository (`store.suggestions`); pg/repos/suggestions.ts answers the same.
 */
import type Database from 'better-sqlite3';
import type { Annotation } from '../../../shared/types';
import { stmt } from '../db/sql';

/** For importing.ts until it imports this from pending.ts. */
export { candidateAsSuggestion } from './pending';

/** A pending annotation is one whose `attrs.pending` is true; everything else counts as accepted. */
const ACCEPTED = "COALESCE(json_extract(attrs, '$.pending'), 0) = 0";

/** A span rejected in a document: kind, label (null for kinds without one), range and the words it covered. */
export interface RejectedSpan {
  kind: string;
  label: string | null;
  start: number;
  end: number;
  quote: string;
}

/** The spans rejected in one document. */
export function rejectedSpans(db: Database.Database, documentId: string): RejectedSpan[] {
  return stmt<[string], { kind: string; label: string; start_offset: number; end_offset: number; quote: string }>(
    db,
    'SELECT kind, label, start_offset, end_offset, quote FROM suggestion_rejections WHERE document_id = ?',
  )
    .all(documentId)
    .map((r) => ({ kind: r.kind, label: r.label || null, start: r.start_offset, end: r.end_offset, quote: r.quote }));
}

/** Remembers that `annotation` (a pending suggestion being deleted) was rejected for its document. */
export function recordRejection(db: Database.Database, annotation: Annotation, at: string): void {
  stmt(
    db,
    `INSERT OR IGNORE INTO suggestion_rejections (document_id, kind, label, start_offset, end_offset, quote, rejected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(annotation.documentId, annotation.kind, annotation.label ?? '', annotation.start, annotation.end, annotation.quote, at);
}

/** Remembers many rejections at once (pending suggestions deleted together): the batch form of {@link recordRejection}. */
export function recordRejections(db: Database.Database, annotations: readonly Annotation[], at: string): void {
  for (const annotation of annotations) recordRejection(db, annotation, at);
}

/** Forgets a rejection again (the rejection was undone: the suggestion is restored). */
export function forgetRejection(db: Database.Database, annotation: Annotation): void {
  stmt(
    db,
    'DELETE FROM suggestion_rejections WHERE document_id = ? AND kind = ? AND label = ? AND start_offset = ? AND end_offset = ?',
  ).run(annotation.documentId, annotation.kind, annotation.label ?? '', annotation.start, annotation.end);
}

/** Names `actor` as the creator of annotation `id` (the reviewer who accepted a suggestion). */
export function setAnnotationCreator(db: Database.Database, id: string, actor: string): void {
  stmt(db, 'UPDATE annotations SET created_by = ? WHERE id = ?').run(actor, id);
}

/**
 * How many pending suggestions (`attrs.pending` exactly true, as pending.ts and the workspace read
 * it) document `documentId` holds in its main layer: a count over its rows in the document index,
 * cheap enough for every `suggestions:status` poll where a whole bundle would not be.
 */
export function pendingCount(db: Database.Database, documentId: string): number {
  return stmt<[string], { n: number }>(
    db,
    "SELECT COUNT(*) AS n FROM annotations WHERE document_id = ? AND layer = '' AND json_type(attrs, '$.pending') = 'true'",
  ).get(documentId)!.n;
}

/** Every document's id, oldest import first: what `suggestions:run --all` goes through. */
export function documentIdsOldestFirst(db: Database.Database): string[] {
  return stmt<[], { id: string }>(db, 'SELECT id FROM documents ORDER BY created_at, id').all().map((r) => r.id);
}

/** One label a name is tagged with, and how often (see {@link labelConflicts}). */
export interface LabelUse {
  /** The name as spelled in the library (the first spelling in sort order when it varies in case). */
  text: string;
  label: string;
  annotations: number;
  documents: number;
}

/**
 * Accepted, attached entity annotations of the names (compared without case) tagged with more than
 * one label somewhere in the library, at most `limit` names: one row per name and label, the rows of
 * a name together (by lower-cased name), its most used label first.
 */
export function labelConflicts(db: Database.Database, limit: number): LabelUse[] {
  return stmt<[number], LabelUse>(
    db,
    `WITH names AS (
       SELECT lower(quote) AS key FROM annotations
       WHERE kind = 'entity' AND label IS NOT NULL AND orphaned = 0 AND ${ACCEPTED}
       GROUP BY lower(quote) HAVING COUNT(DISTINCT label) > 1 LIMIT ?
     )
     SELECT MIN(a.quote) AS text, a.label AS label, COUNT(*) AS annotations, COUNT(DISTINCT a.document_id) AS documents
     FROM annotations a JOIN names n ON n.key = lower(a.quote)
     WHERE a.kind = 'entity' AND a.label IS NOT NULL AND a.orphaned = 0 AND ${ACCEPTED.replace('attrs', 'a.attrs')}
     GROUP BY lower(a.quote), a.label
     ORDER BY lower(a.quote), annotations DESC, a.label`,
  ).all(limit);
}

/**
 * Relabels the accepted entity annotations of `text` (compared without case) from label `from` to
 * `to`, at `at`: answers how many annotations changed and the ids of their documents.
 */
export function relabelName(
  db: Database.Database,
  text: string,
  from: string,
  to: string,
  at: string,
): { annotations: number; documentIds: string[] } {
  const where = `kind = 'entity' AND label = ? AND lower(quote) = lower(?) AND ${ACCEPTED}`;
  const documentIds = stmt<[string, string], { document_id: string }>(db, `SELECT DISTINCT document_id FROM annotations WHERE ${where}`)
    .all(from, text)
    .map((r) => r.document_id);
  const annotations = stmt(db, `UPDATE annotations SET label = ?, updated_at = ? WHERE ${where}`).run(to, at, from, text).changes;
  return { annotations, documentIds };
}
