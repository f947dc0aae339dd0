/**
 * The `events` table on PostgreSQL: the append-only audit log (triggers refuse UPDATE, DELETE and
 * TRUNCATE), answering as repos/events.ts does. `data` is jsonb: node-postgres hands back the
 * parsed value, which is checked to be an object as SQLite's parseJsonObject does.
 */
import type { EventRecord } from '../../../../shared/types';
import { chunks, columns } from '../batch';
import type { PgRepo } from '../types';

interface EventRow {
  id: number | string;
  at: string;
  actor: string;
  action: string;
  document_id: string | null;
  annotation_id: string | null;
  data: unknown;
}

/** A jsonb value as an object: anything else (an array, a scalar, null) becomes `{}`. */
function objectOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function eventFromRow(row: EventRow): EventRecord {
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action,
    documentId: row.document_id,
    annotationId: row.annotation_id,
    data: objectOf(row.data),
  };
}

export const events: PgRepo<'events'> = {
  async appendEvent(q, event) {
    const { rows } = await q.query<{ id: number | string }>(
      'INSERT INTO events (at, actor, action, document_id, annotation_id, data) VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id',
      [event.at, event.actor, event.action, event.documentId, event.annotationId, JSON.stringify(event.data ?? {})],
    );
    return Number(rows[0].id);
  },

  async appendEvents(q, list) {
    for (const chunk of chunks(list)) {
      // ORDER BY n: the ids ascend in the order given, as one appendEvent after another would number them.
      await q.query(
        `INSERT INTO events (at, actor, action, document_id, annotation_id, data)
         SELECT at, actor, action, document_id, annotation_id, data::jsonb
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
           WITH ORDINALITY AS t(at, actor, action, document_id, annotation_id, data, n)
         ORDER BY n`,
        columns(chunk, (e) => [e.at, e.actor, e.action, e.documentId, e.annotationId, JSON.stringify(e.data ?? {})]),
      );
    }
  },

  async listEvents(q, filter) {
    // Only the conditions asked for, so the per-document / per-annotation indexes serve them.
    const where: string[] = [];
    const values: unknown[] = [];
    if (filter.documentId !== undefined) where.push(`document_id = $${values.push(filter.documentId)}`);
    if (filter.annotationId !== undefined) where.push(`annotation_id = $${values.push(filter.annotationId)}`);
    const { rows } = await q.query<EventRow>(
      `SELECT id, at, actor, action, document_id, annotation_id, data FROM events
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${values.push(filter.limit ?? 500)}`,
      values,
    );
    return rows.map(eventFromRow);
  },

  async labelUpdatesSince(q, since) {
    const { rows } = await q.query<{ data: unknown }>(`SELECT data FROM events WHERE action = 'label.updated' AND at >= $1 ORDER BY id`, [since]);
    return rows.map((row) => objectOf(row.data));
  },
};
