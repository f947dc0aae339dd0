/**
 * Mapping offsets through a text edit the server sees only as before/after strings: the changed
 * region is what lies between the longest common beginning and the longest common end of the two
 * texts (never splitting a surrogate pair). Offsets before it stay, offsets after it shift by the
 * length difference, and a range that overlaps it stretches or shrinks with it — so a typo fixed
 * inside an entity ("Harbni" → "Harbin") keeps the entity. A range that lay wholly inside the
 * changed region was deleted or rewritten: the caller re-anchors it by quote or orphans it.
 *
 * One save can hold several edits (the region then runs from the first to the last), so a range
 * that only straddles an edge of the region is better placed by its quote when the quote is still
 * there; {@link EditMap.overlap} tells the caller which case it has.
 *
 * Boundaries are exclusive, like the editor's decorations: text inserted exactly at a range's start
 * or end stays outside it.
 */

/** The changed region of an edit: old [start, oldEnd) became new [start, newEnd). */
export interface ChangedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * How a range of the old text meets the changed region: not at all, around it (the edit happened
 * inside the range: a typo fix), across one of its edges, or wholly inside it (deleted or rewritten).
 */
export type Overlap = 'none' | 'contains' | 'partial' | 'inside';

/** Maps ranges of the old text onto the new one. */
export interface EditMap {
  /** Where the edit happened. */
  region: ChangedRegion;
  /** How old [start, end) meets the changed region. */
  overlap(start: number, end: number): Overlap;
  /** The new range of old [start, end); null when it lay inside the changed region (deleted or rewritten). */
  mapRange(start: number, end: number): { start: number; end: number } | null;
  /** The new offset of an old one, for a position with no text of its own (an orphaned annotation's). */
  mapPoint(offset: number): number;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The changed region between `oldText` and `newText` (see the module note). */
export function changedRegion(oldText: string, newText: string): ChangedRegion {
  const limit = Math.min(oldText.length, newText.length);
  let head = 0;
  while (head < limit && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  // Never between the halves of a pair: a changed emoji can share its high surrogate with the old one.
  if (head > 0 && isHigh(oldText.charCodeAt(head - 1)) && (isLow(oldText.charCodeAt(head)) || isLow(newText.charCodeAt(head)))) head--;
  let tail = 0;
  while (tail < limit - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  if (tail > 0) {
    const oldAt = oldText.length - tail;
    const newAt = newText.length - tail;
    if (isLow(oldText.charCodeAt(oldAt)) && (isHigh(oldText.charCodeAt(oldAt - 1)) || isHigh(newText.charCodeAt(newAt - 1)))) tail--;
  }
  return { start: head, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

/** The map of the edit from `oldText` to `newText`. */
export function createEditMap(oldText: string, newText: string): EditMap {
  const region = changedRegion(oldText, newText);
  const delta = region.newEnd - region.oldEnd;
  const mapPoint = (offset: number): number => {
    if (offset <= region.start) return offset;
    if (offset >= region.oldEnd) return offset + delta;
    return region.start;
  };
  return {
    region,
    mapPoint,
    overlap(start, end) {
      if (region.oldEnd === region.start) return start < region.start && region.start < end ? 'contains' : 'none';
      if (end <= region.start || start >= region.oldEnd) return 'none';
      if (start >= region.start && end <= region.oldEnd) return 'inside';
      return start <= region.start && end >= region.oldEnd ? 'contains' : 'partial';
    },
    mapRange(start, end) {
      const inside = start >= region.start && end <= region.oldEnd && region.oldEnd > region.start;
      if (inside) return null;
      // Exclusive boundaries: a start at an insertion point shifts past it, an end stays before it.
      const newStart = start >= region.oldEnd ? start + delta : start <= region.start ? start : region.start;
      const newEnd = end <= region.start ? end : end >= region.oldEnd ? end + delta : region.newEnd;
      return newEnd > newStart ? { start: newStart, end: newEnd } : null;
    },
  };
}
