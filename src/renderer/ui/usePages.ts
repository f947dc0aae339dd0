/**
 * Rows of a long list, a page at a time: the view says which rows are on screen and only their pages
 * are fetched. A new request (its JSON `key`) starts over from page 0, keeping the old rows on screen
 * until the answer replaces them; `refreshToken` changing (the data changed somewhere) fetches the
 * loaded pages again in place. Late answers to an older request are dropped. Used by the library and
 * the claims desk.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './errors';

/** Rows per request unless a list asks for another size: a screenful or three. */
export const PAGE_SIZE = 100;

/** What one page answer carries: its rows and the true total, plus whatever else the list reports. */
export interface PageAnswer<Row> {
  rows: Row[];
  total: number;
}

export interface Pages<Row, Answer extends PageAnswer<Row>> {
  /** The latest answer (its rows are one page's; use `rowAt`); null until the first. */
  latest: Answer | null;
  /** Matching rows in all; null until the first answer. */
  total: number | null;
  /** The row at `index`, when its page has arrived. */
  rowAt(index: number): Row | undefined;
  /** Fetch the pages holding rows `first`…`last` that are not here yet. */
  ensureRows(first: number, last: number): void;
  /** The key of the request the rows answer, to tell a fresh answer from an old one. */
  answeredKey: string;
  error: string | null;
}

interface State<Row, Answer> {
  key: string;
  latest: Answer | null;
  pages: ReadonlyMap<number, Row[]>;
  error: string | null;
}

/**
 * Pages of the request `key` (JSON of what `fetchPage` asks for), `pageSize` rows each; `failure`
 * words an error ("The library could not be loaded.").
 */
export function usePages<Row, Answer extends PageAnswer<Row>>(
  key: string,
  fetchPage: (key: string, offset: number, limit: number) => Promise<Answer>,
  refreshToken: string,
  failure: string,
  pageSize: number = PAGE_SIZE,
): Pages<Row, Answer> {
  const [state, setState] = useState<State<Row, Answer>>({ key: '', latest: null, pages: new Map(), error: null });
  const current = useRef({ key, token: refreshToken });
  const inflight = useRef(new Set<string>());
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  const load = useCallback(
    (page: number, forKey: string, token: string, replaceAll = false) => {
      const tag = `${forKey}#${token}#${page}`;
      if (inflight.current.has(tag)) return;
      inflight.current.add(tag);
      fetcher.current(forKey, page * pageSize, pageSize).then(
        (answer) => {
          inflight.current.delete(tag);
          if (current.current.key !== forKey) return;
          setState((s) => {
            const pages = new Map(s.key === forKey && !replaceAll ? s.pages : []);
            pages.set(page, answer.rows);
            return { key: forKey, latest: answer, pages, error: null };
          });
        },
        (e) => {
          inflight.current.delete(tag);
          if (current.current.key !== forKey) return;
          setState((s) => ({ ...s, key: forKey, latest: s.latest ?? null, error: `${failure} ${errorMessage(e)}` }));
        },
      );
    },
    [failure, pageSize],
  );

  useEffect(() => {
    current.current = { key, token: current.current.token };
    load(0, key, current.current.token, true);
  }, [key, load]);

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
  const rowAt = useCallback((index: number) => state.pages.get(Math.floor(index / pageSize))?.[index % pageSize], [state.pages, pageSize]);
  const ensureRows = useCallback(
    (first: number, last: number) => {
      if (!fresh) return;
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
        if (!state.pages.has(page)) load(page, key, current.current.token);
      }
    },
    [fresh, state.pages, key, load, pageSize],
  );

  return { latest: state.latest, total: state.latest?.total ?? null, rowAt, ensureRows, answeredKey: state.key, error: state.error };
}
