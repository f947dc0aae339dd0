/**
 * The `annotations` table on PostgreSQL: the same answers as repos/annotations.ts. Rows are selected
 * in SQLite's shape (`attrs` as JSON text, `orphaned` as 0/1) so the SQLite row mappers turn them
 * into the API shape, and both stores map rows with one piece of code.
 */
import { ApiError } from '../../../../shared/result';
import type { Annotation } from '../../../../shared/types';
import { annotationFromRow, type AnnotationRow } from '../../repos/annotations';
import { chunks, columns } from '../batch';
import type { PgRepo, Queryable } from '../types';

/** The columns of an annotation row in SQLite's shape, for queries that name `annotations AS a`. */
export const PG_ANNOTATION_COLUMNS = `a.id, a.document_id, a.kind, a.label, a.start_offset, a.end_offset, a.quote, a.prefix,
  a.suffix, a.attrs::text AS attrs, a.origin, a.orphaned::int AS orphaned, a.created_by, a.created_at, a.updated_at`;

async function getAnnotation(q: Queryable, id: string): Promise<Annotation | undefined> {
  const { rows } = await q.query<AnnotationRow>(`SELECT ${PG_ANNOTATION_COLUMNS} FROM annotations a WHERE a.id = $1`, [id]);
  return rows[0] && annotationFromRow(rows[0]);
}

/** An annotation's column values in the order every INSERT here lists them (id … updated_at). */
export function annotationValues(a: Annotation): unknown[] {
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
    Boolean(a.orphaned),
    a.createdBy,
    a.createdAt,
    a.updatedAt,
  ];
}

export const annotations: PgRepo<'annotations'> = {
  async insertAnnotation(q, a) {
    await q.query(
      `INSERT INTO annotations (id, document_id, kind, label, start_offset, end_offset, quote, prefix, suffix, attrs,
         origin, orphaned, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15)`,
      annotationValues(a),
    );
  },

  async insertAnnotations(q, list, layer = '') {
    for (const chunk of chunks(list)) {
      // WITH ORDINALITY … ORDER BY: seq (SQLite's rowid order) follows the order given.
      await q.query(
        `INSERT INTO annotations (id, document_id, kind, label, start_offset, end_offset, quote, prefix, suffix, attrs,
           origin, orphaned, created_by, created_at, updated_at, layer)
         SELECT id, document_id, kind, label, start_offset, end_offset, quote, prefix, suffix, attrs::jsonb,
           origin, orphaned, created_by, created_at, updated_at, $16
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[],
           $10::text[], $11::text[], $12::bool[], $13::text[], $14::text[], $15::text[])
           WITH ORDINALITY AS t(id, document_id, kind, label, start_offset, end_offset, quote, prefix, suffix, attrs,
             origin, orphaned, created_by, created_at, updated_at, n)
         ORDER BY n`,
        [
          ...columns(chunk, annotationValues),
          layer,
        ],
      );
    }
  },

  async saveAnnotation(q, a) {
    await q.query(
      `UPDATE annotations SET kind = $1, label = $2, start_offset = $3, end_offset = $4, quote = $5, prefix = $6, suffix = $7,
         attrs = $8::jsonb, origin = $9, orphaned = $10, updated_at = $11
       WHERE id = $12`,
      [a.kind, a.label, a.start, a.end, a.quote, a.prefix, a.suffix, JSON.stringify(a.attrs ?? {}), a.origin, Boolean(a.orphaned), a.updatedAt, a.id],
    );
  },

  getAnnotation,

  async requireAnnotation(q, id) {
    const annotation = await getAnnotation(q, id);
    if (!annotation) throw new ApiError('not_found', `No annotation with id ${id}. It may have been deleted.`);
    return annotation;
  },

  async annotationExists(q, id) {
    return (await q.query('SELECT 1 FROM annotations WHERE id = $1', [id])).rows.length > 0;
  },

  async existingIds(q, ids) {
    const { rows } = await q.query<{ id: string }>('SELECT id FROM annotations WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
    return rows.map((row) => row.id);
  },

  async getAnnotationsWithLayer(q, ids) {
    const { rows } = await q.query<AnnotationRow & { layer: string }>(
      `SELECT ${PG_ANNOTATION_COLUMNS}, a.layer FROM annotations a WHERE a.id = ANY($1::text[])`,
      [[...new Set(ids)]],
    );
    return rows.map((row) => ({ annotation: annotationFromRow(row), layer: row.layer }));
  },

  async listAnnotations(q, documentId) {
    // One round trip however many there are (the editor loads tens of thousands).
    const { rows } = await q.query<AnnotationRow>(
      `SELECT ${PG_ANNOTATION_COLUMNS} FROM annotations a WHERE a.document_id = $1 AND a.layer = ''
       ORDER BY a.start_offset, a.end_offset DESC, a.created_at, a.id`,
      [documentId],
    );
    return rows.map(annotationFromRow);
  },

  async deleteAnnotation(q, id) {
    return ((await q.query('DELETE FROM annotations WHERE id = $1', [id])).rowCount ?? 0) > 0;
  },

  async deleteAnnotations(q, ids) {
    let deleted = 0;
    for (const chunk of chunks([...new Set(ids)])) {
      deleted += (await q.query('DELETE FROM annotations WHERE id = ANY($1::text[])', [chunk])).rowCount ?? 0;
    }
    return deleted;
  },

  async countLabelUse(q, label) {
    const { rows } = await q.query<{ annotations: number; documents: number }>(
      `SELECT COUNT(*)::int AS annotations, COUNT(DISTINCT document_id)::int AS documents
       FROM annotations WHERE kind = 'entity' AND label = $1`,
      [label],
    );
    return rows[0];
  },

  async relabelAnnotations(q, from, to, at) {
    // SQLite answers the documents in the order their first such annotation was stored (it walks
    // the label index in rowid order); seq is that order here.
    const { rows } = await q.query<{ document_id: string }>(
      `WITH changed AS (
         UPDATE annotations SET label = $2, updated_at = $3 WHERE kind = 'entity' AND label = $1 RETURNING document_id, seq
       )
       SELECT document_id FROM changed GROUP BY document_id ORDER BY MIN(seq)`,
      [from, to, at],
    );
    return rows.map((row) => row.document_id);
  },
};
