/**
 * The library's rows, a page at a time (`documents:page`, through usePages). While a page is on its
 * way, the rows the view asks for next wait, and a newer range replaces them: a fast scroll through
 * 100,000 documents passes hundreds of pages, and the core answers one request at a time, so every
 * passing page would queue in front of what the user does next (opening a document waited seconds).
 * Likewise a new request (each letter typed into the search box) goes out at once when none is on its
 * way, else waits as the only one (latestWins.ts): no typing delay, no queue of outdated searches.
 */
import { useCallback, useRef } from 'react';
import { call } from '../api/client';
import type { LibraryPage, LibraryPageRequest, LibraryPageRow } from '../../shared/library-query';
import { usePages } from '../ui/usePages';
import { latestWins } from './latestWins';
import { warmFormattersSoon } from './warm-formatters';
import { LIBRARY_PAGE_SIZE, takeEarlyFirstPage } from './first-page';

export { LIBRARY_PAGE_SIZE };

export interface LibraryPages {
  /** Documents matching the request in all; null until the first answer. */
  total: number | null;
  /** Documents in the library, whatever the filter; null until the first answer. */
  libraryTotal: number | null;
  rowAt(index: number): LibraryPageRow | undefined;
  ensureRows(first: number, last: number): void;
  /** The request the rows answer (JSON), to tell a fresh answer from an old one. */
  answeredKey: string;
  error: string | null;
}

/** Pages of `request`; `refreshToken` changing fetches the loaded pages again. */
export function useLibraryPages(request: Omit<LibraryPageRequest, 'offset' | 'limit' | 'after'>, refreshToken: string): LibraryPages {
  const inflight = useRef(0);
  /** A new search or filter goes out at once, one list at a time, the newest waiting: latestWins.ts. */
  const gate = useRef(latestWins());
  /** The latest rows asked for while a page was on its way. */
  const waiting = useRef<[number, number] | null>(null);
  const ensureLatest = useRef<(first: number, last: number) => void>(() => {});
  const fetchPage = useCallback((key: string, offset: number, limit: number) => {
    inflight.current++;
    warmFormattersSoon();
    // The very first page may already be on its way (first-page.ts).
    const early = takeEarlyFirstPage(key, offset, limit);
    return gate.current(key, () => early ?? call('documents:page', { ...(JSON.parse(key) as LibraryPageRequest), offset, limit })).finally(() => {
      inflight.current--;
      const range = waiting.current;
      if (range && inflight.current === 0) {
        waiting.current = null;
        ensureLatest.current(...range);
      }
    });
  }, []);
  const pages = usePages<LibraryPageRow, LibraryPage>(JSON.stringify(request), fetchPage, refreshToken, 'The library could not be loaded.', LIBRARY_PAGE_SIZE);
  ensureLatest.current = pages.ensureRows;
  const ensureRows = useCallback(
    (first: number, last: number) => {
      if (inflight.current > 0) waiting.current = [first, last];
      else pages.ensureRows(first, last);
    },
    [pages.ensureRows],
  );
  return { ...pages, ensureRows, libraryTotal: pages.latest?.libraryTotal ?? null };
}
