/**
 * The `claims` and `claim_sources` tables on PostgreSQL: the same answers as repos/claims.ts. Rows
 * come back in SQLite's shape (JSON as text, counts as integers) and go through the SQLite mappers.
 * `seq` is the order rows were stored in, SQLite's rowid, which breaks ties between sources.
 */
import { ApiError } from '../../../../shared/result';
import type { Claim, ClaimSource } from '../../../../shared/types';
import { claimFromRow, overviewFromRow, sourceFromRow, type OverviewRow } from '../../repos/claims';
import { chunks, columns } from '../batch';
import type { PgRepo, Queryable } from '../types';
import { PG_ANNOTATION_COLUMNS } from './annotations';
import { TITLE_ORDER_SQL } from '../migrations/migration-001-initial';

type ClaimRow = Parameters<typeof claimFromRow>[0];
type SourceRow = Parameters<typeof sourceFromRow>[0];

const CLAIM_COLUMNS = 'c.annotation_id, c.status, c.verdict, c.assignee, c.verdict_by, c.checklist::text AS checklist, c.updated_at';
const SOURCE_COLUMNS = 's.id, s.annotation_id, s.url, s.title, s.quote, s.note, s.consulted_at, s.created_at';

/**
 * The columns of a claims-overview row (repos/claims.ts OVERVIEW_COLUMNS), for queries joining
 * `claims c`, `annotations a` and `documents d`.
 */
export const PG_OVERVIEW_COLUMNS = `${PG_ANNOTATION_COLUMNS}, c.status AS claim_status, c.verdict AS claim_verdict, c.assignee AS claim_assignee,
       c.verdict_by AS claim_verdict_by, c.checklist::text AS claim_checklist, c.updated_at AS claim_updated_at, d.title AS document_title,
       (SELECT COUNT(*)::int FROM claim_sources s WHERE s.annotation_id = c.annotation_id) AS source_count`;

/** The order of claims by document (SQLite's `d.title COLLATE NOCASE, d.id, a.start_offset, a.id`). */
export const PG_DOCUMENT_ORDER = `${TITLE_ORDER_SQL}, d.id, a.start_offset, a.id`;

async function getClaim(q: Queryable, annotationId: string): Promise<Claim | undefined> {
  const { rows } = await q.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.annotation_id = $1`, [annotationId]);
  return rows[0] && claimFromRow(rows[0]);
}

async function getSource(q: Queryable, id: string): Promise<ClaimSource | undefined> {
  const { rows } = await q.query<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM claim_sources s WHERE s.id = $1`, [id]);
  return rows[0] && sourceFromRow(rows[0]);
}

