/**
 * The address bar follows the selected annotation: `#/doc/<docId>/a/<annotationId>` while one is
 * selected, `#/doc/<docId>` when none is, so a reload (or a copied address) reopens the document on
 * the same annotation (the shell passes it back as `initialAnnotationId`).
 *
 * The hash is rewritten with `history.replaceState`: selecting annotations adds no history entries
 * (Back still leaves the document) and fires no `hashchange`, so the shell's route — and with it
 * the workspace — is not re-rendered by its own address change.
 *
 * It is written once the selection has rested for {@link HASH_DELAY_MS}: Chromium's replaceState
 * took 10–14 ms on a loaded machine, most of what pressing ] cost when stepping through thousands of
 * suggestions. A write still waiting is made when the workspace closes or the page unloads (reload).
 */
import { useEffect, useRef } from 'react';
import { parseHash, routeHash } from '../app/route';

/**
 * Writes the hash for `documentId` with `annotationId` selected (null: none). Only while the
 * address still names this document: after navigating away it is left alone. Answers whether the
 * address changed.
 */
export function replaceAnnotationHash(documentId: string, annotationId: string | null): boolean {
  const current = parseHash(window.location.hash);
  if (current.name !== 'document' || current.id !== documentId) return false;
  const hash = routeHash({ name: 'document', id: documentId, annotationId: annotationId ?? undefined });
  if (window.location.hash === hash) return false;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  return true;
}

/** How long the selection rests before the address follows it. */
export const HASH_DELAY_MS = 250;

/** Keeps the hash in step with the selected annotation for the life of the workspace. */
export function useAnnotationHash(documentId: string, annotationId: string | null): void {
  const waiting = useRef<(() => void) | null>(null);
  useEffect(() => {
    const write = () => {
      waiting.current = null;
      replaceAnnotationHash(documentId, annotationId);
    };
    waiting.current = write;
    const timer = window.setTimeout(write, HASH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [documentId, annotationId]);
  useEffect(() => {
    const flush = () => waiting.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
}
