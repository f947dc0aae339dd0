import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/core/db/migrations';
import { openDatabase } from '../../../src/main/core/db/open';
import { createCore } from '../../../src/main/core/service';
import { ApiError } from '../../../src/shared/result';
import { DEFAULT_LABELS } from '../../../src/shared/types';
import { client, importText, tempDir } from './helpers';

/** Refused with `pattern`, the file byte-identical and nothing new beside it (no -wal, no -shm). */
function expectRefused(file: string, pattern: RegExp): void {
  const before = readFileSync(file);
  const listing = readdirSync(dirname(file)).sort();
  let error: unknown;
  try {
    openDatabase(file).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe('database');
  expect((error as ApiError).message).toMatch(pattern);
  expect((error as ApiError).message).not.toMatch(/\n/); // one line, so the CLI prints all of it
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(readdirSync(dirname(file)).sort()).toEqual(listing);
}

/** A real library with some documents in it, closed and checkpointed so the file holds everything. */
async function populatedLibrary(): Promise<string> {
  const file = join(tempDir(), 'library.sqlite');
  const core = createCore({ dbPath: file });
  for (let i = 0; i < 30; i++) await importText(core, `Document ${i}\n${'Lorem ipsum dolor sit amet. '.repeat(400)}`, `d${i}.txt`);
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  return file;
}

describe('opening a library', () => {
  test('a fresh file gets every table, the default labels and its migration record', () => {
    const file = join(tempDir(), 'nested', 'folder', 'library.sqlite');
    const db = openDatabase(file);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['documents', 'annotations', 'claims', 'claim_sources', 'labels', 'events', 'settings', 'documents_fts', 'schema_migrations']),
    );
    const migrations = db.prepare('SELECT version, name, applied_at FROM schema_migrations').all() as Array<{ version: number; applied_at: string }>;
    expect(migrations.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(Date.parse(migrations[0].applied_at)).not.toBeNaN();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // FULL: a commit is flushed to disk before the write is acknowledged, so it survives a power cut.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(10_000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT name FROM labels ORDER BY position').pluck().all()).toEqual(DEFAULT_LABELS.map((l) => l.name));
    db.close();
  });

  test('tables are STRICT: a wrongly typed value is rejected', () => {
    const db = openDatabase(join(tempDir(), 'library.sqlite'));
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('x', ?)").run(Buffer.from('blob'))).toThrow(/cannot store BLOB/);
    db.close();
  });

  test('reopening keeps the documents, and migrations are not run twice', async () => {
    const file = join(tempDir(), 'library.sqlite');
    const first = createCore({ dbPath: file });
    const bundle = await importText(first);
    await client(first).call('settings:set', { reviewerName: 'Ana' });
    first.close();

    const second = createCore({ dbPath: file });
    const api = client(second);
    expect((await api.call('documents:get', { id: bundle.document.id })).text).toBe(bundle.document.text);
    expect(await api.call('settings:get', {})).toEqual({ reviewerName: 'Ana' });
    expect(second.db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    expect((await api.call('labels:list', {})).length).toBe(DEFAULT_LABELS.length);
    second.close();
  });

  test('a library written by a newer Copydesk is refused and left byte-identical', () => {
    const file = join(tempDir(), 'library.sqlite');
    const db = openDatabase(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', '2099-01-01')").run(LATEST_SCHEMA_VERSION + 5);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expectRefused(file, new RegExp(`newer version of Copydesk \\(schema ${LATEST_SCHEMA_VERSION + 5}; this app knows up to ${LATEST_SCHEMA_VERSION}\\)`));
  });

  test('a file that is not a database is refused and left untouched', () => {
    const file = join(tempDir(), 'library.sqlite');
    writeFileSync(file, 'Dear editor, this is a letter, not a library.\n'.repeat(50));
    expectRefused(file, /is not a Copydesk library or is damaged: .*It was left untouched\./);
  });

  test('a truncated library is refused and left untouched', async () => {
    const file = await populatedLibrary();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expectRefused(file, /is not a Copydesk library or is damaged/);
  });

  test('a library with overwritten pages is refused and left untouched', async () => {
    const file = await populatedLibrary();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 8192, 8192 + 16384);
    writeFileSync(file, bytes);
    expectRefused(file, /is not a Copydesk library or is damaged/);
  });

  test("another program's SQLite database is refused and left untouched", () => {
    const file = join(tempDir(), 'other.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.close();
    expectRefused(file, /another program \(tables: recipes\)/);
  });

  test('an empty file becomes a new library', () => {
    const file = join(tempDir(), 'library.sqlite');
    writeFileSync(file, '');
    const db = openDatabase(file);
    expect(db.prepare('SELECT COUNT(*) FROM labels').pluck().get()).toBe(DEFAULT_LABELS.length);
    db.close();
    expect(existsSync(file)).toBe(true);
  });
});

describe('the audit log', () => {
  test('events cannot be changed or deleted', async () => {
    const file = join(tempDir(), 'library.sqlite');
    const core = createCore({ dbPath: file });
    await importText(core);
    const count = core.db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    expect(count).toBeGreaterThan(0);
    expect(() => core.db.prepare("UPDATE events SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => core.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(core.db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(count);
    core.close();
  });
});