export const claims: PgRepo<'claims'> = {
  async saveClaim(q, claim) {
    await q.query(
      `INSERT INTO claims (annotation_id, status, verdict, assignee, verdict_by, checklist, updated_at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
       ON CONFLICT (annotation_id) DO UPDATE SET status = excluded.status, verdict = excluded.verdict,
         assignee = excluded.assignee, verdict_by = excluded.verdict_by, checklist = excluded.checklist, updated_at = excluded.updated_at`,
      [
        claim.annotationId,
        claim.status,
        claim.verdict,
        claim.assignee,
        claim.verdictBy ?? null,
        JSON.stringify(claim.checklist ?? {}),
        claim.updatedAt,
      ],
    );
  },

  async saveClaims(q, list) {
    // A claim given twice keeps its last version, as saving one after another would (ON CONFLICT
    // cannot touch a row twice in one statement).
    const last = [...new Map(list.map((claim) => [claim.annotationId, claim])).values()];
    for (const chunk of chunks(last)) {
      await q.query(
        `INSERT INTO claims (annotation_id, status, verdict, assignee, verdict_by, checklist, updated_at)
         SELECT annotation_id, status, verdict, assignee, verdict_by, checklist::jsonb, updated_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
           WITH ORDINALITY AS t(annotation_id, status, verdict, assignee, verdict_by, checklist, updated_at, n)
         ORDER BY n
         ON CONFLICT (annotation_id) DO UPDATE SET status = excluded.status, verdict = excluded.verdict,
           assignee = excluded.assignee, verdict_by = excluded.verdict_by, checklist = excluded.checklist, updated_at = excluded.updated_at`,
        columns(chunk, (c) => [c.annotationId, c.status, c.verdict, c.assignee, c.verdictBy ?? null, JSON.stringify(c.checklist ?? {}), c.updatedAt]),
      );
    }
  },

  async getClaims(q, annotationIds) {
    const { rows } = await q.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.annotation_id = ANY($1::text[])`, [[...new Set(annotationIds)]]);
    return rows.map(claimFromRow);
  },

  getClaim,

  async requireClaim(q, annotationId) {
    const claim = await getClaim(q, annotationId);
    if (!claim) throw new ApiError('not_found', `No claim with id ${annotationId}. It may have been deleted or is not a claim.`);
    return claim;
  },

  async deleteClaim(q, annotationId) {
    await q.query('DELETE FROM claims WHERE annotation_id = $1', [annotationId]);
  },

  async listClaimsForDocument(q, documentId) {
    const { rows } = await q.query<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN annotations a ON a.id = c.annotation_id
       WHERE a.document_id = $1 ORDER BY a.start_offset, a.id`,
      [documentId],
    );
    return rows.map(claimFromRow);
  },

  async listClaims(q, filter) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.documentId != null) where.push(`a.document_id = $${params.push(filter.documentId)}`);
    if (filter.status != null) where.push(`c.status = $${params.push(filter.status)}`);
    const { rows } = await q.query<OverviewRow>(
      `SELECT ${PG_OVERVIEW_COLUMNS}
       FROM claims c
       JOIN annotations a ON a.id = c.annotation_id
       JOIN documents d ON d.id = a.document_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${PG_DOCUMENT_ORDER}`,
      params,
    );
    return rows.map(overviewFromRow);
  },

  async insertSource(q, source) {
    await q.query(
      `INSERT INTO claim_sources (id, annotation_id, url, title, quote, note, consulted_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [source.id, source.annotationId, source.url, source.title, source.quote, source.note, source.consultedAt, source.createdAt],
    );
  },

  async saveSource(q, source) {
    await q.query('UPDATE claim_sources SET url = $1, title = $2, quote = $3, note = $4, consulted_at = $5 WHERE id = $6', [
      source.url,
      source.title,
      source.quote,
      source.note,
      source.consultedAt,
      source.id,
    ]);
  },

  getSource,

  async requireSource(q, id) {
    const source = await getSource(q, id);
    if (!source) throw new ApiError('not_found', `No source with id ${id}. It may have been deleted.`);
    return source;
  },

  async sourceExists(q, id) {
    return (await q.query('SELECT 1 FROM claim_sources WHERE id = $1', [id])).rows.length > 0;
  },

  async deleteSource(q, id) {
    return ((await q.query('DELETE FROM claim_sources WHERE id = $1', [id])).rowCount ?? 0) > 0;
  },

  async listSources(q, annotationId) {
    const { rows } = await q.query<SourceRow>(
      `SELECT ${SOURCE_COLUMNS} FROM claim_sources s WHERE s.annotation_id = $1 ORDER BY s.created_at, s.seq`,
      [annotationId],
    );
    return rows.map(sourceFromRow);
  },

  async listSourcesOf(q, annotationIds) {
    const { rows } = await q.query<SourceRow>(
      `SELECT ${SOURCE_COLUMNS} FROM claim_sources s WHERE s.annotation_id = ANY($1::text[]) ORDER BY s.annotation_id, s.created_at, s.seq`,
      [[...new Set(annotationIds)]],
    );
    return rows.map(sourceFromRow);
  },

  async listSourcesForDocument(q, documentId) {
    const { rows } = await q.query<SourceRow>(
      `SELECT ${SOURCE_COLUMNS} FROM claim_sources s JOIN annotations a ON a.id = s.annotation_id
       WHERE a.document_id = $1 ORDER BY a.start_offset, s.created_at, s.seq`,
      [documentId],
    );
    return rows.map(sourceFromRow);
  },
};
