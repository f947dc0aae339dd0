/**
 * PostgreSQL migration 6: a GIN index of each document's pairs of consecutive words, so a phrase
 * search is answered from an index instead of by reading every candidate's vector.
 *
 * GIN keeps no word positions: for "white whale" the `documents_search` index can only name the
 * documents holding both words (43,000 of 100,000 in the bench library), and PostgreSQL then reads
 * and decompresses each one's TOASTed tsvector to check the words are adjacent — about a second, more
 * on a loaded machine. `copydesk_phrase_pairs(search)` is the set of "word next-word" lexemes of a
 * vector (from the same positions the phrase operator `<->` tests), indexed here
 * (documents_by_phrase_pairs): a two-word phrase is then exactly one lookup, and a longer one is
 * narrowed to the documents holding all its pairs before the positions are checked
 * (pg/repos/search-query.ts, library.ts).
 *
 * The pairs are kept in a column, `phrase_pairs`, which a trigger fills when a document is inserted
 * or its title or text is written — not on the many writes that only touch its status or change time
 * (annotations, claims), which would otherwise recompute them for the index (30 ms for a text of
 * 100,000 characters) at each write. They come from the same vector as `search`, so they share its
 * limits (migration 1): a text beyond 1 MB of vector is indexed only at its start, positions stop at
 * 16,383 and a word keeps its first 256 positions; a phrase past those is not found, as before.
 * Filling the column and the index reads every document once (minutes for 100,000 news pieces);
 * each insert computes its pairs (~1 ms for a news piece).
 */
import type { Queryable } from '../types';

export async function up(q: Queryable): Promise<void> {
  await q.query(`
    CREATE OR REPLACE FUNCTION copydesk_phrase_pairs(v tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      WITH w AS (SELECT u.lexeme, p FROM unnest(v) AS u, unnest(u.positions) AS p)
      SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), ''::tsvector)
      FROM w AS a JOIN w AS b ON b.p = a.p + 1
    $$;
    ALTER TABLE documents ADD COLUMN IF NOT EXISTS phrase_pairs tsvector;
    -- A BEFORE trigger runs before the generated search column is computed: the pairs start from the same vector.
    CREATE OR REPLACE FUNCTION copydesk_fill_phrase_pairs() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
      NEW.phrase_pairs := copydesk_phrase_pairs(copydesk_search_vector(NEW.title, NEW.text));
      RETURN NEW;
    END $$;
    DROP TRIGGER IF EXISTS documents_phrase_pairs ON documents;
    CREATE TRIGGER documents_phrase_pairs BEFORE INSERT OR UPDATE OF title, text ON documents
      FOR EACH ROW EXECUTE FUNCTION copydesk_fill_phrase_pairs();
    -- The expression index of a draft of this migration would recompute every row's pairs below.
    DROP INDEX IF EXISTS documents_phrase_pairs;
    UPDATE documents SET phrase_pairs = copydesk_phrase_pairs(search) WHERE phrase_pairs IS NULL;
    CREATE INDEX IF NOT EXISTS documents_by_phrase_pairs ON documents USING gin (phrase_pairs);
    -- The seqs of the documents holding every pair of p, from the index alone (as copydesk_search_hits).
    CREATE OR REPLACE FUNCTION copydesk_pair_hits(p tsquery) RETURNS SETOF bigint
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 10000 SET enable_seqscan = off SET search_path FROM CURRENT
    AS $$ SELECT seq FROM documents WHERE phrase_pairs @@ p $$;
  `);
}
