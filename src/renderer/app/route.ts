/**
 * State-based routing kept in `location.hash`, so a reload reopens what was open:
 * `#/` library, `#/claims` the claims desk, `#/doc/<id>` an open document,
 * `#/doc/<id>/a/<annotationId>` an open document with one annotation selected, `#/settings` settings.
 */
import { useCallback, useEffect, useState } from 'react';

/** Where the app is. */
export type Route =
  | { name: 'library' }
  | { name: 'claims' }
  | { name: 'document'; id: string; annotationId?: string }
  | { name: 'adjudicate'; id: string }
  | { name: 'settings' };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part) || null;
  } catch {
    return null; // a malformed escape
  }
}

/** Parse a hash ("#/doc/abc") into a route; anything unknown is the library. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'settings') return { name: 'settings' };
  if (path === 'claims') return { name: 'claims' };
  const adjudicate = /^adjudicate\/([^/]+)$/.exec(path);
  if (adjudicate && decode(adjudicate[1])) return { name: 'adjudicate', id: decode(adjudicate[1])! };
  const withAnnotation = /^doc\/([^/]+)\/a\/([^/]+)$/.exec(path);
  if (withAnnotation) {
    const id = decode(withAnnotation[1]);
    const annotationId = decode(withAnnotation[2]);
    if (id && annotationId) return { name: 'document', id, annotationId };
  }
  const doc = /^doc\/(.+)$/.exec(path);
  if (doc) {
    const id = decode(doc[1]);
    if (id) return { name: 'document', id };
  }
  return { name: 'library' };
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'document':
      return route.annotationId
        ? `#/doc/${encodeURIComponent(route.id)}/a/${encodeURIComponent(route.annotationId)}`
        : `#/doc/${encodeURIComponent(route.id)}`;
    case 'claims':
      return '#/claims';
    case 'adjudicate':
      return `#/adjudicate/${encodeURIComponent(route.id)}`;
    case 'settings':
      return '#/settings';
    default:
      return '#/';
  }
}

/** The current route and a `navigate` that updates the hash (and so the browser history). */
export function useHashRoute(): { route: Route; navigate(route: Route): void } {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));

  useEffect(() => {
    const sync = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, []);

  const navigate = useCallback((next: Route) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next); // do not wait for hashchange (it is async, and absent in some test DOMs)
  }, []);

  return { route, navigate };
}
