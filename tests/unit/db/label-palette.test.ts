/** A library made before the colour-blind-safe palette gets it for the labels still at their old default colour. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/main/core/db/migrations';
import { PALETTE_CHANGE } from '../../../src/main/core/db/migration-007-label-palette';
import { DEFAULT_LABELS } from '../../../src/shared/types';

function libraryBeforePalette(): Database.Database {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'copydesk-palette-')), 'library.sqlite'));
  migrate(db, MIGRATIONS.filter((m) => m.version < 7));
  // The labels as the older Copydesk seeded them, one recoloured by its editor.
  const set = db.prepare('UPDATE labels SET color = ? WHERE name = ?');
  for (const [name, from] of PALETTE_CHANGE) set.run(from.toUpperCase(), name);
  set.run('#123456', 'ORG');
  return db;
}

const colours = (db: Database.Database) =>
  Object.fromEntries((db.prepare('SELECT name, color FROM labels').all() as Array<{ name: string; color: string }>).map((r) => [r.name, r.color]));

describe('migration 7: the colour-blind-safe palette', () => {
  it('recolours labels still at the old default, and leaves a colour the editor chose', () => {
    const db = libraryBeforePalette();
    migrate(db);
    const after = colours(db);
    for (const label of DEFAULT_LABELS) {
      if (label.name === 'ORG') expect(after.ORG).toBe('#123456');
      else expect(after[label.name]).toBe(label.color);
    }
  });

  it('moves to exactly the palette new libraries are seeded with', () => {
    expect(PALETTE_CHANGE.map(([name, , to]) => [name, to])).toEqual(DEFAULT_LABELS.map((l) => [l.name, l.color]));
  });
});
