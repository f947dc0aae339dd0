/**
 * The library's data: every document (`documents:list`) and, while a query is typed, the ranked
 * search hits (`documents:search`, debounced). Reloads when `refreshKey` changes (a file landed, a
 * document changed). Late answers to an older query are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { DocumentSummary, SearchHit } from '../../shared/types';
import { errorMessage } from '../ui/errors';
import { useDebouncedValue } from '../ui/useDebouncedValue';

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 150;

/** What the library view reads. */
export interface LibraryData {
  documents: DocumentSummary[] | null;
  /** Null when no query is active. */
  hits: SearchHit[] | null;
  /** The query the hits answer (trimmed). */
  hitsQuery: string;
  searching: boolean;
  error: string | null;
  reload(): void;
}

/** Load the document list and run the search for `query`. */
export function useLibraryData(query: string, refreshKey: number): LibraryData {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [hitsQuery, setHitsQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [localKey, setLocalKey] = useState(0);
  const trimmed = query.trim();
  const debounced = useDebouncedValue(trimmed, trimmed ? SEARCH_DEBOUNCE_MS : 0);
  const listRequest = useRef(0);
  const searchRequest = useRef(0);

  useEffect(() => {
    const id = ++listRequest.current;
    call('documents:list', {}).then(
      (list) => {
        if (id !== listRequest.current) return;
        setDocuments(list);
        setError(null);
      },
      (e) => id === listRequest.current && setError(`The library could not be loaded. ${errorMessage(e)}`),
    );
  }, [refreshKey, localKey]);

  useEffect(() => {
    const id = ++searchRequest.current;
    if (!debounced) {
      setHits(null);
      setHitsQuery('');
      setSearchError(null);
      return;
    }
    call('documents:search', { query: debounced }).then(
      (result) => {
        if (id !== searchRequest.current) return;
        setHits(result);
        setHitsQuery(debounced);
        setSearchError(null);
      },
      (e) => {
        if (id !== searchRequest.current) return;
        setHits([]);
        setHitsQuery(debounced);
        setSearchError(`Search failed. ${errorMessage(e)}`);
      },
    );
  }, [debounced, refreshKey, localKey]);

  const reload = useCallback(() => setLocalKey((k) => k + 1), []);
  return {
    documents,
    hits: trimmed ? hits : null,
    hitsQuery,
    searching: trimmed !== '' && (debounced !== trimmed || hitsQuery !== trimmed),
    error: error ?? searchError,
    reload,
  };
}
