/**
 * Phrase searches on PostgreSQL go through the index of consecutive word pairs (migration 6): a
 * two-word phrase from that index alone, a longer one narrowed by it and then checked word by word.
 * Whatever the shape, the counts, pages and selections are SQLite's on the same library.
 */
import { describe, expect, test } from 'vitest';
import * as sqliteLibrary from '../../../src/main/core/repos/library';
import { documents } from '../../../src/main/core/pg/repos/documents';
import { library } from '../../../src/main/core/pg/repos/library';
import { parseSearch } from '../../../src/main/core/pg/repos/search-query';
import { libraryFilter, libraryPageRequest } from '../../../src/shared/library-query';
import { corpus, writeBoth } from './corpus';
import { pgAvailable, repoHarness } from './repo-harness';

const harness = repoHarness();

const TEXTS = [
  'The white whale rose. A whale, white as snow, sank.',
  'White whale white whale: the cry went round the deck.',
  'On the quarter-deck Ahab nailed the doubloon to the mast.',
  'The quarter deck was swept; a white sail, then the whale.',
  'Call me Ishmael. Some years ago, never mind how long precisely.',
  'It’s the white whale that Ahab hunts, the white whale of the sea.',
];

/** Twenty-four documents over the texts above (statuses and formats in turn, as corpus() makes them). */
function library24() {
  return corpus(24).map((doc, i) => ({ ...doc, text: `${TEXTS[i % TEXTS.length]} Number ${i}.` }));
}

const QUERIES = [
  '"white whale"', // two words: the pairs index alone
  '"whale white"',
  '"white whale white whale"', // four words, a pair repeated
  '"the white whale that"',
  '"quarter deck"',
  '"white whale" ahab', // a phrase and a word
  '"white whale" aha', // and a prefix
  '"white whale" "quarter deck"',
  '"call me ishmael" "years ago"',
  '"white sail" whale',
  '"snow sank"', // across a full stop: the stores ignore punctuation
  '"ahab hunts whale"', // all words present, not in that order
];

describe.skipIf(!pgAvailable)('PostgreSQL phrase search through the pairs index', () => {
  test('counts, ranked hits, sorted pages and selections equal SQLite for every phrase shape', async () => {
    const { pool, db } = await harness.fresh();
    await writeBoth(db, pool, library24());
    for (const query of QUERIES) {
      const filter = libraryFilter.parse({ query });
      const expected = sqliteLibrary.countDocuments(db, filter);
      expect(await library.countDocuments(pool, filter), query).toBe(expected);
      const inReview = libraryFilter.parse({ query, status: ['in_review'] });
      expect(await library.countDocuments(pool, inReview), `${query} in review`).toBe(sqliteLibrary.countDocuments(db, inReview));
      const hits = await library.rankedHits(pool, query, 50);
      expect(hits.map((h) => h.document.id).sort(), query).toEqual(sqliteLibrary.rankedHits(db, query, 50).map((h) => h.document.id).sort());
      for (const sort of ['updated', 'title'] as const) {
        const request = libraryPageRequest.parse({ query, sort, limit: 5 });
        expect(await library.pageDocuments(pool, request), `${query} by ${sort}`).toEqual(sqliteLibrary.pageDocuments(db, request));
      }
      expect(await library.selectionChunk(pool, filter, 3, 50), query).toEqual(sqliteLibrary.selectionChunk(db, filter, 3, 50));
    }
    // The cases are not vacuous: phrases that match, and ones whose words are all there but not in order.
    expect(sqliteLibrary.countDocuments(db, libraryFilter.parse({ query: '"white whale"' }))).toBe(12);
    expect(sqliteLibrary.countDocuments(db, libraryFilter.parse({ query: '"ahab hunts whale"' }))).toBe(0);
  });

  test('a two-word phrase is answered by the pairs alone; a longer one keeps its positions checked', async () => {
    const { pool } = await harness.fresh();
    expect(await parseSearch(pool, '"white whale"')).toMatchObject({ pairs: "'white whale'", rest: '' });
    expect(await parseSearch(pool, '"the white whale" aha')).toMatchObject({
      pairs: "'the white' & 'white whale'",
      rest: "('the' <-> 'white' <-> 'whale') & ('aha':*)",
    });
    expect(await parseSearch(pool, 'white whale')).toMatchObject({ pairs: '', rest: "('white') & ('whale':*)" });
  });

  test('a document added, changed or deleted is found by its phrases at once', async () => {
    const { pool, db } = await harness.fresh();
    await writeBoth(db, pool, library24().slice(0, 6));
    const count = async (query: string) => library.countDocuments(pool, libraryFilter.parse({ query }));
    expect(await count('"golden doubloon"')).toBe(0);
    await documents.insertDocument(pool, { ...library24()[0], id: 'new-one', text: 'A golden doubloon, nailed high.' });
    expect(await count('"golden doubloon"')).toBe(1);
    await pool.query("UPDATE documents SET text = 'A silver doubloon.' WHERE id = 'new-one'");
    expect(await count('"golden doubloon"')).toBe(0);
    expect(await count('"silver doubloon"')).toBe(1);
    await documents.deleteDocument(pool, 'new-one');
    expect(await count('"silver doubloon"')).toBe(0);
  });

  test('the vectors are computed when the title or text is written, not on a write that only changes the status', async () => {
    const { pool, db } = await harness.fresh();
    await writeBoth(db, pool, library24().slice(0, 1));
    const vectors = async () =>
      (
        await pool.query<{ p: string; w: string; t: string }>(
          `SELECT s.phrase_pairs::text AS p, s.search::text AS w, s.title_search::text AS t
           FROM document_search s JOIN documents d ON d.seq = s.seq WHERE d.id = 'doc-000'`,
        )
      ).rows[0];
    expect((await vectors()).p).toContain("'white whale'");
    // Markers the trigger would overwrite: a status change (or a title written unchanged) leaves them, a text or title change does not.
    await pool.query("UPDATE document_search SET phrase_pairs = 'marker', search = 'marker', title_search = 'marker'");
    await pool.query("UPDATE documents SET status = 'reviewed', updated_at = '2026-02-01T00:00:00.000Z' WHERE id = 'doc-000'");
    await pool.query("UPDATE documents SET title = title WHERE id = 'doc-000'");
    expect(await vectors()).toEqual({ p: "'marker'", w: "'marker'", t: "'marker'" });
    await pool.query("UPDATE documents SET title = 'The golden doubloon' WHERE id = 'doc-000'");
    const after = await vectors();
    expect(after.p).toContain("'golden doubloon'");
    expect(after.t).toBe("'doubloon':3 'golden':2 'the':1");
    expect(after.w).toContain("'whale'");
  });
});
