/**
 * The `documents` table on PostgreSQL: the same answers as repos/documents.ts. Summaries carry
 * annotation and claim counts but never the text; the search vectors (`document_search`, PostgreSQL
 * migration 7) are written by a trigger when the title or text changes, so no write here names them.
 */
import { ApiError } from '../../../../shared/result';
import { VERDICT_STATUSES, type DocumentRecord, type DocumentStatus } from '../../../../shared/types';
import { contentHash } from '../../db/content-hash';
import { summaryFromRow, type SummaryRow } from '../../repos/documents';
import type { PgRepo, Queryable } from '../types';

/**
 * The columns of a summary row, for queries that join `documents AS d` (repos/documents.ts
 * SUMMARY_COLUMNS). A pending suggestion (`attrs.pending` true, as SQLite's `json_extract(…) IS NOT 1`
 * reads it) is not counted until accepted. Counts are cast to integer so they arrive as numbers.
 */
export const PG_SUMMARY_COLUMNS = `
  d.seq, d.id, d.title, d.source, d.format, d.status, d.assignee, d.text_length, d.created_at, d.updated_at,
  (SELECT COUNT(*)::int FROM annotations a
     WHERE a.document_id = d.id AND NOT COALESCE(a.attrs -> 'pending' IN ('true'::jsonb, '1'::jsonb), false) AND a.layer = '') AS annotation_count,
  (SELECT COUNT(*)::int FROM annotations a JOIN claims c ON c.annotation_id = a.id WHERE a.document_id = d.id) AS claim_count,
  (SELECT COUNT(*)::int FROM annotations a JOIN claims c ON c.annotation_id = a.id
     WHERE a.document_id = d.id AND c.status IN (${VERDICT_STATUSES.map((s) => `'${s}'`).join(', ')})) AS claims_verified`;

/** A summary row as node-postgres returns it (`seq` is bigint: a number with the store's parser, else a string). */
export type PgSummaryRow = SummaryRow & { seq: number | string };

interface RecordRow extends PgSummaryRow {
  language: string | null;
  text: string;
  imported_text: string;
  revision: number;
}

async function getDocument(q: Queryable, id: string): Promise<DocumentRecord | undefined> {
  const { rows } = await q.query<RecordRow>(
    `SELECT ${PG_SUMMARY_COLUMNS}, d.language, d.text, d.imported_text, d.revision FROM documents d WHERE d.id = $1`,
    [id],
  );
  const row = rows[0];
  return (
    row && {
      ...summaryFromRow(row),
      language: row.language,
      text: row.text,
      importedText: row.imported_text,
      revision: row.revision,
    }
  );
}

export const documents: PgRepo<'documents'> = {
  async insertDocument(q, doc) {
    const importedText = doc.importedText ?? doc.text;
    await q.query(
      `INSERT INTO documents (id, title, source, format, language, text, text_length, imported_text, imported_sha256,
         original, status, assignee, revision, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13, 0, $12, $12)`,
      [
        doc.id,
        doc.title,
        doc.source,
        doc.format,
        doc.language,
        doc.text,
        doc.text.length,
        importedText,
        doc.importedSha256 ?? contentHash(importedText),
        doc.original ? Buffer.from(doc.original.buffer, doc.original.byteOffset, doc.original.byteLength) : null,
        doc.status,
        doc.createdAt,
        doc.assignee ?? null,
      ],
    );
  },

  async listDocuments(q) {
    const { rows } = await q.query<PgSummaryRow>(`SELECT ${PG_SUMMARY_COLUMNS} FROM documents d ORDER BY d.updated_at DESC, d.seq DESC`);
    return rows.map(summaryFromRow);
  },

  async documentTitles(q, ids) {
    if (ids === undefined) {
      const { rows } = await q.query<{ id: string; title: string }>('SELECT id, title FROM documents ORDER BY updated_at DESC, seq DESC');
      return rows;
    }
    // One query for all ids, answered in the order asked (an id asked twice is answered twice, as in SQLite).
    const { rows } = await q.query<{ id: string; title: string }>('SELECT id, title FROM documents WHERE id = ANY($1::text[])', [[...ids]]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ id: row.id, title: row.title }] : [];
    });
  },

  async getDocumentSummary(q, id) {
    const { rows } = await q.query<PgSummaryRow>(`SELECT ${PG_SUMMARY_COLUMNS} FROM documents d WHERE d.id = $1`, [id]);
    return rows[0] && summaryFromRow(rows[0]);
  },

  getDocument,

  async requireDocument(q, id) {
    const doc = await getDocument(q, id);
    if (!doc) throw new ApiError('not_found', `No document with id ${id}. It may have been deleted.`);
    return doc;
  },

  async getOriginal(q, id) {
    const { rows } = await q.query<{ original: Buffer | null }>('SELECT original FROM documents WHERE id = $1', [id]);
    return rows[0]?.original ? new Uint8Array(rows[0].original) : null;
  },

  async findByImportedHash(q, sha256) {
    const { rows } = await q.query<{ id: string; title: string }>(
      'SELECT id, title FROM documents WHERE imported_sha256 = $1 ORDER BY seq LIMIT 1',
      [sha256],
    );
    return rows[0];
  },

  async documentExists(q, id) {
    return (await q.query('SELECT 1 FROM documents WHERE id = $1', [id])).rows.length > 0;
  },

  async updateDocumentText(q, id, text, revision, at) {
    await q.query('UPDATE documents SET text = $1, text_length = $2, revision = $3, updated_at = $4 WHERE id = $5', [
      text,
      text.length,
      revision,
      at,
      id,
    ]);
  },

  async getDocumentStatus(q, id) {
    const { rows } = await q.query<{ status: DocumentStatus }>('SELECT status FROM documents WHERE id = $1', [id]);
    return rows[0]?.status;
  },

  async setDocumentStatus(q, id, status, at) {
    await q.query('UPDATE documents SET status = $1, updated_at = $2 WHERE id = $3', [status, at, id]);
  },

  async setDocumentAssignee(q, id, assignee, at) {
    await q.query('UPDATE documents SET assignee = $1, updated_at = $2 WHERE id = $3', [assignee, at, id]);
  },

  async assigneeNames(q, limit) {
    const { rows } = await q.query<{ name: string }>(
      `SELECT name FROM (
         SELECT DISTINCT assignee AS name FROM documents WHERE assignee IS NOT NULL
         UNION SELECT DISTINCT assignee FROM claims WHERE assignee IS NOT NULL
       ) AS n ORDER BY lower(name), name LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.name);
  },

  async renameDocument(q, id, title, at) {
    await q.query('UPDATE documents SET title = $1, updated_at = $2 WHERE id = $3', [title, at, id]);
  },

  async touchDocument(q, id, at) {
    await q.query('UPDATE documents SET updated_at = $1 WHERE id = $2', [at, id]);
  },

  async deleteDocument(q, id) {
    return ((await q.query('DELETE FROM documents WHERE id = $1', [id])).rowCount ?? 0) > 0;
  },
};
