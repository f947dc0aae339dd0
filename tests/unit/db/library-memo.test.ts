/**
 * A search's count and pages are remembered until the library changes (repos/library-memo.ts): a
 * repeated search answers what it answered, and any change — through this connection or another
 * (the CLI, a second window) — is seen by the next search, count and rows alike.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrations';
import { countDocuments, pageDocuments } from '../../../src/main/core/repos/library';
import { libraryFilter, libraryPageRequest } from '../../../src/shared/library-query';

function libraryFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'copydesk-library-memo-')), 'library.sqlite');
  const db = new Database(path);
  migrate(db);
  db.close();
  return path;
}

function add(db: Database.Database, id: string, title: string, text: string) {
  db.prepare(
    `INSERT INTO documents (id, title, format, text, text_length, imported_text, created_at, updated_at)
     VALUES (?, ?, 'txt', ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  ).run(id, title, text, text.length, text);
}

const whale = libraryPageRequest.parse({ query: 'whale', sort: 'relevance', limit: 10 });
const titles = (db: Database.Database) => pageDocuments(db, whale).rows.map((r) => r.document.title);

describe('remembered searches', () => {
  it('answers a repeated search as before, and sees this connection’s own changes at once', () => {
    const db = new Database(libraryFile());
    add(db, 'd1', 'Harbour notes', 'A whale was seen.');
    add(db, 'd2', 'Market day', 'Nothing at sea.');
    expect(countDocuments(db, whale)).toBe(1);
    expect(titles(db)).toEqual(['Harbour notes']);
    expect(pageDocuments(db, whale)).toBe(pageDocuments(db, whale));

    add(db, 'd3', 'The whale returns', 'It came back to the bay.');
    expect(countDocuments(db, whale)).toBe(2);
    // A title hit ranks first.
    expect(titles(db)).toEqual(['The whale returns', 'Harbour notes']);
    db.prepare("UPDATE documents SET title = 'Harbour' WHERE id = 'd3'").run();
    expect(countDocuments(db, whale)).toBe(1);
    db.prepare("UPDATE documents SET status = 'reviewed' WHERE id = 'd1'").run();
    expect(countDocuments(db, libraryFilter.parse({ query: 'whale', status: ['reviewed'] }))).toBe(1);
    expect(pageDocuments(db, whale).rows[0].document.status).toBe('reviewed');
    db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(countDocuments(db, whale)).toBe(0);
    expect(titles(db)).toEqual([]);
  });

  it('sees another connection’s commits', () => {
    const path = libraryFile();
    const window = new Database(path);
    const cli = new Database(path);
    add(cli, 'd1', 'Harbour notes', 'A whale was seen.');
    expect(countDocuments(window, whale)).toBe(1);
    expect(titles(window)).toEqual(['Harbour notes']);
    add(cli, 'd2', 'Whale ahoy', 'Off the point.');
    expect(countDocuments(window, whale)).toBe(2);
    expect(titles(window)).toEqual(['Whale ahoy', 'Harbour notes']);
    cli.prepare("DELETE FROM documents WHERE id = 'd2'").run();
    expect(titles(window)).toEqual(['Harbour notes']);
  });

  it('keeps a count apart from the order and the page it was asked with, not from the filter', () => {
    const db = new Database(libraryFile());
    for (let i = 0; i < 30; i++) add(db, `d${i}`, `Piece ${i}`, i % 2 ? 'A whale.' : 'A ship.');
    db.prepare("UPDATE documents SET status = 'reviewed' WHERE id IN ('d1', 'd3')").run();
    const byTitle = libraryPageRequest.parse({ query: 'whale', sort: 'title', direction: 'asc', offset: 10, limit: 5 });
    expect(pageDocuments(db, byTitle).total).toBe(15);
    expect(pageDocuments(db, libraryPageRequest.parse({ query: 'whale', status: ['reviewed'] })).total).toBe(2);
    expect(pageDocuments(db, libraryPageRequest.parse({ query: 'ship' })).total).toBe(15);
    expect(countDocuments(db, libraryFilter.parse({ query: 'whale', status: ['new'] }))).toBe(13);
  });

  it('keeps "assigned to nobody" apart from "anyone"', () => {
    const db = new Database(libraryFile());
    for (let i = 0; i < 6; i++) add(db, `d${i}`, `Piece ${i}`, 'A whale.');
    db.prepare("UPDATE documents SET assignee = 'Ana Ruiz' WHERE id IN ('d0', 'd1')").run();
    expect(countDocuments(db, libraryFilter.parse({ assignee: null }))).toBe(4);
    expect(countDocuments(db, libraryFilter.parse({}))).toBe(6);
    expect(pageDocuments(db, libraryPageRequest.parse({ assignee: null })).total).toBe(4);
    expect(pageDocuments(db, libraryPageRequest.parse({})).total).toBe(6);
  });
});
