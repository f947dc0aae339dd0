/**
 * Titles shortened for display. A document keeps its full title (up to 1,000 characters) in the
 * library and in every export; only where a line has no room for it (library rows, the document
 * bar, the claims desk, the window title) is it cut, at a word boundary, with "…". The full title
 * stays available as the element's tooltip.
 */

/** How many characters a title shows where nothing says otherwise: about two lines of a library row. */
export const DISPLAY_TITLE_LENGTH = 120;

/** A cut is moved back to the last space only if that loses no more than this share of the room. */
const WORD_SLACK = 0.4;

/**
 * `title` with whitespace collapsed, cut to at most `max` characters (the "…" included) at the last
 * word boundary that fits; a single word longer than the room is cut between code points. Short
 * titles come back unchanged (whitespace collapsed).
 */
export function shortTitle(title: string, max = DISPLAY_TITLE_LENGTH): string {
  const clean = title.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const room = Math.max(1, max - 1); // one character for "…"
  let cut = room;
  const code = clean.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
  if (clean[cut] !== ' ') {
    const space = clean.lastIndexOf(' ', cut);
    if (space > 0 && space >= cut * (1 - WORD_SLACK)) cut = space;
  }
  return `${clean.slice(0, cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
