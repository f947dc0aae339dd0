/**
 * Migration 1: the initial Copydesk schema.
 *
 * Design notes:
 * - Every ordinary table is STRICT; JSON columns are TEXT checked with json_valid().
 * - `documents` carries an INTEGER PRIMARY KEY `seq` besides its UUID `id`: the FTS5 index is an
 *   external-content table keyed by rowid, and only an INTEGER PRIMARY KEY rowid survives VACUUM.
 *   Everything else refers to documents by `id` (UNIQUE). `text_length` is the text's length in
 *   UTF-16 code units (SQLite's length() counts code points), so the library list never loads texts.
 * - `events` is the append-only audit log: triggers abort any UPDATE or DELETE, and it has no
 *   foreign keys, so its history outlives the documents and annotations it describes.
 */
import type Database from 'better-sqlite3';
import { ANNOTATION_KINDS, ANNOTATION_ORIGINS, CLAIM_STATUSES, DEFAULT_LABELS, DOCUMENT_STATUSES } from '../../../shared/types';
import { newId } from './sql';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

const SCHEMA = `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL,
  language TEXT,
  text TEXT NOT NULL,
  text_length INTEGER NOT NULL,
  imported_text TEXT NOT NULL,
  original BLOB,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN (${list(DOCUMENT_STATUSES)})),
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE annotations (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN (${list(ANNOTATION_KINDS)})),
  label TEXT,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
  quote TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  attrs TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attrs)),
  origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN (${list(ANNOTATION_ORIGINS)})),
  orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX annotations_by_document ON annotations(document_id, start_offset);
CREATE INDEX annotations_by_label ON annotations(label) WHERE label IS NOT NULL;

CREATE TABLE claims (
  annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'unverified' CHECK (status IN (${list(CLAIM_STATUSES)})),
  verdict TEXT NOT NULL DEFAULT '',
  assignee TEXT,
  checklist TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(checklist)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX claims_by_status ON claims(status);

CREATE TABLE claim_sources (
  id TEXT PRIMARY KEY,
  annotation_id TEXT NOT NULL REFERENCES claims(annotation_id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  quote TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  consulted_at TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX claim_sources_by_claim ON claim_sources(annotation_id, created_at);

CREATE TABLE labels (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind TEXT NOT NULL DEFAULT 'entity' CHECK (kind IN ('entity')),
  color TEXT NOT NULL,
  hotkey TEXT UNIQUE,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  document_id TEXT,
  annotation_id TEXT,
  data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data))
) STRICT;
CREATE INDEX events_by_document ON events(document_id, id);
CREATE INDEX events_by_annotation ON events(annotation_id, id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: its events cannot be changed.'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: its events cannot be deleted.'); END;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content='documents', content_rowid='seq',
  tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
`;

/** Creates every table, index and trigger, and seeds the default entity labels. */
export function up(db: Database.Database): void {
  db.exec(SCHEMA);
  const insert = db.prepare('INSERT INTO labels (id, name, kind, color, hotkey, position) VALUES (?, ?, ?, ?, ?, ?)');
  DEFAULT_LABELS.forEach((label, position) => insert.run(newId(), label.name, 'entity', label.color, label.hotkey, position));
}
