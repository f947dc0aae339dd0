/**
 * Before the web mode prints its address, the library's first page is read once: the first
 * `documents:page` after opening a library reads its tables and indexes from disk into SQLite's cache
 * and prepares its statements (about 150 ms at 100,000 documents, against 25 ms once warm), and the
 * browser's first rows waited for that.
 */
import type { Handlers } from '../shared/api';
import { dispatch } from '../shared/dispatch';
import { LIBRARY_PAGE_SIZE } from '../shared/library-query';

/** A word most libraries hold (a prefix, as the search box asks: typed words are searched as typed). */
const WARM_UP_QUERY = 'the';

/** Reads the first page of the library once; a failure here is left to the real request to report. */
export async function warmUp(handlers: Handlers): Promise<void> {
  await dispatch(handlers, 'documents:page', { limit: LIBRARY_PAGE_SIZE });
  await dispatch(handlers, 'library:version', {});
  // The search path: its statements, the vocabulary table a prefix is expanded with
  // (prefix-terms.ts), FTS5's structure and the top of its index (the first search after opening
  // took 200 ms where later ones took 60).
  await dispatch(handlers, 'documents:page', { query: WARM_UP_QUERY, sort: 'relevance', limit: LIBRARY_PAGE_SIZE });
}
