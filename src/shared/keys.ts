/**
 * Keys the review workspace keeps for its own commands (src/renderer/review/keyboard.ts), so a label
 * hotkey can never shadow one. `labels:create` and `labels:update` refuse them; the renderer's
 * keyboard map and shortcuts sheet read the same table.
 */

/** Reserved key → what it does, phrased to follow "the key for …". */
export const RESERVED_HOTKEYS: Readonly<Record<string, string>> = {
  t: 'flagging teasers',
  p: 'flagging the paragraph around the caret',
  e: 'flagging to the end of the document',
  c: 'marking claims',
  s: 'marking the sentence around the caret as a claim',
  a: 'tagging all other occurrences of an entity',
  j: 'going to the next annotation',
  k: 'going to the previous annotation',
  n: 'going to the next unverified claim',
  f: 'writing the verdict of a claim',
  y: 'accepting a suggestion',
  d: 'rejecting a suggestion',
  x: 'rejecting a suggestion',
  g: 'getting suggestions for the document',
  u: 'using the verdict of a claim checked before',
  m: 'marking the document reviewed',
  l: 'showing label names on the text',
  v: 'the clean view',
  '?': 'showing the keyboard shortcuts',
};

/** Why `key` cannot be a label hotkey ("T is the key for flagging teasers; choose another key"), or null when it can. */
export function reservedHotkeyReason(key: string): string | null {
  const what = Object.prototype.hasOwnProperty.call(RESERVED_HOTKEYS, key.toLowerCase()) ? RESERVED_HOTKEYS[key.toLowerCase()] : undefined;
  return what === undefined ? null : `${key.toUpperCase()} is the key for ${what}; choose another key.`;
}
