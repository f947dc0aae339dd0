/**
 * Double review's tables on PostgreSQL: the same answers as repos/double-reviews.ts, rows selected in
 * SQLite's shape so the same mappers serve both stores.
 */
import { annotationFromRow, type AnnotationRow } from '../../repos/annotations';
import {
  ADJUDICATION_COLUMNS,
  adjudicationFromRow,
  DOUBLE_REVIEW_COLUMNS,
  doubleReviewFromRow,
  type AdjudicationRow,
  type DoubleReviewRow,
} from '../../repos/double-reviews';
import type { PgRepo } from '../types';
import { annotationValues, PG_ANNOTATION_COLUMNS } from './annotations';

export const doubleReviews: PgRepo<'doubleReviews'> = {
  async getDoubleReview(q, documentId) {
    const { rows } = await q.query<DoubleReviewRow>(`SELECT ${DOUBLE_REVIEW_COLUMNS} FROM double_reviews WHERE document_id = $1`, [documentId]);
    return rows[0] && doubleReviewFromRow(rows[0]);
  },

  async listDoubleReviews(q) {
    const { rows } = await q.query<DoubleReviewRow>(`SELECT ${DOUBLE_REVIEW_COLUMNS} FROM double_reviews ORDER BY started_at, document_id`);
    return rows.map(doubleReviewFromRow);
  },

  async startDoubleReview(q, r) {
    await q.query(
      `WITH layers AS (DELETE FROM annotations WHERE document_id = $1 AND layer <> ''),
            old AS (DELETE FROM double_reviews WHERE document_id = $1)
       SELECT 1`,
      [r.documentId],
    );
    await q.query(`INSERT INTO double_reviews (${DOUBLE_REVIEW_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      r.documentId,
      r.reviewerA,
      r.reviewerB,
      r.startedBy,
      r.startedAt,
      r.finishedBy,
      r.finishedAt,
    ]);
  },

  async finishDoubleReview(q, documentId, by, at) {
    await q.query('UPDATE double_reviews SET finished_by = $1, finished_at = $2 WHERE document_id = $3', [by, at, documentId]);
  },

  async insertLayerAnnotation(q, a, layer) {
    await q.query(
      `INSERT INTO annotations (id, document_id, kind, label, start_offset, end_offset, quote, prefix, suffix, attrs,
         origin, orphaned, created_by, created_at, updated_at, layer)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15, $16)`,
      [...annotationValues(a), layer],
    );
  },

  async listLayerAnnotations(q, documentId, layer) {
    const { rows } = await q.query<AnnotationRow>(
      `SELECT ${PG_ANNOTATION_COLUMNS} FROM annotations a WHERE a.document_id = $1 AND a.layer = $2
       ORDER BY a.start_offset, a.end_offset DESC, a.created_at, a.id`,
      [documentId, layer],
    );
    return rows.map(annotationFromRow);
  },

  async annotationLayer(q, id) {
    const { rows } = await q.query<{ layer: string }>('SELECT layer FROM annotations WHERE id = $1', [id]);
    return rows[0]?.layer;
  },

  async listAdjudications(q, documentId) {
    const { rows } = await q.query<AdjudicationRow>(
      `SELECT ${ADJUDICATION_COLUMNS} FROM adjudications WHERE document_id = $1 ORDER BY decided_at, difference`,
      [documentId],
    );
    return rows.map(adjudicationFromRow);
  },

  async saveAdjudication(q, d) {
    await q.query(
      `INSERT INTO adjudications (${ADJUDICATION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (document_id, difference) DO UPDATE SET choice = excluded.choice, annotation_id = excluded.annotation_id,
         decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
      [d.documentId, d.difference, d.choice, d.annotationId, d.decidedBy, d.decidedAt],
    );
  },

  async deleteAdjudication(q, documentId, difference) {
    return ((await q.query('DELETE FROM adjudications WHERE document_id = $1 AND difference = $2', [documentId, difference])).rowCount ?? 0) > 0;
  },
};
