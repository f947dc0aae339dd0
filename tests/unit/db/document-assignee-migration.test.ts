/** Migration 10 on a library made before documents were assigned: its documents get nobody, and running it again changes nothing. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/main/core/db/migrations';
import { up } from '../../../src/main/core/db/migration-010-document-assignee';
import { getDocumentSummary } from '../../../src/main/core/repos/documents';

function libraryAtNine(): Database.Database {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'copydesk-assignee-')), 'library.sqlite'));
  migrate(db, MIGRATIONS.filter((m) => m.version < 10));
  db.prepare(
    `INSERT INTO documents (id, title, source, format, language, text, text_length, imported_text, imported_sha256, status, revision, created_at, updated_at)
     VALUES ('d1', 'Older story', 'older.txt', 'txt', 'en', 'Older story', 11, 'Older story', 'x', 'in_review', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  ).run();
  return db;
}

const indexes = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents' AND name LIKE '%assignee%' ORDER BY name").all() as Array<{ name: string }>).map(
    (r) => r.name,
  );

describe('migration 10: documents assigned to people', () => {
  it('keeps an older library’s documents, assigned to nobody, and is idempotent', () => {
    const db = libraryAtNine();
    expect(migrate(db)).toContain(10);
    expect(getDocumentSummary(db, 'd1')).toMatchObject({ title: 'Older story', status: 'in_review', assignee: null });
    expect(() => up(db)).not.toThrow();
    expect(indexes(db)).toEqual(['documents_by_assignee', 'documents_by_assignee_then_seq']);
  });

  it('answers "My queue" and its count from the index, without reading the documents’ rows', () => {
    const db = libraryAtNine();
    migrate(db);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('Mei Chen') as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan('SELECT COUNT(*) FROM documents d WHERE d.assignee = ?')).toMatch(/COVERING INDEX documents_by_assignee \(assignee=\?\)/);
    expect(plan('SELECT d.seq FROM documents d WHERE d.assignee = ? ORDER BY d.updated_at DESC, d.seq DESC LIMIT 100')).toMatch(/COVERING INDEX documents_by_assignee/);
  });
});
