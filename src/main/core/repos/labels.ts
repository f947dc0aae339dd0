/**
 * The `labels` table: the entity taxonomy (name, colour, hotkey, order). Names are unique without
 * regard to case ("person" and "PERSON" are the same label); hotkeys are unique when set.
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';
import type { Label } from '../../../shared/types';
import { stmt } from '../db/sql';

interface LabelRow {
  id: string;
  name: string;
  kind: string;
  color: string;
  hotkey: string | null;
  position: number;
}

const COLUMNS = 'id, name, kind, color, hotkey, position';

/** Maps a row to the API shape. */
export function labelFromRow(row: LabelRow): Label {
  return { id: row.id, name: row.name, kind: 'entity', color: row.color, hotkey: row.hotkey, position: row.position };
}

/** Every label in display order. */
export function listLabels(db: Database.Database): Label[] {
  return stmt<[], LabelRow>(db, `SELECT ${COLUMNS} FROM labels ORDER BY position, name`).all().map(labelFromRow);
}

/** One label by id, or undefined. */
export function getLabel(db: Database.Database, id: string): Label | undefined {
  const row = stmt<[string], LabelRow>(db, `SELECT ${COLUMNS} FROM labels WHERE id = ?`).get(id);
  return row && labelFromRow(row);
}

/** One label by id; throws `not_found`. */
export function requireLabel(db: Database.Database, id: string): Label {
  const label = getLabel(db, id);
  if (!label) throw new ApiError('not_found', `No label with id ${id}. It may have been deleted.`);
  return label;
}

/** The label called `name` (case-insensitively), or undefined. */
export function findLabelByName(db: Database.Database, name: string): Label | undefined {
  const row = stmt<[string], LabelRow>(db, `SELECT ${COLUMNS} FROM labels WHERE name = ? COLLATE NOCASE`).get(name);
  return row && labelFromRow(row);
}

/** The label that uses `hotkey`, or undefined. */
export function findLabelByHotkey(db: Database.Database, hotkey: string): Label | undefined {
  const row = stmt<[string], LabelRow>(db, `SELECT ${COLUMNS} FROM labels WHERE hotkey = ?`).get(hotkey);
  return row && labelFromRow(row);
}

/** The position after the last label. */
export function nextLabelPosition(db: Database.Database): number {
  const row = stmt<[], { next: number }>(db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM labels').get()!;
  return row.next;
}

/** Stores a new label exactly as given. */
export function insertLabel(db: Database.Database, label: Label): void {
  stmt(db, `INSERT INTO labels (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`).run(
    label.id,
    label.name,
    label.kind,
    label.color,
    label.hotkey,
    label.position,
  );
}

/** Writes name, colour, hotkey and position of an existing label. */
export function saveLabel(db: Database.Database, label: Label): void {
  stmt(db, 'UPDATE labels SET name = ?, color = ?, hotkey = ?, position = ? WHERE id = ?').run(
    label.name,
    label.color,
    label.hotkey,
    label.position,
    label.id,
  );
}

/** Deletes one label. */
export function deleteLabel(db: Database.Database, id: string): boolean {
  return stmt(db, 'DELETE FROM labels WHERE id = ?').run(id).changes > 0;
}
