/**
 * Forward-only, numbered schema migrations, recorded in `schema_migrations` (version, name,
 * applied_at). Each migration runs in its own transaction together with its record, so a failure
 * leaves the database at the previous version. A library whose recorded version is newer than any
 * this app knows is refused before anything is written.
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';
import * as initial from './migration-001-initial';
import * as contentHash from './migration-002-content-hash';
import * as libraryIndexes from './migration-library-indexes';
import * as verdictAuthor from './migration-004-verdict-author';
import * as fullTitles from './migration-005-full-titles';
import * as suggestions from './migration-006-suggestions';
import * as labelPalette from './migration-007-label-palette';
import * as claimsDeskIndexes from './migration-008-claims-desk-indexes';
import * as doubleReview from './migration-009-double-review';
import * as documentAssignee from './migration-010-document-assignee';
import * as searchPrefixes from './migration-011-search-prefixes';
import { inTransaction, nowIso } from './sql';

/** One schema step. `version`s are consecutive from 1 and never reused or edited once released. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Every migration this app knows, oldest first. Append new ones; never change released ones. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', up: initial.up },
  { version: 2, name: 'content hash of imported text', up: contentHash.up },
  { version: 3, name: 'library indexes', up: libraryIndexes.up },
  { version: 4, name: 'author of each claim verdict', up: verdictAuthor.up },
  { version: 5, name: 'full titles restored from the imported text', up: fullTitles.up },
  { version: 6, name: 'suggestions: rejections remembered, teaser candidates pending', up: suggestions.up },
  { version: 7, name: 'default labels in the colour-blind-safe palette', up: labelPalette.up },
  { version: 8, name: 'claims desk indexes: claim text and assignee orders', up: claimsDeskIndexes.up },
  { version: 9, name: 'double review: annotation layers, reviewers, adjudications', up: doubleReview.up },
  { version: 10, name: 'documents assigned to people', up: documentAssignee.up },
  { version: 11, name: 'search prefix indexes of one and two characters', up: searchPrefixes.up },
];

/** The newest schema version this app knows. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`;

/**
 * The schema version recorded in `db`: 0 for a database without a `schema_migrations` table.
 * Reads only, so it can run on a read-only connection.
 */
export function recordedSchemaVersion(db: Database.Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return 0;
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/** Throws the "created by a newer version" error when `version` is beyond what this app knows. */
export function assertKnownSchemaVersion(version: number, latest: number = LATEST_SCHEMA_VERSION): void {
  if (version > latest) {
    throw new ApiError(
      'database',
      `This library was created by a newer version of Copydesk (schema ${version}; this app knows up to ${latest}). Update Copydesk to open it.`,
    );
  }
}

/**
 * Brings `db` up to the newest schema, applying each missing migration in its own transaction.
 * Returns the versions applied (empty when already current).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = recordedSchemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  assertKnownSchemaVersion(current, latest);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    let ran = false;
    // IMMEDIATE, and the version read again under the write lock: two processes opening a new
    // library at once take turns, and the second finds the step done instead of repeating it.
    inTransaction(db, () => {
      if (recordedSchemaVersion(db) >= migration.version) return;
      ran = true;
      db.exec(CREATE_TABLE);
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        nowIso(),
      );
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
