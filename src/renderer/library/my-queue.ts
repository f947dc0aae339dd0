/**
 * Remembering the library's "My queue" toggle between visits (localStorage), as the claims desk
 * remembers its own: an editor who works from their queue finds it on when they come back.
 * Anything unreadable is "off"; storage failures (private mode, quota) are not the editor's problem.
 */

/** The storage key (versioned, so a future shape can start fresh). */
export const MY_QUEUE_STORAGE_KEY = 'copydesk.library.myQueue.v1';

/** Whether "My queue" was on when the library was last left. */
export function loadMyQueue(storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(MY_QUEUE_STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Remembers the toggle. */
export function saveMyQueue(on: boolean, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(MY_QUEUE_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // nothing to do: the library simply starts with the whole list next time
  }
}
