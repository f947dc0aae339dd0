/** Opening a library made before full titles gives back the titles an import cut at 200 characters. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreCutTitles } from '../../../src/main/core/db/migration-005-full-titles';
import { createCore } from '../../../src/main/core/service';
import { importText, tempDir } from '../core/helpers';

const HEADLINE = `Northeast revitalization: ${'regional output climbs as investment returns to the rust belt, '.repeat(5)}officials say`;

/** The title as Copydesk cut it before: 199 characters, trailing space dropped, "…". */
function oldCut(title: string): string {
  return `${title.slice(0, 199).trimEnd()}…`;
}

describe('restoring titles cut at 200 characters', () => {
  it('gives back the full first line, and leaves renamed and other titles alone', async () => {
    const file = join(tempDir(), 'library.sqlite');
    const core = createCore({ dbPath: file, version: 'test' });
    const cut = (await importText(core, `${HEADLINE}\nThe body.`, 'long.txt')).document;
    const renamed = (await importText(core, `${HEADLINE}, again\nAnother body.`, 'renamed.txt')).document;
    const short = (await importText(core, 'Short headline…\nBody.', 'short.txt')).document;
    const set = core.db.prepare('UPDATE documents SET title = ? WHERE id = ?');
    set.run(oldCut(HEADLINE), cut.id);
    set.run(`${'A title typed by hand '.repeat(9).slice(0, 199)}…`, renamed.id);
    // The library as an older Copydesk left it: schema 4, titles cut (the later migrations run again on
    // reopening, so each of them must tolerate running twice).
    core.db.prepare('DELETE FROM schema_migrations WHERE version >= 5').run();
    core.close();

    const reopened = createCore({ dbPath: file, version: 'test' });
    try {
      const title = (id: string) => reopened.db.prepare('SELECT title FROM documents WHERE id = ?').pluck().get(id);
      expect(title(cut.id)).toBe(HEADLINE);
      expect(title(renamed.id)).toBe(`${'A title typed by hand '.repeat(9).slice(0, 199)}…`);
      expect(title(short.id)).toBe('Short headline…');
      expect(restoreCutTitles(reopened.db)).toBe(0); // nothing left to restore
    } finally {
      reopened.close();
    }
  });

  it('restores nothing in a library of full titles', () => {
    const db = new Database(':memory:');
    db.exec("CREATE TABLE documents (id TEXT, title TEXT, imported_text TEXT); INSERT INTO documents VALUES ('a', 'Harbin…', 'Harbin record\nBody')");
    expect(restoreCutTitles(db)).toBe(0);
  });
});
