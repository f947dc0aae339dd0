/**
 * The library's change counter (`library:version`), polled every few seconds while the window is
 * visible: a change made elsewhere — another window, the CLI, a script on the API — shows without a
 * reload. Cheap for the core (two pragma reads), so polling is fine.
 */
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { subscribeChanges } from '../team/change-feed';
import { isTeamPage } from '../team/team-page';

/** How often a visible view asks whether the library changed. */
export const VERSION_POLL_MS = 2000;

/**
 * How many times the library changed since the view opened: 0 at first, one more each time a poll
 * finds a new version (the first answer is the baseline). A failed poll changes nothing.
 */
export function useLibraryChanges(intervalMs = VERSION_POLL_MS): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    let live = true;
    let seen: string | null = null;
    const poll = () => {
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
      call('library:version', {}).then(
        ({ version }) => {
          if (!live || version === seen) return;
          if (seen !== null) setChanges((n) => n + 1);
          seen = version;
        },
        () => {}, // a missed poll is retried on the next tick; the view keeps what it shows
      );
    };
    poll();
    const timer = setInterval(poll, intervalMs);
    document.addEventListener('visibilitychange', poll);
    // On a team server the change feed says at once when someone else changed the library.
    const unsubscribe = isTeamPage() ? subscribeChanges(poll) : () => {};
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', poll);
      unsubscribe();
    };
  }, [intervalMs]);
  return changes;
}
