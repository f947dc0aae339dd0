/**
 * The `claims` and `claim_sources` tables: the verification state of each claim annotation and the
 * sources consulted for it. `checklist` is a JSON column (entity annotation id → ticked).
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';
import type { Annotation, Claim, ClaimSource, ClaimStatus } from '../../../shared/types';
import { parseJsonObject, stmt } from '../db/sql';
import { ANNOTATION_COLUMNS, annotationFromRow, type AnnotationRow } from './annotations';

interface ClaimRow {
  annotation_id: string;
  status: string;
  verdict: string;
  assignee: string | null;
  verdict_by: string | null;
  checklist: string;
  updated_at: string;
}

interface SourceRow {
  id: string;
  annotation_id: string;
  url: string;
  title: string;
  quote: string;
  note: string;
  consulted_at: string | null;
  created_at: string;
}

const CLAIM_COLUMNS = 'c.annotation_id, c.status, c.verdict, c.assignee, c.verdict_by, c.checklist, c.updated_at';
const SOURCE_COLUMNS = 's.id, s.annotation_id, s.url, s.title, s.quote, s.note, s.consulted_at, s.created_at';

/** Maps a claim row to the API shape. */
export function claimFromRow(row: ClaimRow): Claim {
  return {
    annotationId: row.annotation_id,
    status: row.status as ClaimStatus,
    verdict: row.verdict,
    assignee: row.assignee,
    verdictBy: row.verdict_by,
    checklist: parseJsonObject<Record<string, boolean>>(row.checklist),
    updatedAt: row.updated_at,
  };
}

/** Maps a source row to the API shape. */
export function sourceFromRow(row: SourceRow): ClaimSource {
  return {
    id: row.id,
    annotationId: row.annotation_id,
    url: row.url,
    title: row.title,
    quote: row.quote,
    note: row.note,
    consultedAt: row.consulted_at,
    createdAt: row.created_at,
  };
}

/** Stores a claim (insert or replace: one claim per annotation). */
export function saveClaim(db: Database.Database, claim: Claim): void {
  stmt(
    db,
    `INSERT INTO claims (annotation_id, status, verdict, assignee, verdict_by, checklist, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (annotation_id) DO UPDATE SET status = excluded.status, verdict = excluded.verdict,
       assignee = excluded.assignee, verdict_by = excluded.verdict_by, checklist = excluded.checklist, updated_at = excluded.updated_at`,
  ).run(
    claim.annotationId,
    claim.status,
    claim.verdict,
    claim.assignee,
    claim.verdictBy ?? null,
    JSON.stringify(claim.checklist ?? {}),
    claim.updatedAt,
  );
}

/** Stores many claims (insert or replace each): the batch form of {@link saveClaim}. */
export function saveClaims(db: Database.Database, list: readonly Claim[]): void {
  for (const claim of list) saveClaim(db, claim);
}

/** The claims of these annotations that have one, in no particular order. */
export function getClaims(db: Database.Database, annotationIds: readonly string[]): Claim[] {
  return [...new Set(annotationIds)].flatMap((id) => getClaim(db, id) ?? []);
}

/** One claim, or undefined. */
export function getClaim(db: Database.Database, annotationId: string): Claim | undefined {
  const row = stmt<[string], ClaimRow>(db, `SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.annotation_id = ?`).get(annotationId);
  return row && claimFromRow(row);
}

/** One claim; throws `not_found` when the annotation is not a claim (or does not exist). */
export function requireClaim(db: Database.Database, annotationId: string): Claim {
  const claim = getClaim(db, annotationId);
  if (!claim) throw new ApiError('not_found', `No claim with id ${annotationId}. It may have been deleted or is not a claim.`);
  return claim;
}

/** Deletes a claim and its sources. */
export function deleteClaim(db: Database.Database, annotationId: string): void {
  stmt(db, 'DELETE FROM claims WHERE annotation_id = ?').run(annotationId);
}

/** The claims of one document, in text order. */
export function listClaimsForDocument(db: Database.Database, documentId: string): Claim[] {
  const rows = stmt<[string], ClaimRow>(
    db,
    `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN annotations a ON a.id = c.annotation_id
     WHERE a.document_id = ? ORDER BY a.start_offset, a.id`,
  ).all(documentId);
  return rows.map(claimFromRow);
}

/** A claim with its annotation and what the claims overview shows beside it. */
export interface ClaimOverview {
  claim: Claim;
  annotation: Annotation;
  documentTitle: string;
  sourceCount: number;
}

/** A claims-overview row as SQLite returns it (`OVERVIEW_COLUMNS` over `claims c`, `annotations a`, `documents d`). */
export type OverviewRow = AnnotationRow & {
  claim_status: string;
  claim_verdict: string;
  claim_assignee: string | null;
  claim_verdict_by: string | null;
  claim_checklist: string;
  claim_updated_at: string;
  document_title: string;
  source_count: number;
};

