/**
 * The library's rows, a page at a time (`documents:page`, through usePages). While a page is on its
 * way, the rows the view asks for next wait, and a newer range replaces them: a fast scroll through
 * 100,000 documents passes hundreds of pages, and the core answers one request at a time, so every
 * passing page would queue in front of what the user does next (opening a document waited seconds).
 * Likewise a new request (each letter typed into the search box) goes out at once when none is on its
 * way, else waits as the only one (latestWins.ts): no typing delay, no queue of outdated searches.
 */
import { useCallback, useRef, useState } from 'react';
import { call } from '../api/client';
import { LIBRARY_PAGE_SIZE, type LibraryPage, type LibraryPageRequest, type LibraryPageRow } from '../../shared/library-query';
import { usePages } from '../ui/usePages';
import { useTeamSession } from '../team/team-session';
import { latestWins } from './latestWins';
import { warmFormattersSoon } from './warm-formatters';
import { takeEarlyFirstPage } from './first-page';

export interface LibraryPages {
  /** Documents matching the request in all; null until the first answer. */
  total: number | null;
  /** Documents in the library, whatever the filter; null until the first answer. */
  libraryTotal: number | null;
  rowAt(index: number): LibraryPageRow | undefined;
  ensureRows(first: number, last: number): void;
  /** The request the rows answer (JSON), to tell a fresh answer from an old one. */
  answeredKey: string;
  /**
   * A search's true count, which may arrive before its rows (see countFirst): for the request `key`
   * (JSON), null until one is counted.
   */
  counted: Counted | null;
  error: string | null;
}

export interface Counted {
  key: string;
  total: number;
  libraryTotal: number;
}

/**
 * The request that counts a search's matches ahead of its first page: one row in the order of the
 * last change, which the core finds by walking that order's index, so the answer costs the count
 * and little more. Ranking the first page (bm25 over the title hits) and building its snippets is
 * then the second request's work, and the count (remembered by the core, repos/library-memo.ts) is
 * not done twice: the editor sees how many documents match while the rows are on their way.
 */
function countFirst(request: LibraryPageRequest): LibraryPageRequest {
  return { ...request, sort: 'updated', direction: 'desc', offset: 0, limit: 1, after: undefined };
}

/** Pages of `request`; `refreshToken` changing fetches the loaded pages again. */
export function useLibraryPages(request: Omit<LibraryPageRequest, 'offset' | 'limit' | 'after'>, refreshToken: string): LibraryPages {
  const inflight = useRef(0);
  /** A new search or filter goes out at once, one list at a time, the newest waiting: latestWins.ts. */
  const gate = useRef(latestWins());
  /** The latest rows asked for while a page was on its way. */
  const waiting = useRef<[number, number] | null>(null);
  const ensureLatest = useRef<(first: number, last: number) => void>(() => {});
  const [counted, setCounted] = useState<Counted | null>(null);
  // Only where the core remembers the count for the page that follows (SQLite, repos/library-memo.ts):
  // a team library (PostgreSQL) would count every search twice.
  const countAhead = useRef(true);
  countAhead.current = useTeamSession() === null;
  const fetchPage = useCallback((key: string, offset: number, limit: number) => {
    inflight.current++;
    warmFormattersSoon();
    // The very first page may already be on its way (first-page.ts).
    const early = takeEarlyFirstPage(key, offset, limit);
    const request = JSON.parse(key) as LibraryPageRequest;
    const send = () => {
      // A search's first page: its count is asked first, in the same turn (countFirst).
      if (!(countAhead.current && offset === 0 && request.query?.trim())) return call('documents:page', { ...request, offset, limit });
      let paged = false;
      call('documents:page', countFirst(request)).then(
        (answer) => paged || setCounted({ key, total: answer.total, libraryTotal: answer.libraryTotal }),
        () => {}, // the page's own request reports what went wrong
      );
      // Once the page has its own total, the early count is forgotten: the same search typed again
      // later shows only a count asked then.
      return call('documents:page', { ...request, offset, limit }).finally(() => {
        paged = true;
        setCounted((c) => (c?.key === key ? null : c));
      });
    };
    return gate.current(key, () => early ?? send()).finally(() => {
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
  return { ...pages, ensureRows, counted, libraryTotal: pages.latest?.libraryTotal ?? null };
}
