/**
 * PostgreSQL migration 1: the whole schema of a SQLite library at version 7 (db/migration-001 … 007
 * and the library indexes), with the same table and column names, so the PostgreSQL repositories
 * (pg/repos) say the same things as the SQLite ones in PostgreSQL's dialect.
 *
 * Mapping choices (the PostgreSQL store's README):
 * - Timestamps stay `text` holding ISO 8601 strings with milliseconds (`nowIso()`), as in SQLite:
 *   they round-trip byte for byte, compare and sort as strings, and a handler test that expects
 *   "2026-01-02T03:04:05.678Z" gets exactly that on both stores.
 * - Every text column is `COLLATE "C"` (byte order, like SQLite's BINARY), whatever locale the
 *   database was created with, so ORDER BY gives the same order on both stores. SQLite's
 *   `COLLATE NOCASE` (ASCII-only folding) is `lower(x)` on such a column: lower() under "C" folds
 *   ASCII only, exactly like NOCASE.
 * - `documents.seq` and `events.id` are `bigint` identities; the store's pool parses int8 (and so
 *   COUNT(*)) into a JS number, as better-sqlite3 answers. `annotations.orphaned` is a boolean.
 * - `annotations.seq`, `claims.seq` and `claim_sources.seq` stand for SQLite's implicit rowid: the
 *   order rows were stored in, which the SQLite repositories use to break ties (the claims desk by
 *   age, status and last change; a claim's sources). An upsert keeps a row's seq, as it keeps a rowid.
 * - JSON columns (`attrs`, `checklist`, `data`) are `jsonb`: node-postgres hands back the parsed
 *   value. jsonb does not keep an object's key order (objects compare equal, their text may differ).
 * - `documents.original` is `bytea`. PostgreSQL text cannot hold U+0000; the import pipeline never
 *   stores one (it normalises control characters), and a write that tries fails with a sentence.
 * - Full-text search: `documents.search` is a generated tsvector, title weighted 'A' above text 'B',
 *   in the `copydesk` configuration (`simple` + `unaccent`: case and diacritics folded, no stemming —
 *   SQLite's `unicode61 remove_diacritics 2`), with a GIN index. Query it with
 *   `websearch_to_tsquery('copydesk', …)` or `to_tsquery('copydesk', 'word:*')` for prefixes.
 *   A tsvector holds at most 1 MB: `copydesk_search_vector` indexes the whole text when it fits and
 *   otherwise the longest prefix it can (halving), so a huge document (2 MB of distinct words) is
 *   stored whole and found by the words of its first part, instead of failing to import.
 * - Indexes that hold user text (titles, sources, quotes) index at most their first 255 characters:
 *   a b-tree entry must stay under ~2.7 kB and a 1,000-character title in a non-Latin script is
 *   more. Sort by `TITLE_ORDER_SQL`/`SOURCE_ORDER_SQL` (prefix, then the whole value: the same
 *   order as `lower(title)`) so the planner walks the index.
 * - `suggestion_rejections` is unique on (document, kind, label, range, md5(quote)) — SQLite's
 *   primary key, with the quote hashed for the same size reason; `INSERT … ON CONFLICT DO NOTHING`
 *   is SQLite's `INSERT OR IGNORE`.
 * - `events` is append-only: triggers refuse UPDATE, DELETE and TRUNCATE with SQLite's sentences.
 * - `library_state` holds one row: `change_counter`, bumped by every write transaction of the store
 *   (what the views poll, across servers). Write transactions are serialised by an advisory lock.
 */
import { ANNOTATION_KINDS, ANNOTATION_ORIGINS, CLAIM_STATUSES, DEFAULT_LABELS, DOCUMENT_STATUSES } from '../../../../shared/types';
import { CLAIM_STATUS_ORDER_SQL } from '../../db/migration-library-indexes';
import { newId } from '../../db/sql';
import type { Queryable } from '../types';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** How many characters of a title or source the sort indexes hold. */
const SORT_PREFIX = 255;
/** The library's title order, as SQLite's `title COLLATE NOCASE` (with `d.` as the documents alias). */
export const TITLE_ORDER_SQL = `lower(left(d.title, ${SORT_PREFIX})), lower(d.title)`;
/** The library's source order, as SQLite's `source COLLATE NOCASE`. */
export const SOURCE_ORDER_SQL = `lower(left(d.source, ${SORT_PREFIX})), lower(d.source)`;
/** The document status order (SQLite's `documents_by_status_order` expression). */
export const DOCUMENT_STATUS_ORDER_SQL = `(CASE status WHEN 'new' THEN 0 WHEN 'in_review' THEN 1 ELSE 2 END)`;
/** The text-search configuration every search query must name. */
export const SEARCH_CONFIG = 'copydesk';
/**
 * A document's title alone as the search indexes it (the 'A' part of `search`), with its own GIN
 * index: which hits have the words in their title, found without reading every hit's whole vector
 * (pg/repos/library.ts ranks a very common word's title hits first).
 */
