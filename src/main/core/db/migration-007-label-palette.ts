/**
 * Migration: the default labels of an existing library move to the colour-blind-safe palette new
 * libraries get (Paul Tol's "light" scheme, see DEFAULT_LABELS in shared/types.ts). Only a label
 * whose name and colour are still exactly the old default changes: a colour the editor picked in
 * Settings is theirs and stays. Both palettes are written out here, not imported, because a
 * migration must do the same thing whatever the defaults become later.
 */
import type Database from 'better-sqlite3';

/** Default label → [the colour libraries were seeded with before, the colour-blind-safe one]. */
export const PALETTE_CHANGE: ReadonlyArray<readonly [name: string, from: string, to: string]> = [
  ['PERSON', '#e8590c', '#ee8866'],
  ['ORG', '#1c7ed6', '#77aadd'],
  ['PLACE', '#2f9e44', '#44bb99'],
  ['DATE', '#ae3ec9', '#eedd88'],
  ['MONEY', '#f08c00', '#bbcc33'],
  ['PERCENT', '#0c8599', '#99ddff'],
  ['QUANTITY', '#5f3dc4', '#c5b0d5'],
  ['EVENT', '#c2255c', '#ffaabb'],
];

export function up(db: Database.Database): void {
  const update = db.prepare('UPDATE labels SET color = ? WHERE name = ? AND lower(color) = ?');
  for (const [name, from, to] of PALETTE_CHANGE) update.run(to, name, from);
}
