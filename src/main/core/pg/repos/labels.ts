/**
 * The `labels` table on PostgreSQL: the same answers as repos/labels.ts. Names are unique without
 * regard to case as SQLite's `COLLATE NOCASE` has them: ASCII letters fold, nothing else ("Émile"
 * and "émile" are two names on both stores). `lower()` folds exactly that on the "C"-collated
 * column; a parameter must be given the same collation (`NOCASE_PARAM`), or it folds by the
 * database's locale.
 */
import { ApiError } from '../../../../shared/result';
import type { Label } from '../../../../shared/types';
import { labelFromRow } from '../../repos/labels';
import type { PgRepo, Queryable } from '../types';

type LabelRow = Parameters<typeof labelFromRow>[0];

const COLUMNS = 'id, name, kind, color, hotkey, position';

/** A text parameter `$n` folded as SQLite's NOCASE folds (ASCII only). */
export function nocaseParam(n: number): string {
  return `lower($${n}::text COLLATE "C")`;
}

async function getLabel(q: Queryable, id: string): Promise<Label | undefined> {
  const { rows } = await q.query<LabelRow>(`SELECT ${COLUMNS} FROM labels WHERE id = $1`, [id]);
  return rows[0] && labelFromRow(rows[0]);
}

export const labels: PgRepo<'labels'> = {
  async listLabels(q) {
    const { rows } = await q.query<LabelRow>(`SELECT ${COLUMNS} FROM labels ORDER BY position, lower(name)`);
    return rows.map(labelFromRow);
  },

  getLabel,

  async requireLabel(q, id) {
    const label = await getLabel(q, id);
    if (!label) throw new ApiError('not_found', `No label with id ${id}. It may have been deleted.`);
    return label;
  },

  async findLabelByName(q, name) {
    const { rows } = await q.query<LabelRow>(`SELECT ${COLUMNS} FROM labels WHERE lower(name) = ${nocaseParam(1)}`, [name]);
    return rows[0] && labelFromRow(rows[0]);
  },

  async findLabelByHotkey(q, hotkey) {
    const { rows } = await q.query<LabelRow>(`SELECT ${COLUMNS} FROM labels WHERE hotkey = $1`, [hotkey]);
    return rows[0] && labelFromRow(rows[0]);
  },

  async nextLabelPosition(q) {
    const { rows } = await q.query<{ next: number }>('SELECT COALESCE(MAX(position) + 1, 0)::int AS next FROM labels');
    return rows[0].next;
  },

  async insertLabel(q, label) {
    await q.query(`INSERT INTO labels (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`, [
      label.id,
      label.name,
      label.kind,
      label.color,
      label.hotkey,
      label.position,
    ]);
  },

  async saveLabel(q, label) {
    await q.query('UPDATE labels SET name = $1, color = $2, hotkey = $3, position = $4 WHERE id = $5', [
      label.name,
      label.color,
      label.hotkey,
      label.position,
      label.id,
    ]);
  },

  async deleteLabel(q, id) {
    return ((await q.query('DELETE FROM labels WHERE id = $1', [id])).rowCount ?? 0) > 0;
  },
};