export const TITLE_VECTOR_SQL = `to_tsvector('${SEARCH_CONFIG}', left(d.title, 10000))`;

const CARRIED = 'status, format, updated_at';
const T = 'text COLLATE "C"';

const SCHEMA = `
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG} (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG}
  ALTER MAPPING FOR word, hword, hword_part, asciiword, asciihword, hword_asciipart WITH unaccent, simple;

-- The search vector of a document: the whole text when it fits in a tsvector (1 MB), else the
-- longest prefix that does (halving), so no document fails to store because it is huge.
CREATE FUNCTION copydesk_search_vector(title text, body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS $$
DECLARE
  head tsvector := setweight(to_tsvector('${SEARCH_CONFIG}', left(title, 10000)), 'A');
  len integer := length(body);
BEGIN
  LOOP
    BEGIN
      RETURN head || setweight(to_tsvector('${SEARCH_CONFIG}', left(body, len)), 'B');
    EXCEPTION WHEN program_limit_exceeded THEN
      len := len / 2;
    END;
  END LOOP;
END $$;

CREATE TABLE documents (
  seq bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  id ${T} NOT NULL UNIQUE,
  title ${T} NOT NULL,
  source ${T} NOT NULL DEFAULT '',
  format ${T} NOT NULL,
  language ${T},
  text ${T} NOT NULL,
  text_length integer NOT NULL,
  imported_text ${T} NOT NULL,
  original bytea,
  status ${T} NOT NULL DEFAULT 'new' CHECK (status IN (${list(DOCUMENT_STATUSES)})),
  revision integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at ${T} NOT NULL,
  updated_at ${T} NOT NULL,
  imported_sha256 ${T},
  search tsvector GENERATED ALWAYS AS (copydesk_search_vector(title, text)) STORED
);
CREATE INDEX documents_by_imported_sha256 ON documents(imported_sha256);
CREATE INDEX documents_search ON documents USING gin (search);
CREATE INDEX documents_title_search ON documents USING gin ((${TITLE_VECTOR_SQL.replace(/d\./g, '')}));
-- The seqs of the documents whose search vector matches q, always through documents_search: what
-- the library counts. The planner prices reading a hit's vector (TOASTed, ~8 kB) like any cheap
-- filter and picks a sequential scan for a common word: 5 s to count 90,000 hits of 100,000, where
-- the GIN bitmap answers in a twentieth of that without reading one vector (a phrase still reads
-- its candidates').
CREATE FUNCTION copydesk_search_hits(q tsquery) RETURNS SETOF bigint
LANGUAGE sql STABLE PARALLEL SAFE ROWS 10000 SET enable_seqscan = off SET search_path FROM CURRENT
AS $$ SELECT seq FROM documents WHERE search @@ q $$;
CREATE INDEX documents_by_updated ON documents(updated_at, ${CARRIED});
CREATE INDEX documents_by_created ON documents(created_at, ${CARRIED});
CREATE INDEX documents_by_title ON documents(${TITLE_ORDER_SQL.replace(/d\./g, '')}, ${CARRIED});
CREATE INDEX documents_by_source ON documents(${SOURCE_ORDER_SQL.replace(/d\./g, '')}, ${CARRIED});
CREATE INDEX documents_by_status_order ON documents(${DOCUMENT_STATUS_ORDER_SQL}, ${CARRIED});
CREATE INDEX documents_by_status ON documents(status, updated_at, format);
CREATE INDEX documents_by_format ON documents(format, ${CARRIED});
CREATE INDEX documents_by_length ON documents(text_length, ${CARRIED});

CREATE TABLE annotations (
  id ${T} PRIMARY KEY,
  document_id ${T} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind ${T} NOT NULL CHECK (kind IN (${list(ANNOTATION_KINDS)})),
  label ${T},
  start_offset integer NOT NULL CHECK (start_offset >= 0),
  end_offset integer NOT NULL CHECK (end_offset >= start_offset),
  quote ${T} NOT NULL,
  prefix ${T} NOT NULL DEFAULT '',
  suffix ${T} NOT NULL DEFAULT '',
  attrs jsonb NOT NULL DEFAULT '{}',
  origin ${T} NOT NULL DEFAULT 'manual' CHECK (origin IN (${list(ANNOTATION_ORIGINS)})),
  orphaned boolean NOT NULL DEFAULT false,
  created_by ${T} NOT NULL,
  created_at ${T} NOT NULL,
  updated_at ${T} NOT NULL,
  seq bigint GENERATED BY DEFAULT AS IDENTITY
);
CREATE INDEX annotations_by_document ON annotations(document_id, start_offset);
CREATE INDEX annotations_by_label ON annotations(label) WHERE label IS NOT NULL;
CREATE INDEX annotations_by_created ON annotations(created_at, seq);

CREATE TABLE claims (
  annotation_id ${T} PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
  status ${T} NOT NULL DEFAULT 'unverified' CHECK (status IN (${list(CLAIM_STATUSES)})),
  verdict ${T} NOT NULL DEFAULT '',
  assignee ${T},
  checklist jsonb NOT NULL DEFAULT '{}',
  updated_at ${T} NOT NULL,
  verdict_by ${T},
  seq bigint GENERATED BY DEFAULT AS IDENTITY
);
CREATE INDEX claims_by_status ON claims(status);
CREATE INDEX claims_by_updated ON claims(updated_at, seq, status);
CREATE INDEX claims_by_status_order ON claims(${CLAIM_STATUS_ORDER_SQL}, seq);

CREATE TABLE claim_sources (
  id ${T} PRIMARY KEY,
  annotation_id ${T} NOT NULL REFERENCES claims(annotation_id) ON DELETE CASCADE,
  url ${T} NOT NULL,
  title ${T} NOT NULL DEFAULT '',
  quote ${T} NOT NULL DEFAULT '',
  note ${T} NOT NULL DEFAULT '',
  consulted_at ${T},
  created_at ${T} NOT NULL,
  seq bigint GENERATED BY DEFAULT AS IDENTITY
);
CREATE INDEX claim_sources_by_claim ON claim_sources(annotation_id, created_at, seq);

CREATE TABLE labels (
  id ${T} PRIMARY KEY,
  name ${T} NOT NULL,
  kind ${T} NOT NULL DEFAULT 'entity' CHECK (kind IN ('entity')),
  color ${T} NOT NULL,
  hotkey ${T} UNIQUE,
  position integer NOT NULL
);
-- SQLite's "name UNIQUE COLLATE NOCASE".
CREATE UNIQUE INDEX labels_by_name ON labels(lower(name));

CREATE TABLE events (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at ${T} NOT NULL,
  actor ${T} NOT NULL,
  action ${T} NOT NULL,
  document_id ${T},
  annotation_id ${T},
  data jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX events_by_document ON events(document_id, id);
CREATE INDEX events_by_annotation ON events(annotation_id, id);
CREATE FUNCTION copydesk_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'The audit log is append-only: its events cannot be changed.' USING ERRCODE = 'restrict_violation';
  END IF;
  RAISE EXCEPTION 'The audit log is append-only: its events cannot be deleted.' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION copydesk_events_append_only();
CREATE TRIGGER events_no_delete BEFORE DELETE ON events FOR EACH ROW EXECUTE FUNCTION copydesk_events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION copydesk_events_append_only();

CREATE TABLE settings (
  key ${T} PRIMARY KEY,
  value ${T} NOT NULL
);

CREATE TABLE suggestion_rejections (
  document_id ${T} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind ${T} NOT NULL,
  label ${T} NOT NULL DEFAULT '',
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  quote ${T} NOT NULL,
  rejected_at ${T} NOT NULL
);
CREATE UNIQUE INDEX suggestion_rejections_key ON suggestion_rejections(document_id, kind, label, start_offset, end_offset, md5(quote));
CREATE INDEX suggestion_rejections_by_quote ON suggestion_rejections(kind, label, left(quote, ${SORT_PREFIX}));

CREATE TABLE library_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  change_counter bigint NOT NULL DEFAULT 0
);
INSERT INTO library_state (singleton, change_counter) VALUES (true, 0);
`;

/** Creates every table, index, trigger and the search configuration, and seeds the default labels. */
export async function up(q: Queryable): Promise<void> {
  await q.query(SCHEMA);
  for (const [position, label] of DEFAULT_LABELS.entries()) {
    await q.query('INSERT INTO labels (id, name, kind, color, hotkey, position) VALUES ($1, $2, $3, $4, $5, $6)', [
      newId(),
      label.name,
      'entity',
      label.color,
      label.hotkey,
      position,
    ]);
  }
}
