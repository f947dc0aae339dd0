/**
 * The claims desk's data, a page at a time (`claims:page` through usePages): the rows in view, the
 * true total, the count of each status in scope (toggles and chart), and the documents that have
 * claims (`claims:documents`, for the document filter). Both follow `refreshToken`.
 */
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { ClaimsPage, ClaimsPageRequest } from '../../shared/claims-query';
import { usePages } from '../ui/usePages';
import type { ClaimRow } from './rows';

const fetchPage = (key: string, offset: number, limit: number) => call('claims:page', { ...(JSON.parse(key) as ClaimsPageRequest), offset, limit });

/** Pages of `request` and the documents with claims. */
export function useClaimsData(request: Omit<ClaimsPageRequest, 'offset' | 'limit'>, refreshToken: string) {
  const pages = usePages<ClaimRow, ClaimsPage>(JSON.stringify(request), fetchPage, refreshToken, 'The claims could not be loaded.');
  const [documents, setDocuments] = useState<Array<{ id: string; title: string }> | null>(null);
  useEffect(() => {
    let live = true;
    call('claims:documents', {}).then(
      (list) => live && setDocuments(list),
      () => live && setDocuments((current) => current ?? []), // the table's own error says what went wrong
    );
    return () => {
      live = false;
    };
  }, [refreshToken]);
  return { ...pages, documents };
}
