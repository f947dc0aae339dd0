/**
 * The team server's change feed (`GET /api/changes`, server-sent events) for the views: one
 * EventSource per page, shared by every subscriber and closed when the last one leaves. A view
 * that subscribes hears within about a second that someone changed the library, instead of at its
 * next poll. The browser reconnects by itself after a network hiccup; a session that ended is
 * reported by the views' next API call (401), not here.
 */
const listeners = new Set<() => void>();
let source: EventSource | null = null;

/** Calls `onChange` whenever the library changes; answers the unsubscribe function. */
export function subscribeChanges(onChange: () => void): () => void {
  if (typeof EventSource !== 'function') return () => {};
  listeners.add(onChange);
  if (source === null) {
    source = new EventSource('/api/changes');
    source.addEventListener('change', () => {
      for (const listener of listeners) listener();
    });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && source) {
      source.close();
      source = null;
    }
  };
}
