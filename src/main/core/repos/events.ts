/**
 * The `events` table: the append-only audit log. Rows are only ever inserted (triggers abort
 * UPDATE and DELETE); there are no foreign keys, so history outlives what it describes.
 */
import type Database from 'better-sqlite3';
import type { EventRecord } from '../../../shared/types';
import { parseJsonObject, stmt } from '../db/sql';

interface EventRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  document_id: string | null;
  annotation_id: string | null;
  data: string;
}

/** What is appended; `id` is assigned by the database. */
export type NewEvent = Omit<EventRecord, 'id'>;

/** Maps a row to the API shape. */
export function eventFromRow(row: EventRow): EventRecord {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    documentId: row.document_id,
    annotationId: row.annotation_id,
    data: parseJsonObject(row.data),
  };
}

/** Appends one event; returns its id. */
export function appendEvent(db: Database.Database, event: NewEvent): number {
  const result = stmt(
    db,
    'INSERT INTO events (at, actor, action, document_id, annotation_id, data) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(event.at, event.actor, event.action, event.documentId, event.annotationId, JSON.stringify(event.data ?? {}));
  return Number(result.lastInsertRowid);
}

/** Appends many events in the order given (their ids ascend in that order). */
export function appendEvents(db: Database.Database, list: readonly NewEvent[]): void {
  const insert = stmt(db, 'INSERT INTO events (at, actor, action, document_id, annotation_id, data) VALUES (?, ?, ?, ?, ?, ?)');
  for (const e of list) insert.run(e.at, e.actor, e.action, e.documentId, e.annotationId, JSON.stringify(e.data ?? {}));
}

/** The most recent events, newest first, optionally only those of one document and/or annotation. */
export function listEvents(
  db: Database.Database,
  filter: { documentId?: string; annotationId?: string; limit?: number },
): EventRecord[] {
  // Only the conditions asked for, so SQLite can use the per-document / per-annotation indexes.
  const where: string[] = [];
  if (filter.documentId !== undefined) where.push('document_id = @documentId');
  if (filter.annotationId !== undefined) where.push('annotation_id = @annotationId');
  const rows = stmt<[Record<string, unknown>], EventRow>(
    db,
    `SELECT id, at, actor, action, document_id, annotation_id, data FROM events
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`,
  ).all({
    ...(filter.documentId !== undefined && { documentId: filter.documentId }),
    ...(filter.annotationId !== undefined && { annotationId: filter.annotationId }),
    limit: filter.limit ?? 500,
  });
  return rows.map(eventFromRow);
}

/**
 * The data of the `label.updated` events recorded since `since` (ISO time), oldest first: what an
 * undo follows a label renamed meanwhile through (handlers/label-renames.ts). Only read when a label
 * is missing; label events are few.
 */
export function labelUpdatesSince(db: Database.Database, since: string): Array<Record<string, unknown>> {
  const rows = stmt<[string], { data: string }>(
    db,
    `SELECT data FROM events WHERE action = 'label.updated' AND at >= ? ORDER BY id`,
  ).all(since);
  return rows.map((row) => parseJsonObject(row.data));
}
