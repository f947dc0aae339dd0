/**
 * The library's first page, asked for as the app's script starts (main.tsx imports this first),
 * instead of after React, the app's modules and the first render: at 100,000 documents the request
 * went out 200–400 ms after navigation, behind 390 KB of script being evaluated and drawn, and the
 * server sat idle meanwhile. The library's first request (useLibraryPages) takes this answer when it
 * asks for exactly the same thing; anything else (another route, a team page before sign-in, a
 * different first request) leaves it unused.
 */
import { LIBRARY_PAGE_SIZE, type LibraryPage, type LibraryPageRequest } from '../../shared/library-query';
import { call } from '../api/client';
import { parseHash } from '../app/route';
import { isTeamPage } from '../team/team-page';
import { loadMyQueue } from './my-queue';


/** What the library view asks for first: every document, last changed first, "My queue" as it was left. */
export function firstLibraryRequest(mine: boolean): Omit<LibraryPageRequest, 'offset' | 'limit' | 'after'> {
  return { query: '', ...(mine ? { mine: true } : {}), sort: 'updated', direction: 'desc' };
}

let early: { key: string; answer: Promise<LibraryPage> } | null = null;

/** Sends the first page's request now, when the page opens on the library (not on a team server, where sign-in comes first). */
export function askFirstPageEarly(): void {
  if (typeof window === 'undefined' || isTeamPage() || parseHash(window.location.hash).name !== 'library') return;
  const request = firstLibraryRequest(loadMyQueue());
  const answer = call('documents:page', { ...request, offset: 0, limit: LIBRARY_PAGE_SIZE });
  answer.catch(() => {}); // the library's own request reports a failure, if it comes to that
  early = { key: JSON.stringify(request), answer };
}

/** The early answer, once, when `key`/`offset`/`limit` are what was asked early; otherwise null. */
export function takeEarlyFirstPage(key: string, offset: number, limit: number): Promise<LibraryPage> | null {
  const taken = early;
  early = null;
  return taken && taken.key === key && offset === 0 && limit === LIBRARY_PAGE_SIZE ? taken.answer : null;
}
