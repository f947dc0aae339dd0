/**
 * Double review's tables: `double_reviews` (a document's two reviewers), `adjudications` (the chief
 * editor's decision per difference) and the reviewers' private layers in `annotations.layer`
 * ('' is the main layer every other query reads). SQL only; the rules are in handlers/double-review.ts.
 */
import type Database from 'better-sqlite3';
import type { Adjudication, AdjudicationChoice, DoubleReview } from '../../../shared/double-review';
import type { Annotation } from '../../../shared/types';
import { stmt } from '../db/sql';
import { ANNOTATION_COLUMNS, annotationFromRow, insertAnnotations, type AnnotationRow } from './annotations';

/** A `double_reviews` row. */
export interface DoubleReviewRow {
  document_id: string;
  reviewer_a: string;
  reviewer_b: string;
  started_by: string;
  started_at: string;
  finished_by: string | null;
  finished_at: string | null;
}

/** An `adjudications` row. */
export interface AdjudicationRow {
  document_id: string;
  difference: string;
  choice: string;
  annotation_id: string | null;
  decided_by: string;
  decided_at: string;
}

export const DOUBLE_REVIEW_COLUMNS = 'document_id, reviewer_a, reviewer_b, started_by, started_at, finished_by, finished_at';
export const ADJUDICATION_COLUMNS = 'document_id, difference, choice, annotation_id, decided_by, decided_at';

/** Maps a row to the API shape. */
export function doubleReviewFromRow(row: DoubleReviewRow): DoubleReview {
  return {
    documentId: row.document_id,
    reviewerA: row.reviewer_a,
    reviewerB: row.reviewer_b,
    startedBy: row.started_by,
    startedAt: row.started_at,
    finishedBy: row.finished_by,
    finishedAt: row.finished_at,
  };
}

/** Maps a row to the API shape. */
export function adjudicationFromRow(row: AdjudicationRow): Adjudication {
  return {
    documentId: row.document_id,
    difference: row.difference,
    choice: row.choice as AdjudicationChoice,
    annotationId: row.annotation_id,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

/** A document's double review (open or finished), or undefined. */
export function getDoubleReview(db: Database.Database, documentId: string): DoubleReview | undefined {
  const row = stmt<[string], DoubleReviewRow>(db, `SELECT ${DOUBLE_REVIEW_COLUMNS} FROM double_reviews WHERE document_id = ?`).get(documentId);
  return row && doubleReviewFromRow(row);
}

/** Every double review in the library, oldest first. */
export function listDoubleReviews(db: Database.Database): DoubleReview[] {
  return stmt<[], DoubleReviewRow>(db, `SELECT ${DOUBLE_REVIEW_COLUMNS} FROM double_reviews ORDER BY started_at, document_id`)
    .all()
    .map(doubleReviewFromRow);
}

/** Starts a document's double review afresh: the old one's decisions and private layers go. */
export function startDoubleReview(db: Database.Database, review: DoubleReview): void {
  stmt(db, "DELETE FROM annotations WHERE document_id = ? AND layer <> ''").run(review.documentId);
  stmt(db, 'DELETE FROM double_reviews WHERE document_id = ?').run(review.documentId);
  stmt(
    db,
    `INSERT INTO double_reviews (${DOUBLE_REVIEW_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(review.documentId, review.reviewerA, review.reviewerB, review.startedBy, review.startedAt, review.finishedBy, review.finishedAt);
}

/** Ends a document's double review. */
export function finishDoubleReview(db: Database.Database, documentId: string, by: string, at: string): void {
  stmt(db, 'UPDATE double_reviews SET finished_by = ?, finished_at = ? WHERE document_id = ?').run(by, at, documentId);
}

/** Stores an annotation in `layer` (a reviewer's name). */
export function insertLayerAnnotation(db: Database.Database, a: Annotation, layer: string): void {
  insertAnnotations(db, [a], layer);
}

/** The annotations of a document's `layer`, in text order. */
export function listLayerAnnotations(db: Database.Database, documentId: string, layer: string): Annotation[] {
  return stmt<[string, string], AnnotationRow>(
    db,
    `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.document_id = ? AND a.layer = ?
     ORDER BY a.start_offset, a.end_offset DESC, a.created_at, a.id`,
  )
    .all(documentId, layer)
    .map(annotationFromRow);
}

/** The layer an annotation is in ('' the main layer), or undefined when there is no such annotation. */
export function annotationLayer(db: Database.Database, id: string): string | undefined {
  return stmt<[string], { layer: string }>(db, 'SELECT layer FROM annotations WHERE id = ?').get(id)?.layer;
}

/** The chief's decisions on a document's differences, in the order they were made. */
export function listAdjudications(db: Database.Database, documentId: string): Adjudication[] {
  return stmt<[string], AdjudicationRow>(db, `SELECT ${ADJUDICATION_COLUMNS} FROM adjudications WHERE document_id = ? ORDER BY decided_at, difference`)
    .all(documentId)
    .map(adjudicationFromRow);
}

/** Records one decision, replacing an earlier one on the same difference. */
export function saveAdjudication(db: Database.Database, d: Adjudication): void {
  stmt(
    db,
    `INSERT INTO adjudications (${ADJUDICATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (document_id, difference) DO UPDATE SET choice = excluded.choice, annotation_id = excluded.annotation_id,
       decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run(d.documentId, d.difference, d.choice, d.annotationId, d.decidedBy, d.decidedAt);
}

/** Forgets the decision on one difference; true when there was one. */
export function deleteAdjudication(db: Database.Database, documentId: string, difference: string): boolean {
  return stmt(db, 'DELETE FROM adjudications WHERE document_id = ? AND difference = ?').run(documentId, difference).changes > 0;
}
