/**
 * Suggestions as stored, on PostgreSQL: the same answers as suggest/store.ts (rejections remembered
 * per document, the creator of an accepted suggestion, names tagged with more than one label).
 * Orders SQLite leaves to its query plan are written out as the order that plan gives, so both
 * stores answer lists in the same order.
 */
import type { LabelUse } from '../../suggest/store';
import { chunks, columns } from '../batch';
import type { PgRepo } from '../types';
import { nocaseParam } from './labels';

/**
 * SQLite's `COALESCE(json_extract(attrs, '$.pending'), 0) = 0` for the annotation alias `a`: no
 * `pending`, or a JSON null, false or 0 there. Everything else counts as pending.
 */
export function acceptedSql(a = 'a'): string {
  return `COALESCE(${a}.attrs -> 'pending', 'null'::jsonb) IN ('null'::jsonb, 'false'::jsonb, '0'::jsonb)`;
}

export const suggestions: PgRepo<'suggestions'> = {
  async rejectedSpans(q, documentId) {
    // SQLite reads these from its primary-key index, in its column order.
    const { rows } = await q.query<{ kind: string; label: string; start_offset: number; end_offset: number; quote: string }>(
      `SELECT kind, label, start_offset, end_offset, quote FROM suggestion_rejections WHERE document_id = $1
       ORDER BY kind, label, start_offset, end_offset, quote`,
      [documentId],
    );
    return rows.map((r) => ({ kind: r.kind, label: r.label || null, start: r.start_offset, end: r.end_offset, quote: r.quote }));
  },

  async recordRejection(q, annotation, at) {
    await q.query(
      `INSERT INTO suggestion_rejections (document_id, kind, label, start_offset, end_offset, quote, rejected_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [annotation.documentId, annotation.kind, annotation.label ?? '', annotation.start, annotation.end, annotation.quote, at],
    );
  },

  async recordRejections(q, annotations, at) {
    for (const chunk of chunks(annotations)) {
      await q.query(
        `INSERT INTO suggestion_rejections (document_id, kind, label, start_offset, end_offset, quote, rejected_at)
         SELECT document_id, kind, label, start_offset, end_offset, quote, $7
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[]) AS t(document_id, kind, label, start_offset, end_offset, quote)
         ON CONFLICT DO NOTHING`,
        [...columns(chunk, (a) => [a.documentId, a.kind, a.label ?? '', a.start, a.end, a.quote]), at],
      );
    }
  },

  async forgetRejection(q, annotation) {
    await q.query(
      'DELETE FROM suggestion_rejections WHERE document_id = $1 AND kind = $2 AND label = $3 AND start_offset = $4 AND end_offset = $5',
      [annotation.documentId, annotation.kind, annotation.label ?? '', annotation.start, annotation.end],
    );
  },

  async setAnnotationCreator(q, id, actor) {
    await q.query('UPDATE annotations SET created_by = $1 WHERE id = $2', [actor, id]);
  },

  async pendingCount(q, documentId) {
    const { rows } = await q.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM annotations WHERE document_id = $1 AND layer = '' AND attrs -> 'pending' = 'true'::jsonb`,
      [documentId],
    );
    return rows[0]!.n;
  },

  async documentIdsOldestFirst(q) {
    const { rows } = await q.query<{ id: string }>('SELECT id FROM documents ORDER BY created_at, id');
    return rows.map((r) => r.id);
  },

  async labelConflicts(q, limit) {
    // SQLite groups the names in lower-cased order and keeps the first `limit` of them.
    const { rows } = await q.query<LabelUse>(
      `WITH names AS (
         SELECT lower(a.quote) AS key FROM annotations a
         WHERE a.kind = 'entity' AND a.label IS NOT NULL AND NOT a.orphaned AND ${acceptedSql()}
         GROUP BY lower(a.quote) HAVING COUNT(DISTINCT a.label) > 1 ORDER BY lower(a.quote) LIMIT $1
       )
       SELECT MIN(a.quote) AS text, a.label AS label, COUNT(*)::int AS annotations, COUNT(DISTINCT a.document_id)::int AS documents
       FROM annotations a JOIN names n ON n.key = lower(a.quote)
       WHERE a.kind = 'entity' AND a.label IS NOT NULL AND NOT a.orphaned AND ${acceptedSql()}
       GROUP BY lower(a.quote), a.label
       ORDER BY lower(a.quote), annotations DESC, a.label`,
      [limit],
    );
    return rows.map((r) => ({ text: r.text, label: r.label, annotations: r.annotations, documents: r.documents }));
  },

  async relabelName(q, text, from, to, at) {
    // SQLite answers the documents in the order their first such annotation was stored (it walks
    // the label index in rowid order); seq is that order here.
    const { rows } = await q.query<{ document_id: string; annotations: number }>(
      `WITH changed AS (
         UPDATE annotations a SET label = $3, updated_at = $4
         WHERE a.kind = 'entity' AND a.label = $1 AND lower(a.quote) = ${nocaseParam(2)} AND ${acceptedSql()}
         RETURNING a.document_id, a.seq
       )
       SELECT document_id, (SELECT COUNT(*)::int FROM changed) AS annotations FROM changed GROUP BY document_id ORDER BY MIN(seq)`,
      [from, text, to, at],
    );
    return { annotations: rows[0]?.annotations ?? 0, documentIds: rows.map((r) => r.document_id) };
  },
};
