/**
 * The library's rows, a page at a time (`documents:page`): the view says which rows are on screen
 * and only their pages are fetched. A new request (query, order, filter) starts over from page 0;
 * `refreshToken` changing (the library changed somewhere) fetches the loaded pages again in place,
 * so what is on screen stays until its fresher copy arrives. Late answers to an older request are
 * dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { LibraryPageRequest, LibraryPageRow } from '../../shared/library-query';
import { errorMessage } from '../ui/errors';

/** Rows per request: a screenful or three. */
export const PAGE_SIZE = 100;

export interface LibraryPages {
  /** Documents matching the request in all; null until the first answer. */
  total: number | null;
  /** Documents in the library, whatever the filter; null until the first answer. */
  libraryTotal: number | null;
  /** The row at `index`, when its page has arrived. */
  rowAt(index: number): LibraryPageRow | undefined;
  /** Fetch the pages holding rows `first`…`last` that are not here yet. */
  ensureRows(first: number, last: number): void;
  /** The request the rows answer (JSON), to tell a fresh answer from an old one. */
  answeredKey: string;
  error: string | null;
}

interface State {
  key: string;
  total: number | null;
  libraryTotal: number | null;
  pages: ReadonlyMap<number, LibraryPageRow[]>;
  error: string | null;
}

/** Pages of `request`; see the module note. */
export function useLibraryPages(request: Omit<LibraryPageRequest, 'offset' | 'limit' | 'after'>, refreshToken: string): LibraryPages {
  const key = JSON.stringify(request);
  const [state, setState] = useState<State>({ key: '', total: null, libraryTotal: null, pages: new Map(), error: null });
  const current = useRef({ key, token: refreshToken });
  const inflight = useRef(new Set<string>());

  const load = useCallback(
    (page: number, forKey: string, token: string, replaceAll = false) => {
      const tag = `${forKey}#${token}#${page}`;
      if (inflight.current.has(tag)) return;
      inflight.current.add(tag);
      call('documents:page', { ...(JSON.parse(forKey) as LibraryPageRequest), offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (answer) => {
          inflight.current.delete(tag);
          if (current.current.key !== forKey) return;
          setState((s) => {
            const pages = new Map(s.key === forKey && !replaceAll ? s.pages : []);
            pages.set(page, answer.rows);
            return { key: forKey, total: answer.total, libraryTotal: answer.libraryTotal, pages, error: null };
          });
        },
        (e) => {
          inflight.current.delete(tag);
          if (current.current.key !== forKey) return;
          setState((s) => ({ ...s, key: forKey, error: `The library could not be loaded. ${errorMessage(e)}` }));
        },
      );
    },
    [],
  );

  // A new request: start over at page 0 (the old rows stay until the answer replaces them all).
  useEffect(() => {
    current.current = { key, token: current.current.token };
    load(0, key, current.current.token, true);
  }, [key, load]);

  // The library changed: fetch again the pages on hand, in place.
  const pagesRef = useRef(state.pages);
  pagesRef.current = state.key === key ? state.pages : new Map();
  useEffect(() => {
    if (current.current.token === refreshToken) return;
    current.current = { key: current.current.key, token: refreshToken };
    const loaded = [...pagesRef.current.keys()];
    for (const page of loaded.length ? loaded : [0]) load(page, current.current.key, refreshToken);
  }, [refreshToken, load]);

  const fresh = state.key === key;
  // Until a new request's answer arrives, the previous rows stay on screen (no flash of empty rows).
  const rowAt = useCallback((index: number) => state.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [state.pages]);
  const ensureRows = useCallback(
    (first: number, last: number) => {
      if (!fresh) return;
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        if (!state.pages.has(page)) load(page, key, current.current.token);
      }
    },
    [fresh, state.pages, key, load],
  );

  return { total: state.total, libraryTotal: state.libraryTotal, rowAt, ensureRows, answeredKey: state.key, error: state.error };
}
