/**
 * What the library knows for the suggesters, on PostgreSQL: the same answers as suggest/context.ts
 * (names tagged in other documents, entity suggestions rejected, claims worked to a verdict), with
 * the same caps. Ties SQLite's plans leave in an order of their own get that order written out.
 */
import { VERDICT_STATUSES } from '../../../../shared/types';
import { MAX_CHECKED_CLAIMS, MAX_KNOWN_NAMES, MAX_NAME_LENGTH, MAX_REJECTED_NAMES } from '../../suggest/context';
import type { CheckedClaim } from '../../suggest/types';
import type { PgRepo } from '../types';
import { acceptedSql } from './suggestions';

export const suggestContext: PgRepo<'suggestContext'> = {
  async knownNames(q, documentId) {
    // MIN and MAX in byte order, as SQLite's BINARY (->> answers in the database's collation).
    const { rows } = await q.query<{ text: string; label: string; canonical: string | null; documents: number }>(
      `SELECT MIN(a.quote) AS text, a.label AS label, MAX((a.attrs ->> 'canonical') COLLATE "C") AS canonical,
              COUNT(DISTINCT a.document_id)::int AS documents
       FROM annotations a
       WHERE a.kind = 'entity' AND a.label IS NOT NULL AND NOT a.orphaned AND a.document_id <> $1 AND ${acceptedSql()} AND a.layer = ''
         AND length(a.quote) <= $2
       GROUP BY lower(a.quote), a.label
       ORDER BY documents DESC, lower(a.quote), a.label LIMIT $3`,
      [documentId ?? '', MAX_NAME_LENGTH, MAX_KNOWN_NAMES],
    );
    return rows.map((r) => ({ text: r.text, label: r.label, documents: r.documents, ...(r.canonical ? { canonical: String(r.canonical) } : {}) }));
  },

  async rejectedNames(q) {
    // SQLite walks its (kind, label, quote) index and keeps each name and label the first time it
    // meets it: by label, then by the name's first spelling in byte order.
    const { rows } = await q.query<{ text: string; label: string }>(
      `SELECT lower(quote) AS text, label FROM suggestion_rejections WHERE kind = 'entity'
       GROUP BY lower(quote), label ORDER BY label, MIN(quote) LIMIT $1`,
      [MAX_REJECTED_NAMES],
    );
    return rows;
  },

  async checkedClaims(q, documentId) {
    const statuses = VERDICT_STATUSES.map((s) => `'${s}'`).join(', ');
    const { rows } = await q.query<CheckedClaim>(
      `SELECT a.id AS "annotationId", a.document_id AS "documentId", d.title AS "documentTitle", a.quote AS text,
              c.status AS status, c.verdict AS verdict
       FROM claims c JOIN annotations a ON a.id = c.annotation_id JOIN documents d ON d.id = a.document_id
       WHERE c.status IN (${statuses}) AND a.document_id <> $1
       ORDER BY c.updated_at DESC, c.status, c.seq LIMIT $2`,
      [documentId ?? '', MAX_CHECKED_CLAIMS],
    );
    return rows;
  },
};
