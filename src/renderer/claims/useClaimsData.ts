/**
 * Every claim across the library (`claims:list`), reloaded when `refreshKey` changes or on demand.
 * A late answer to an older request is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../ui/errors';
import type { ClaimRow } from './rows';

/** What the claims desk reads. */
export interface ClaimsData {
  /** Null until the first answer. */
  rows: ClaimRow[] | null;
  error: string | null;
  reload(): void;
}

/** Load all claims. */
export function useClaimsData(refreshKey: number): ClaimsData {
  const [rows, setRows] = useState<ClaimRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [localKey, setLocalKey] = useState(0);
  const request = useRef(0);

  useEffect(() => {
    const id = ++request.current;
    call('claims:list', {}).then(
      (list) => {
        if (id !== request.current) return;
        setRows(list);
        setError(null);
      },
      (e) => {
        if (id !== request.current) return;
        setRows((current) => current ?? []);
        setError(`The claims could not be loaded. ${errorMessage(e)}`);
      },
    );
  }, [refreshKey, localKey]);

  const reload = useCallback(() => setLocalKey((k) => k + 1), []);
  return { rows, error, reload };
}
