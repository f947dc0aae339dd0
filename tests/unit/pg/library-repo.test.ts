import { describe, expect, test } from 'vitest';
import * as sqliteDocuments from '../../../src/main/core/repos/documents';
import * as sqliteLibrary from '../../../src/main/core/repos/library';
import { documents } from '../../../src/main/core/pg/repos/documents';
import { LATEST_PG_SCHEMA_VERSION } from '../../../src/main/core/pg/migrations/migrations';
import { library } from '../../../src/main/core/pg/repos/library';
import { libraryFilter, libraryPageRequest, LIBRARY_SORT_KEYS, type LibraryPageRequest } from '../../../src/shared/library-query';
import { corpus, writeBoth } from './corpus';
import { pgAvailable, repoHarness } from './repo-harness';

const harness = repoHarness();

const ids = (page: { rows: Array<{ document: { id: string } }> }) => page.rows.map((r) => r.document.id);

describe.skipIf(!pgAvailable)('PostgreSQL library repository', () => {
  test('every order, direction and filter answers the same pages, totals and cursors as SQLite', async () => {
    const { pool, db } = await harness.fresh();
    await writeBoth(db, pool, corpus(40));
    const filters: LibraryPageRequest[] = [
      {},
      { status: ['new', 'reviewed'] },
      { format: ['md'], updatedFrom: '2026-01-01T00:00:05.000Z', updatedBefore: '2026-01-01T00:00:15.000Z' },
      { status: [] },
      { query: 'whale' },
      { query: 'white wha', status: ['new'] },
      { query: '"the ship"' },
    ];
    for (const filter of filters) {
      for (const sort of LIBRARY_SORT_KEYS.filter((s) => s !== 'relevance')) {
        for (const direction of ['asc', 'desc'] as const) {
          const request = libraryPageRequest.parse({ ...filter, sort, direction, limit: 6 });
          let after: string | undefined;
          for (let page = 0; page < 10; page++) {
            const at = { ...request, after };
            const expected = sqliteLibrary.pageDocuments(db, at);
            expect(await library.pageDocuments(pool, at), `${JSON.stringify(filter)} ${sort} ${direction} page ${page}`).toEqual(expected);
            if (!expected.nextCursor) break;
            after = expected.nextCursor;
          }
          const offsetPage = { ...request, offset: 5 };
          expect(await library.pageDocuments(pool, offsetPage)).toEqual(sqliteLibrary.pageDocuments(db, offsetPage));
        }
      }
      const parsed = libraryFilter.parse(filter);
      expect(await library.countDocuments(pool, parsed)).toBe(sqliteLibrary.countDocuments(db, parsed));
      for (const afterSeq of [0, 7]) {
        expect(await library.selectionChunk(pool, parsed, afterSeq, 5)).toEqual(sqliteLibrary.selectionChunk(db, parsed, afterSeq, 5));
      }
    }
  }, 120_000); // ~700 page queries: 3 s on a quiet machine, 30 s with eight people's test runs

  test('titles sort as SQLite NOCASE: ASCII case folded, other letters by code point, ties by order of import', async () => {
    const { pool, db } = await harness.fresh();
    const titles = ['beta', 'Alpha', 'alpha', 'Émile', 'émile', 'Zed', '_under', 'ALPHA'];
    await writeBoth(
      db,
      pool,
      titles.map((title, i) => ({ ...corpus(1)[0], id: `t${i}`, title })),
    );
    for (const direction of ['asc', 'desc'] as const) {
      const request = libraryPageRequest.parse({ sort: 'title', direction });
      expect(ids(await library.pageDocuments(pool, request))).toEqual(ids(sqliteLibrary.pageDocuments(db, request)));
    }
    expect((await library.pageDocuments(pool, libraryPageRequest.parse({ sort: 'title', direction: 'asc' }))).rows.map((r) => r.document.title)).toEqual([
      '_under',
      'Alpha',
      'alpha',
      'ALPHA',
      'beta',
      'Zed',
      'Émile',
      'émile',
    ]);
  });

  test('a document deleted between pages neither skips nor repeats another', async () => {
    const { pool, db } = await harness.fresh();
    await writeBoth(db, pool, corpus(30));
    for (const sort of ['title', 'updated', 'status'] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      const deleted: string[] = [];
      for (let page = 0; page < 20; page++) {
        const answer = await library.pageDocuments(pool, libraryPageRequest.parse({ sort, limit: 4, after }));
        seen.push(...ids(answer));
        if (!answer.nextCursor) break;
        after = answer.nextCursor;
        // Delete the last row shown (the cursor's own row) and one not yet shown.
        const gone = [seen[seen.length - 1], (await library.pageDocuments(pool, libraryPageRequest.parse({ sort, limit: 1, after }))).rows[0]?.document.id];
        for (const id of gone) if (id && (await documents.deleteDocument(pool, id))) deleted.push(id);
        for (const id of gone) if (id) sqliteDocuments.deleteDocument(db, id);
      }
      expect(new Set(seen).size).toBe(seen.length);
      const remaining = (await pool.query<{ id: string }>('SELECT id FROM documents')).rows.map((r) => r.id);
      expect(deleted.length).toBeGreaterThan(4);
      expect(remaining.filter((id) => !seen.includes(id))).toEqual([]);
      expect(remaining.length + deleted.length).toBe(30);
      await pool.query('DELETE FROM documents');
      db.prepare('DELETE FROM documents').run();
      await writeBoth(db, pool, corpus(30));
    }
  });

  test('search: words ANDed, "phrases" in order, the last word as a prefix, case and accents folded', async () => {
    const { pool, db } = await harness.fresh();
    await writeBoth(db, pool, corpus(10));
    const cases: Array<[string, number]> = [
      ['whale', 6], // the last word is a prefix: whale, whaler
      ['"whale"', 4],
      ['WHITE whale', 4],
      ['whal', 6],
      ['whal ship', 0], // only the last word is a prefix
      ['"white whale"', 4],
      ['"whale white"', 0],
      ['zurich cafe', 2],
      ['RÉSUMÉ NAIVE', 2],
      ['harbin', 2],
      ['harbin coffee', 0],
      ['" * ( ) :', 0],
      ['harbin OR zurich', 0],
      ['title:harbin', 0],
      ['item\u0000white', 4],
      ["it's", 0],
      ['" unclosed whale', 0],
      ['" whale', 6],
    ];
    for (const [query, expected] of cases) {
      const filter = libraryFilter.parse({ query });
      expect(await library.countDocuments(pool, filter), query).toBe(expected);
      expect(await library.countDocuments(pool, filter), query).toBe(sqliteLibrary.countDocuments(db, filter));
      const pgHits = await library.rankedHits(pool, query, 50);
      const sqliteHits = sqliteLibrary.rankedHits(db, query, 50);
      expect(pgHits.map((h) => h.document.id).sort(), query).toEqual(sqliteHits.map((h) => h.document.id).sort());
      expect(new Map(pgHits.map((h) => [h.document.id, h.snippet])), query).toEqual(new Map(sqliteHits.map((h) => [h.document.id, h.snippet])));
    }
  });

  test('search folds the case of every script, as SQLite does', async () => {
    const { pool, db } = await harness.fresh();
    const texts = ['Жук и ЁЛКА в Москве', 'ΑΘΗΝΑ: Ο ΔΗΜΟΣ', 'Straße in WIEN'];
    await writeBoth(
      db,
      pool,
      texts.map((text, i) => ({ ...corpus(1)[0], id: `s${i}`, text })),
    );
    for (const query of ['жук', 'ёлка москве', 'αθηνα', 'ο δημ', 'wien', 'in WIEN']) {
      const filter = libraryFilter.parse({ query });
      expect(await library.countDocuments(pool, filter), query).toBe(sqliteLibrary.countDocuments(db, filter));
    }
    expect(await library.countDocuments(pool, libraryFilter.parse({ query: 'жук' }))).toBe(1);
  });

  test('relevance: a title hit ranks above text hits, ranks fall, and relevance pages walk every hit once', async () => {
    const { pool, db } = await harness.fresh();
    await writeBoth(db, pool, corpus(40));
    const hits = await library.rankedHits(pool, 'whale', 100);
    expect(hits.length).toBe(sqliteLibrary.rankedHits(db, 'whale', 100).length);
    const titled = hits.filter((h) => /whale/i.test(h.document.title));
    expect(hits.slice(0, titled.length)).toEqual(titled);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].rank).toBeGreaterThanOrEqual(hits[i].rank);
    expect(hits[0].rank).toBeGreaterThan(hits[hits.length - 1].rank);
    const walked: string[] = [];
    let after: string | undefined;
    do {
      const page = await library.pageDocuments(pool, libraryPageRequest.parse({ query: 'whale', sort: 'relevance', limit: 7, after }));
      walked.push(...ids(page));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(walked).toEqual(hits.map((h) => h.document.id));
    const ascending = await library.pageDocuments(pool, libraryPageRequest.parse({ query: 'whale', sort: 'relevance', direction: 'asc', limit: 100 }));
    expect(ids(ascending).slice(-titled.length).sort()).toEqual(titled.map((h) => h.document.id).sort());
  });

  test('a word in more than 5,000 documents: title hits first, then the rest newest first, as on SQLite', async () => {
    const { pool, db } = await harness.fresh();
    const docs = Array.from({ length: 5200 }, (_, i) => ({
      ...corpus(1)[0],
      id: `w${String(i).padStart(4, '0')}`,
      title: i % 1000 === 7 ? `Whale sighting ${i}` : `Report ${i}`,
      text: i % 50 === 3 ? 'Nothing to see.' : `Report ${i}: a whale was seen.`,
    }));
    db.transaction(() => docs.forEach((doc) => sqliteDocuments.insertDocument(db, doc)))();
    await pool.query(
      `INSERT INTO documents (id, title, source, format, text, text_length, imported_text, status, created_at, updated_at)
       SELECT id, title, 's', 'txt', text, length(text), text, 'new', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u(id, title, text, n) ORDER BY n`,
      [docs.map((d) => d.id), docs.map((d) => d.title), docs.map((d) => d.text)],
    );
    const request = libraryPageRequest.parse({ query: '"whale"', sort: 'relevance', limit: 100 });
    const first = await library.pageDocuments(pool, request);
    const expected = sqliteLibrary.pageDocuments(db, request);
    expect(first.total).toBe(5096);
    expect(first.total).toBe(expected.total);
    expect(ids(first).slice(0, 6).sort()).toEqual(['w0007', 'w1007', 'w2007', 'w3007', 'w4007', 'w5007']);
    expect(ids(first).slice(0, 6).sort()).toEqual(ids(expected).slice(0, 6).sort());
    expect(ids(first).slice(6)).toEqual(ids(expected).slice(6));
    expect(ids(first)[6]).toBe('w5199');
    const later = { ...request, after: expected.nextCursor! };
    expect(ids(await library.pageDocuments(pool, later))).toEqual(ids(sqliteLibrary.pageDocuments(db, later)));
    const hits = await library.rankedHits(pool, '"whale"', 8);
    expect(hits.map((h) => h.rank > 0)).toEqual([true, true, true, true, true, true, false, false]);
  });

  test('a stale cursor gets a sentence; a query of many phrases and symbols is searched, never an error', async () => {
    const { pool } = await harness.fresh();
    await expect(library.pageDocuments(pool, libraryPageRequest.parse({ after: 'not-a-cursor' }))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'That page position is no longer valid; reload the list.',
    });
    const huge = Array.from({ length: 40 }, (_, i) => `"w${i} x${i}"`).join(' ');
    expect(await library.countDocuments(pool, libraryFilter.parse({ query: huge }))).toBe(0);
    expect(await library.rankedHits(pool, `!:*&|<-> '\\' ${huge}`, 10)).toEqual([]);
    expect(await library.schemaVersion(pool)).toBe(LATEST_PG_SCHEMA_VERSION);
  });
});
