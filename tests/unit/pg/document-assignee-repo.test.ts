/** The assignee filter and order on PostgreSQL answer the pages, totals and cursors SQLite does. */
import { describe, expect, test } from 'vitest';
import * as sqliteDocuments from '../../../src/main/core/repos/documents';
import * as sqliteLibrary from '../../../src/main/core/repos/library';
import { documents } from '../../../src/main/core/pg/repos/documents';
import { library } from '../../../src/main/core/pg/repos/library';
import { libraryFilter, libraryPageRequest, LIBRARY_SORT_KEYS, type LibraryPageRequest } from '../../../src/shared/library-query';
import { corpus, writeBoth } from './corpus';
import { pgAvailable, repoHarness } from './repo-harness';

const harness = repoHarness();

/** Names that sort differently with and without ASCII case folding, and by code point beyond ASCII. */
const PEOPLE = ['mei Chen', 'Ana Ruiz', 'ana ruiz', 'Émile Zola', 'Zed', null];

describe.skipIf(!pgAvailable)('documents by assignee on both stores', () => {
  test('the assignee filter, "nobody" and the Assigned order page and count as on SQLite', async () => {
    const { pool, db } = await harness.fresh();
    const docs = corpus(36);
    await writeBoth(db, pool, docs);
    for (const [i, doc] of docs.entries()) {
      const assignee = PEOPLE[i % PEOPLE.length];
      sqliteDocuments.setDocumentAssignee(db, doc.id, assignee, doc.createdAt);
      await documents.setDocumentAssignee(pool, doc.id, assignee, doc.createdAt);
    }
    const filters: LibraryPageRequest[] = [{ assignee: 'Ana Ruiz' }, { assignee: null }, { assignee: 'mei Chen', status: ['new'] }, { assignee: 'Zed', query: 'whale' }, {}];
    for (const filter of filters) {
      for (const sort of LIBRARY_SORT_KEYS.filter((s) => s !== 'relevance')) {
        for (const direction of ['asc', 'desc'] as const) {
          let after: string | undefined;
          for (let page = 0; page < 12; page++) {
            const at = libraryPageRequest.parse({ ...filter, sort, direction, limit: 4, after });
            const expected = sqliteLibrary.pageDocuments(db, at);
            expect(await library.pageDocuments(pool, at), `${JSON.stringify(filter)} ${sort} ${direction} page ${page}`).toEqual(expected);
            if (!expected.nextCursor) break;
            after = expected.nextCursor;
          }
        }
      }
      const parsed = libraryFilter.parse(filter);
      expect(await library.countDocuments(pool, parsed)).toBe(sqliteLibrary.countDocuments(db, parsed));
      expect(await library.selectionChunk(pool, parsed, 3, 5)).toEqual(sqliteLibrary.selectionChunk(db, parsed, 3, 5));
    }
    expect(sqliteLibrary.countDocuments(db, libraryFilter.parse({ assignee: 'Ana Ruiz' }))).toBe(6);
    const byName = sqliteLibrary.pageDocuments(db, libraryPageRequest.parse({ sort: 'assignee', direction: 'asc', limit: 36 }));
    // ASCII case folded (ties in import order), other letters by code point, nobody last.
    expect([...new Set(byName.rows.map((r) => r.document.assignee))]).toEqual(['Ana Ruiz', 'ana ruiz', 'mei Chen', 'Zed', 'Émile Zola', null]);
    expect(await documents.assigneeNames(pool, 10)).toEqual(sqliteDocuments.assigneeNames(db, 10));
  }, 120_000);
});