/** The columns of an overview row, for queries joining `claims c`, `annotations a` and `documents d`. */
export const OVERVIEW_COLUMNS = `${ANNOTATION_COLUMNS}, c.status AS claim_status, c.verdict AS claim_verdict, c.assignee AS claim_assignee,
       c.verdict_by AS claim_verdict_by, c.checklist AS claim_checklist, c.updated_at AS claim_updated_at, d.title AS document_title,
       (SELECT COUNT(*) FROM claim_sources s WHERE s.annotation_id = c.annotation_id) AS source_count`;

/** Maps an overview row to the API shape. */
export function overviewFromRow(row: OverviewRow): ClaimOverview {
  return {
    claim: claimFromRow({
      annotation_id: row.id,
      status: row.claim_status,
      verdict: row.claim_verdict,
      assignee: row.claim_assignee,
      verdict_by: row.claim_verdict_by,
      checklist: row.claim_checklist,
      updated_at: row.claim_updated_at,
    }),
    annotation: annotationFromRow(row),
    documentTitle: row.document_title,
    sourceCount: row.source_count,
  };
}

/** Claims across the library, optionally of one document and/or one status; by document, then text order. */
export function listClaims(db: Database.Database, filter: { documentId?: string; status?: ClaimStatus }): ClaimOverview[] {
  const rows = stmt<[{ documentId: string | null; status: string | null }], OverviewRow>(
    db,
    `SELECT ${OVERVIEW_COLUMNS}
     FROM claims c
     JOIN annotations a ON a.id = c.annotation_id
     JOIN documents d ON d.id = a.document_id
     WHERE (@documentId IS NULL OR a.document_id = @documentId) AND (@status IS NULL OR c.status = @status)
     ORDER BY d.title COLLATE NOCASE, d.id, a.start_offset, a.id`,
  ).all({ documentId: filter.documentId ?? null, status: filter.status ?? null });
  return rows.map(overviewFromRow);
}

/** Stores a source exactly as given. */
export function insertSource(db: Database.Database, source: ClaimSource): void {
  stmt(
    db,
    `INSERT INTO claim_sources (id, annotation_id, url, title, quote, note, consulted_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(source.id, source.annotationId, source.url, source.title, source.quote, source.note, source.consultedAt, source.createdAt);
}

/** Writes the editable fields of a source. */
export function saveSource(db: Database.Database, source: ClaimSource): void {
  stmt(db, 'UPDATE claim_sources SET url = ?, title = ?, quote = ?, note = ?, consulted_at = ? WHERE id = ?').run(
    source.url,
    source.title,
    source.quote,
    source.note,
    source.consultedAt,
    source.id,
  );
}

/** One source, or undefined. */
export function getSource(db: Database.Database, id: string): ClaimSource | undefined {
  const row = stmt<[string], SourceRow>(db, `SELECT ${SOURCE_COLUMNS} FROM claim_sources s WHERE s.id = ?`).get(id);
  return row && sourceFromRow(row);
}

/** One source; throws `not_found` when there is none with that id. */
export function requireSource(db: Database.Database, id: string): ClaimSource {
  const source = getSource(db, id);
  if (!source) throw new ApiError('not_found', `No source with id ${id}. It may have been deleted.`);
  return source;
}

/** Whether a source with this id exists. */
export function sourceExists(db: Database.Database, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM claim_sources WHERE id = ?').get(id) !== undefined;
}

/** Deletes one source. */
export function deleteSource(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM claim_sources WHERE id = ?').run(id).changes > 0;
}

/** The sources of one claim, oldest first. */
export function listSources(db: Database.Database, annotationId: string): ClaimSource[] {
  const rows = stmt<[string], SourceRow>(
    db,
    `SELECT ${SOURCE_COLUMNS} FROM claim_sources s WHERE s.annotation_id = ? ORDER BY s.created_at, s.rowid`,
  ).all(annotationId);
  return rows.map(sourceFromRow);
}

/** The sources of these claims, each claim's in the order {@link listSources} gives them; claims in no particular order. */
export function listSourcesOf(db: Database.Database, annotationIds: readonly string[]): ClaimSource[] {
  return [...new Set(annotationIds)].flatMap((id) => listSources(db, id));
}

/** The sources of every claim of one document. */
export function listSourcesForDocument(db: Database.Database, documentId: string): ClaimSource[] {
  const rows = stmt<[string], SourceRow>(
    db,
    `SELECT ${SOURCE_COLUMNS} FROM claim_sources s JOIN annotations a ON a.id = s.annotation_id
     WHERE a.document_id = ? ORDER BY a.start_offset, s.created_at, s.rowid`,
  ).all(documentId);
  return rows.map(sourceFromRow);
}
