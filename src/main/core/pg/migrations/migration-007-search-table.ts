/**
 * PostgreSQL migration 7: a document's search vectors move out of `documents` into a table of their
 * own, `document_search` (seq, search, phrase_pairs, title_search), written only when a document is
 * inserted or its title or text changes.
 *
 * Every annotation or claim write updates its document's row (status, change time), and since
 * `updated_at` is indexed that update is never HOT: each one added a new entry to every index of
 * the row — the GIN indexes of the whole text's words (`documents_search`), of its word pairs
 * (migration 6) and of the title's words included. Those entries go to the GIN pending lists, whose
 * cleanup stalled a write now and then (a 6,000-character document updated 2,000 times: p95 9.9 ms,
 * max 256 ms, against 3.5 / 17 ms without the indexes). Here the row of `documents` carries only
 * b-tree indexes, and the vectors are rewritten by a trigger on `documents` when the title or text
 * actually changed (an insert, a rename, a text edit).
 *
 * The vectors are the ones migrations 1 and 6 made (copydesk_search_vector, copydesk_phrase_pairs,
 * the title alone as TITLE_VECTOR_SQL), so every search answers as before; copydesk_search_hits and
 * copydesk_pair_hits read the new table. Moving an existing library copies the stored vectors
 * (nothing is recomputed but the titles' vectors) and builds the three indexes once.
 */
import type { Queryable } from '../types';

export async function up(q: Queryable): Promise<void> {
  await q.query(`
    CREATE TABLE IF NOT EXISTS document_search (
      seq bigint PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
      -- The title ('A') and text ('B') as copydesk_search_vector makes them (migration 1).
      search tsvector NOT NULL,
      -- Pairs of consecutive words of search (copydesk_phrase_pairs, migration 6).
      phrase_pairs tsvector NOT NULL,
      -- The title alone, unweighted (TITLE_VECTOR_SQL of migration 1).
      title_search tsvector NOT NULL
    );

    CREATE OR REPLACE FUNCTION copydesk_index_document() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    DECLARE
      v tsvector := copydesk_search_vector(NEW.title, NEW.text);
    BEGIN
      INSERT INTO document_search (seq, search, phrase_pairs, title_search)
      VALUES (NEW.seq, v, copydesk_phrase_pairs(v), to_tsvector('copydesk', left(NEW.title, 10000)))
      ON CONFLICT (seq) DO UPDATE
        SET search = excluded.search, phrase_pairs = excluded.phrase_pairs, title_search = excluded.title_search;
      RETURN NULL;
    END $$;
    DROP TRIGGER IF EXISTS documents_index_search_insert ON documents;
    CREATE TRIGGER documents_index_search_insert AFTER INSERT ON documents
      FOR EACH ROW EXECUTE FUNCTION copydesk_index_document();
    -- Only a title or text that changed: a write naming them with the same value costs nothing.
    DROP TRIGGER IF EXISTS documents_index_search_update ON documents;
    CREATE TRIGGER documents_index_search_update AFTER UPDATE OF title, text ON documents
      FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.text IS DISTINCT FROM NEW.text)
      EXECUTE FUNCTION copydesk_index_document();

    -- An existing library: its stored vectors move as they are (migration 6 filled phrase_pairs).
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = 'documents' AND column_name = 'search') THEN
        INSERT INTO document_search (seq, search, phrase_pairs, title_search)
          SELECT seq, search, coalesce(phrase_pairs, copydesk_phrase_pairs(search)), to_tsvector('copydesk', left(title, 10000))
          FROM documents
        ON CONFLICT (seq) DO NOTHING;
      END IF;
    END $$;

    DROP TRIGGER IF EXISTS documents_phrase_pairs ON documents;
    DROP FUNCTION IF EXISTS copydesk_fill_phrase_pairs();
    DROP INDEX IF EXISTS documents_search;
    DROP INDEX IF EXISTS documents_title_search;
    DROP INDEX IF EXISTS documents_by_phrase_pairs;
    ALTER TABLE documents DROP COLUMN IF EXISTS phrase_pairs, DROP COLUMN IF EXISTS search;

    CREATE INDEX IF NOT EXISTS document_search_words ON document_search USING gin (search);
    CREATE INDEX IF NOT EXISTS document_search_pairs ON document_search USING gin (phrase_pairs);
    CREATE INDEX IF NOT EXISTS document_search_title_words ON document_search USING gin (title_search);

    -- As in migrations 1 and 6, from the index alone (no sequential scan reading every vector).
    CREATE OR REPLACE FUNCTION copydesk_search_hits(q tsquery) RETURNS SETOF bigint
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 10000 SET enable_seqscan = off SET search_path FROM CURRENT
    AS $$ SELECT seq FROM document_search WHERE search @@ q $$;
    CREATE OR REPLACE FUNCTION copydesk_pair_hits(p tsquery) RETURNS SETOF bigint
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 10000 SET enable_seqscan = off SET search_path FROM CURRENT
    AS $$ SELECT seq FROM document_search WHERE phrase_pairs @@ p $$;

    ANALYZE document_search;
  `);
}
