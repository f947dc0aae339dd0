/**
 * Migration: titles that an older Copydesk cut at 200 characters (ending in "…") are restored whole
 * where the imported text still holds them. A .txt, .md, .docx or brat document took its title from
 * its first line, so a cut title that is the start of that line (whitespace collapsed) becomes the
 * line again, up to the 1,000 characters a title may have now. Titles renamed since, and titles that
 * came from elsewhere (an HTML page's <title>, a Copydesk JSON file), do not match and are left as
 * they are. Only the title changes: no revision, timestamp or event, as nobody edited the document.
 */
import type Database from 'better-sqlite3';
import { firstBlock, makeTitle } from '../import/parsed';

/** The old limit: titles were cut to 199 characters and "…". */
const OLD_LIMIT = 200;
/** Enough of the imported text to hold a first line of any title length. */
const HEAD_CHARS = 8000;

export function up(db: Database.Database): void {
  restoreCutTitles(db);
}

/** Restores every cut title the imported text holds in full; answers how many were restored. */
export function restoreCutTitles(db: Database.Database): number {
  const rows = db
    .prepare(
      `SELECT id, title, substr(imported_text, 1, ${HEAD_CHARS}) AS head FROM documents
       WHERE length(title) <= ${OLD_LIMIT} AND substr(title, -1) = '…'`,
    )
    .all() as Array<{ id: string; title: string; head: string }>;
  const update = db.prepare('UPDATE documents SET title = ? WHERE id = ?');
  let restored = 0;
  for (const row of rows) {
    // A cut title kept 197–199 UTF-16 units before the "…" (SQLite's length counts code points).
    if (row.title.length < OLD_LIMIT - 4) continue;
    const line = firstBlock(row.head).replace(/\s+/g, ' ').trim();
    if (line.length <= OLD_LIMIT || !line.startsWith(row.title.slice(0, -1))) continue;
    const full = makeTitle(line, '');
    if (full === row.title) continue;
    update.run(full, row.id);
    restored++;
  }
  return restored;
}
