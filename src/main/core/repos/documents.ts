/**
 * The `documents` table: the canonical text, the bytes as imported, review status and revision.
 * Summaries (the library list, search hits) carry annotation and claim counts but never the text.
 * Every document stores the content hash of its imported text, which finds a file already imported.
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';
import { VERDICT_STATUSES, type DocumentRecord, type DocumentStatus, type DocumentSummary, type ImportFormat } from '../../../shared/types';
import { contentHash } from '../db/content-hash';
import { stmt } from '../db/sql';

/**
 * The columns of a summary row, for queries that join `documents AS d`. `claims_verified` counts the
 * claims worked to a verdict (any of VERDICT_STATUSES: a false claim is as done as a verified one).
 */
export const SUMMARY_COLUMNS = `
  d.id, d.title, d.source, d.format, d.status, d.assignee, d.text_length, d.created_at, d.updated_at,
  (SELECT COUNT(*) FROM annotations a WHERE a.document_id = d.id AND json_extract(a.attrs, '$.pending') IS NOT 1 AND a.layer = '') AS annotation_count,
  (SELECT COUNT(*) FROM annotations a JOIN claims c ON c.annotation_id = a.id WHERE a.document_id = d.id) AS claim_count,
  (SELECT COUNT(*) FROM annotations a JOIN claims c ON c.annotation_id = a.id
     WHERE a.document_id = d.id AND c.status IN (${VERDICT_STATUSES.map((s) => `'${s}'`).join(', ')})) AS claims_verified`;

/** A summary row as SQLite returns it. */
export interface SummaryRow {
  id: string;
  title: string;
  source: string;
  format: string;
  status: string;
  assignee: string | null;
  text_length: number;
  created_at: string;
  updated_at: string;
  annotation_count: number;
  claim_count: number;
  claims_verified: number;
}

interface RecordRow extends SummaryRow {
  language: string | null;
  text: string;
  imported_text: string;
  revision: number;
}

/** What is stored for a new document. */
export interface NewDocument {
  id: string;
  title: string;
  source: string;
  format: ImportFormat;
  language: string | null;
  text: string;
  /** The text as first imported, when it differs from `text` (a re-imported export of corrected text); default `text`. */
  importedText?: string;
  /** `contentHash` of the imported text, when the caller has it already; computed otherwise. */
  importedSha256?: string;
  original: Uint8Array | null;
  status: DocumentStatus;
  /** Who it is assigned to (a Copydesk JSON import or transfer carries it); default nobody. */
  assignee?: string | null;
  createdAt: string;
}

