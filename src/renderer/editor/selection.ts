/**
 * The editor selection in canonical-text terms, snapped to whole words (see `word-snap.ts`).
 * Only the text of the blocks the selection spans is read, so the cost follows the selection,
 * not the document.
 */
import type { EditorState } from 'prosemirror-state';
import { getBlockIndex } from './block-index';
import { snapToWords } from './word-snap';

/** A snapped selection in offsets and positions. */
export interface SnappedSelection {
  /** Canonical-text offsets after snapping. */
  start: number;
  end: number;
  /** The same range in ProseMirror positions. */
  from: number;
  to: number;
  text: string;
  /** The selection as made, in offsets. */
  raw: { start: number; end: number };
}

/**
 * The selection snapped to words. A collapsed selection gives the word around the cursor when
 * `collapsed` is 'word' (for commands), null when it is 'none' (for selection reports).
 */
export function snappedSelection(state: EditorState, collapsed: 'word' | 'none' = 'word'): SnappedSelection | null {
  const { from, to } = state.selection;
  if (from === to && collapsed === 'none') return null;
  const index = getBlockIndex(state);
  const start = index.posToOffset(from, 1);
  const end = Math.max(start, index.posToOffset(to, -1));
  const first = index.blockAtOffset(start);
  const last = index.blockAtOffset(end);
  const base = index.blockStart(first);
  const text = state.doc.textBetween(index.contentStart(first), index.contentEnd(last), '\n');
  const span = snapToWords(text, start - base, end - base);
  if (!span) return null;
  return {
    start: base + span.start,
    end: base + span.end,
    from: index.offsetToPos(base + span.start),
    to: index.offsetToPos(base + span.end),
    text: text.slice(span.start, span.end),
    raw: { start, end },
  };
}
