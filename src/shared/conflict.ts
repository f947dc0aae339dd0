/**
 * The words of a write refused because someone changed the record since the caller read it
 * (optimistic concurrency: `baseVersion`). The core ends such a refusal with {@link CHANGED_ELSEWHERE_TAIL};
 * the renderer tells it apart from a stale-text refusal by that ending and shows it as it is.
 */

/** How every "changed by someone else" refusal ends. */
export const CHANGED_ELSEWHERE_TAIL = 'your change was not saved — reload to see it.';

/** True when a conflict message says another change got there first (not that the text moved). */
export function isChangedElsewhere(message: string): boolean {
  return message.endsWith(CHANGED_ELSEWHERE_TAIL);
}
