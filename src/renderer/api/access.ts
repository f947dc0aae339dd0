/**
 * Whether this page may talk to the core. In web mode every request needs the run's access token;
 * a tab without it (opened from a bookmark or a typed address) is answered 401. The transport
 * reports that here once, and the app shows one full-page explanation instead of an error per call.
 */

let lost = false;
const listeners = new Set<() => void>();

/** Records that the core refused this page's access key (HTTP 401). */
export function reportNoAccess(): void {
  if (lost) return;
  lost = true;
  for (const listener of listeners) listener();
}

/** True once the core has refused this page's access key. */
export function hasNoAccess(): boolean {
  return lost;
}

/** Subscribes to `hasNoAccess` changes (for `useSyncExternalStore`). */
export function subscribeAccess(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tests only: forget a refusal. */
export function resetAccessForTests(): void {
  lost = false;
  for (const listener of listeners) listener();
}
