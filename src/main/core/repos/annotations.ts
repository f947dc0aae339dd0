/**
 * The `annotations` table: entity, teaser, claim and note ranges over a document's canonical text,
 * each with its position and its quote selector. `attrs` is a JSON column, `orphaned` a 0/1 flag.
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';
import type { Annotation, AnnotationAttrs, AnnotationKind, AnnotationOrigin } from '../../../shared/types';
import { parseJsonObject, stmt } from '../db/sql';

/** An annotation row as SQLite returns it. */
export interface AnnotationRow {
  id: string;
  document_id: string;
  kind: string;
  label: string | null;
  start_offset: number;
  end_offset: number;
  quote: string;
  prefix: string;
  suffix: string;
  attrs: string;
  origin: string;
  orphaned: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** The columns of an annotation row, for queries that join `annotations AS a`. */
export const ANNOTATION_COLUMNS = `a.id, a.document_id, a.kind, a.label, a.start_offset, a.end_offset, a.quote, a.prefix,
  a.suffix, a.attrs, a.origin, a.orphaned, a.created_by, a.created_at, a.updated_at`;

/** Maps a row to the API shape. */
export function annotationFromRow(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    documentId: row.document_id,
    kind: row.kind as AnnotationKind,
    label: row.label,
    start: row.start_offset,
    end: row.end_offset,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    attrs: parseJsonObject<AnnotationAttrs>(row.attrs),
    origin: row.origin as AnnotationOrigin,
    orphaned: row.orphaned === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toParams(a: Annotation): unknown[] {
  return [
    a.id,
    a.documentId,
    a.kind,
    a.label,
    a.start,
    a.end,
    a.quote,
    a.prefix,
    a.suffix,
    JSON.stringify(a.attrs ?? {}),
    a.origin,
    a.orphaned ? 1 : 0,
    a.createdBy,
    a.createdAt,
    a.updatedAt,
  ];
}

/** Stores one annotation exactly as given. */
export function insertAnnotation(db: Database.Database, a: Annotation): void {
  insertAnnotations(db, [a]);
}

/**
 * Stores many annotations exactly as given, in `layer` ('' the main layer, else a reviewer's private
 * one): the batch form of {@link insertAnnotation} (PostgreSQL stores them in one statement).
 */
export function insertAnnotations(db: Database.Database, list: readonly Annotation[], layer = ''): void {
  const insert = stmt(
    db,
    `INSERT INTO annotations (id, document_id, kind, label, start_offset, end_offset, quote, prefix, suffix, attrs,
       origin, orphaned, created_by, created_at, updated_at, layer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of list) insert.run(...toParams(a), layer);
}

/** Writes every field of an existing annotation (except its id, document and creation). */
export function saveAnnotation(db: Database.Database, a: Annotation): void {
  stmt(
    db,
    `UPDATE annotations SET kind = ?, label = ?, start_offset = ?, end_offset = ?, quote = ?, prefix = ?, suffix = ?,
       attrs = ?, origin = ?, orphaned = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    a.kind,
    a.label,
    a.start,
    a.end,
    a.quote,
    a.prefix,
    a.suffix,
    JSON.stringify(a.attrs ?? {}),
    a.origin,
    a.orphaned ? 1 : 0,
    a.updatedAt,
    a.id,
  );
}

/** One annotation, or undefined. */
export function getAnnotation(db: Database.Database, id: string): Annotation | undefined {
  const row = stmt<[string], AnnotationRow>(db, `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.id = ?`).get(id);
  return row && annotationFromRow(row);
}

/** One annotation; throws `not_found` when there is none with that id. */
export function requireAnnotation(db: Database.Database, id: string): Annotation {
  const annotation = getAnnotation(db, id);
  if (!annotation) throw new ApiError('not_found', `No annotation with id ${id}. It may have been deleted.`);
  return annotation;
}

/** Whether an annotation with this id exists. */
export function annotationExists(db: Database.Database, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM annotations WHERE id = ?').get(id) !== undefined;
}

/** Which of `ids` are taken by an annotation (in any layer), in no particular order. */
export function existingIds(db: Database.Database, ids: readonly string[]): string[] {
  const exists = stmt(db, 'SELECT 1 FROM annotations WHERE id = ?');
  return [...new Set(ids)].filter((id) => exists.get(id) !== undefined);
}

/** The annotations with these ids that exist, each with its layer ('' the main layer), in no particular order. */
export function getAnnotationsWithLayer(db: Database.Database, ids: readonly string[]): Array<{ annotation: Annotation; layer: string }> {
  const get = stmt<[string], AnnotationRow & { layer: string }>(db, `SELECT ${ANNOTATION_COLUMNS}, a.layer FROM annotations a WHERE a.id = ?`);
  return [...new Set(ids)].flatMap((id) => {
    const row = get.get(id);
    return row ? [{ annotation: annotationFromRow(row), layer: row.layer }] : [];
  });
}

/** A document's annotations in text order (start, then longer first): its main layer, not reviewers' private ones (double review). */
export function listAnnotations(db: Database.Database, documentId: string): Annotation[] {
  const rows = stmt<[string], AnnotationRow>(
    db,
    `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.document_id = ? AND a.layer = ''
     ORDER BY a.start_offset, a.end_offset DESC, a.created_at, a.id`,
  ).all(documentId);
  return rows.map(annotationFromRow);
}

/** Deletes one annotation (its claim and sources go with it). */
export function deleteAnnotation(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
}

/** Deletes many annotations (their claims and sources go with them); answers how many there were. */
export function deleteAnnotations(db: Database.Database, ids: readonly string[]): number {
  const remove = stmt(db, 'DELETE FROM annotations WHERE id = ?');
  let deleted = 0;
  for (const id of new Set(ids)) deleted += remove.run(id).changes;
  return deleted;
}

/** How many entity annotations carry `label`, and in how many documents. */
export function countLabelUse(db: Database.Database, label: string): { annotations: number; documents: number } {
  return stmt<[string], { annotations: number; documents: number }>(
    db,
    `SELECT COUNT(*) AS annotations, COUNT(DISTINCT document_id) AS documents
     FROM annotations WHERE kind = 'entity' AND label = ?`,
  ).get(label)!;
}

/** Renames `from` to `to` on every entity annotation; returns the ids of the documents touched. */
export function relabelAnnotations(db: Database.Database, from: string, to: string, at: string): string[] {
  const documents = stmt<[string], { document_id: string }>(
    db,
    "SELECT DISTINCT document_id FROM annotations WHERE kind = 'entity' AND label = ?",
  )
    .all(from)
    .map((row) => row.document_id);
  stmt(db, "UPDATE annotations SET label = ?, updated_at = ? WHERE kind = 'entity' AND label = ?").run(to, at, from);
  return documents;
}
