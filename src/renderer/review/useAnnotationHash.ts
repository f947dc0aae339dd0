/**
 * The address bar follows the selected annotation: `#/doc/<docId>/a/<annotationId>` while one is
 * selected, `#/doc/<docId>` when none is, so a reload (or a copied address) reopens the document on
 * the same annotation (the shell passes it back as `initialAnnotationId`).
 *
 * The hash is rewritten with `history.replaceState`: selecting annotations adds no history entries
 * (Back still leaves the document) and fires no `hashchange`, so the shell's route — and with it
 * the workspace — is not re-rendered by its own address change.
 */
import { useEffect } from 'react';
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

/** Keeps the hash in step with the selected annotation for the life of the workspace. */
export function useAnnotationHash(documentId: string, annotationId: string | null): void {
  useEffect(() => {
    replaceAnnotationHash(documentId, annotationId);
  }, [documentId, annotationId]);
}