/** Maps a summary row to the API shape. */
export function summaryFromRow(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    format: row.format as ImportFormat,
    status: row.status as DocumentStatus,
    length: row.text_length,
    annotationCount: row.annotation_count,
    claimCount: row.claim_count,
    claimsVerified: row.claims_verified,
    assignee: row.assignee,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function recordFromRow(row: RecordRow): DocumentRecord {
  return {
    ...summaryFromRow(row),
    language: row.language,
    text: row.text,
    importedText: row.imported_text,
    revision: row.revision,
  };
}

/** Stores a new document at revision 0; its imported text is `importedText`, else its text. */
export function insertDocument(db: Database.Database, doc: NewDocument): void {
  const importedText = doc.importedText ?? doc.text;
  stmt(
    db,
    `INSERT INTO documents (id, title, source, format, language, text, text_length, imported_text, imported_sha256,
       original, status, assignee, revision, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  ).run(
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
    doc.assignee ?? null,
    doc.createdAt,
    doc.createdAt,
  );
}

/** Every document, most recently changed first. */
export function listDocuments(db: Database.Database): DocumentSummary[] {
  const rows = stmt<[], SummaryRow>(db, `SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY d.updated_at DESC, d.seq DESC`).all();
  return rows.map(summaryFromRow);
}

/** Ids and titles: of `ids` that exist, in that order, or of every document, most recently changed first. */
export function documentTitles(db: Database.Database, ids?: readonly string[]): Array<{ id: string; title: string }> {
  if (ids === undefined) {
    return stmt<[], { id: string; title: string }>(db, 'SELECT id, title FROM documents ORDER BY updated_at DESC, seq DESC').all();
  }
  const one = stmt<[string], { id: string; title: string }>(db, 'SELECT id, title FROM documents WHERE id = ?');
  return ids.flatMap((id) => one.all(id));
}

/** One document's summary, or undefined. */
export function getDocumentSummary(db: Database.Database, id: string): DocumentSummary | undefined {
  const row = stmt<[string], SummaryRow>(db, `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id = ?`).get(id);
  return row && summaryFromRow(row);
}

/** One whole document, or undefined. */
export function getDocument(db: Database.Database, id: string): DocumentRecord | undefined {
  const row = stmt<[string], RecordRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, d.language, d.text, d.imported_text, d.revision FROM documents d WHERE d.id = ?`,
  ).get(id);
  return row && recordFromRow(row);
}

/** One whole document; throws `not_found` when there is none with that id. */
export function requireDocument(db: Database.Database, id: string): DocumentRecord {
  const doc = getDocument(db, id);
  if (!doc) throw new ApiError('not_found', `No document with id ${id}. It may have been deleted.`);
  return doc;
}

/** The bytes the document was imported from, or null. */
export function getOriginal(db: Database.Database, id: string): Uint8Array | null {
  const row = stmt<[string], { original: Buffer | null }>(db, 'SELECT original FROM documents WHERE id = ?').get(id);
  return row?.original ? new Uint8Array(row.original) : null;
}

/**
 * The oldest document whose imported text has content hash `sha256` (see db/content-hash.ts), as
 * `{ id, title }`, or undefined when the library has none.
 */
export function findByImportedHash(db: Database.Database, sha256: string): { id: string; title: string } | undefined {
  return stmt<[string], { id: string; title: string }>(
    db,
    'SELECT id, title FROM documents WHERE imported_sha256 = ? ORDER BY seq LIMIT 1',
  ).get(sha256);
}

/** Whether a document with this id exists. */
export function documentExists(db: Database.Database, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
}

/** Replaces the text and sets the revision. */
export function updateDocumentText(db: Database.Database, id: string, text: string, revision: number, at: string): void {
  stmt(db, 'UPDATE documents SET text = ?, text_length = ?, revision = ?, updated_at = ? WHERE id = ?').run(
    text,
    text.length,
    revision,
    at,
    id,
  );
}

/** The review status alone (without reading the text), or undefined for an unknown id. */
export function getDocumentStatus(db: Database.Database, id: string): DocumentStatus | undefined {
  return stmt<[string], { status: DocumentStatus }>(db, 'SELECT status FROM documents WHERE id = ?').get(id)?.status;
}

/** Sets the review status. */
export function setDocumentStatus(db: Database.Database, id: string, status: DocumentStatus, at: string): void {
  stmt(db, 'UPDATE documents SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}

/** Sets who the document is assigned to (null: nobody). */
export function setDocumentAssignee(db: Database.Database, id: string, assignee: string | null, at: string): void {
  stmt(db, 'UPDATE documents SET assignee = ?, updated_at = ? WHERE id = ?').run(assignee, at, id);
}

/**
 * The names documents and claims are assigned to, by name ignoring case (at most `limit`): what the
 * "Assigned to" fields suggest. Read from the assignee indexes (documents_by_assignee, claims_by_assignee).
 */
export function assigneeNames(db: Database.Database, limit: number): string[] {
  return stmt<[number], { name: string }>(
    db,
    `SELECT name FROM (
       SELECT DISTINCT assignee AS name FROM documents WHERE assignee IS NOT NULL
       UNION SELECT DISTINCT assignee FROM claims WHERE assignee IS NOT NULL
     ) ORDER BY name COLLATE NOCASE, name LIMIT ?`,
  )
    .all(limit)
    .map((r) => r.name);
}

/** Sets the title. */
export function renameDocument(db: Database.Database, id: string, title: string, at: string): void {
  stmt(db, 'UPDATE documents SET title = ?, updated_at = ? WHERE id = ?').run(title, at, id);
}

/** Marks the document as changed now (every write to its annotations or claims does). */
export function touchDocument(db: Database.Database, id: string, at: string): void {
  stmt(db, 'UPDATE documents SET updated_at = ? WHERE id = ?').run(at, id);
}

/** Deletes the document; its annotations, claims and sources go with it (the audit log stays). */
export function deleteDocument(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}
