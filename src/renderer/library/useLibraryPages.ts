/** The library's rows, a page at a time (`documents:page`, through usePages). */
import { call } from '../api/client';
import type { LibraryPage, LibraryPageRequest, LibraryPageRow } from '../../shared/library-query';
import { usePages } from '../ui/usePages';

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

const fetchPage = (key: string, offset: number, limit: number) => call('documents:page', { ...(JSON.parse(key) as LibraryPageRequest), offset, limit });

/** Pages of `request`; `refreshToken` changing fetches the loaded pages again. */
export function useLibraryPages(request: Omit<LibraryPageRequest, 'offset' | 'limit' | 'after'>, refreshToken: string): LibraryPages {
  const pages = usePages<LibraryPageRow, LibraryPage>(JSON.stringify(request), fetchPage, refreshToken, 'The library could not be loaded.');
  return { ...pages, libraryTotal: pages.latest?.libraryTotal ?? null };
}
