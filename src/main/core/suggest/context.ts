/**
 * What the library knows, for the suggesters' `SuggestContext` (types.ts), the SQL: names tagged
 * (accepted or by hand) in other documents with their label and in how many documents, entity
 * suggestions the editor rejected, claims worked to a verdict elsewhere. library-context.ts puts them
 * together with Settings → Suggestions. This is the SQLite repository (`store.suggestContext`);
 * pg/repos/suggest-context.ts answers the same.
 */
import type Database from 'better-sqlite3';
import { VERDICT_STATUSES } from '../../../shared/types';
import { stmt } from '../db/sql';
import type { CheckedClaim, KnownName, SuggestContext } from './types';

/** Caps keep a huge library's context small enough to post to the worker in a blink (both stores use them). */
export const MAX_KNOWN_NAMES = 20_000;
export const MAX_REJECTED_NAMES = 20_000;
export const MAX_CHECKED_CLAIMS = 5_000;
/** Longer spans are sentences tagged by mistake, not names. */
export const MAX_NAME_LENGTH = 120;

const NOT_PENDING = "COALESCE(json_extract(a.attrs, '$.pending'), 0) = 0";

/** Names tagged as entities (accepted or by hand) in documents other than `documentId`. */
export function knownNames(db: Database.Database, documentId: string | null): KnownName[] {
  const rows = stmt<[string, number, number], { text: string; label: string; canonical: string | null; documents: number }>(
    db,
    `SELECT MIN(a.quote) AS text, a.label AS label, MAX(json_extract(a.attrs, '$.canonical')) AS canonical,
            COUNT(DISTINCT a.document_id) AS documents
     FROM annotations a
     WHERE a.kind = 'entity' AND a.label IS NOT NULL AND a.orphaned = 0 AND a.document_id <> ? AND ${NOT_PENDING} AND a.layer = ''
       AND length(a.quote) <= ?
     GROUP BY lower(a.quote), a.label
     ORDER BY documents DESC LIMIT ?`,
  ).all(documentId ?? '', MAX_NAME_LENGTH, MAX_KNOWN_NAMES);
  return rows.map((r) => ({ text: r.text, label: r.label, documents: r.documents, ...(r.canonical ? { canonical: String(r.canonical) } : {}) }));
}

/** Entity suggestions rejected anywhere: lower-cased text and the label rejected. */
export function rejectedNames(db: Database.Database): SuggestContext['rejectedNames'] {
  return stmt<[number], { text: string; label: string }>(
    db,
    `SELECT DISTINCT lower(quote) AS text, label FROM suggestion_rejections WHERE kind = 'entity' LIMIT ?`,
  ).all(MAX_REJECTED_NAMES);
}

/** Claims with a verdict in documents other than `documentId`, newest first. */
export function checkedClaims(db: Database.Database, documentId: string | null): CheckedClaim[] {
  const statuses = VERDICT_STATUSES.map((s) => `'${s}'`).join(', ');
  return stmt<[string, number], { annotationId: string; documentId: string; documentTitle: string; text: string; status: string; verdict: string }>(
    db,
    `SELECT a.id AS annotationId, a.document_id AS documentId, d.title AS documentTitle, a.quote AS text, c.status AS status, c.verdict AS verdict
     FROM claims c JOIN annotations a ON a.id = c.annotation_id JOIN documents d ON d.id = a.document_id
     WHERE c.status IN (${statuses}) AND a.document_id <> ?
     ORDER BY c.updated_at DESC LIMIT ?`,
  ).all(documentId ?? '', MAX_CHECKED_CLAIMS);
}
