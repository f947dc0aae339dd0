/**
 * The adjudication keys: A takes reviewer A's version of the current difference, B takes B's,
 * X drops both, ] and [ move to the next and previous difference, Ctrl/⌘+Z takes back the last
 * decision. Typing in a field is never a key.
 */

/** What a key does in the adjudication view. */
export type AdjudicationCommand = 'a' | 'b' | 'none' | 'next' | 'previous' | 'undo';

/** The command for a key press, or null when the key means nothing here. */
export function adjudicationCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, inField = false): AdjudicationCommand | null {
  if (inField || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (event.ctrlKey || event.metaKey) return key === 'z' ? 'undo' : null;
  switch (key) {
    case 'a':
      return 'a';
    case 'b':
      return 'b';
    case 'x':
      return 'none';
    case ']':
      return 'next';
    case '[':
      return 'previous';
    default:
      return null;
  }
}

/** Whether a key event comes from a place where the user types. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable === true);
}
