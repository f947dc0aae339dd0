/**
 * Re-attaching an orphaned annotation when its text comes back: the correction that deleted
 * "Deputy General Manager" is undone (Ctrl+Z while editing), or the words are typed again in the
 * same place. The annotation is attached again only where its quote stands with its whole stored
 * context on both sides (prefix and suffix, as kept when it was orphaned), the occurrence nearest
 * where it was lost — so a name that merely occurs elsewhere never captures it.
 */
import type { Anchor } from './anchoring';

/** How far either side of where it was lost the quote is looked for. */
const WINDOW = 4096;

/** The range where `anchor`'s quote is back with its full context near `hint`; null when it is not. */
export function reattachOrphan(text: string, anchor: Anchor, hint: number): { start: number; end: number } | null {
  const { quote, prefix, suffix } = anchor;
  if (quote.length === 0) return null;
  const from = Math.max(0, hint - WINDOW - quote.length);
  const to = Math.min(text.length, hint + WINDOW + quote.length);
  let best: { start: number; distance: number } | null = null;
  for (let at = text.indexOf(quote, from); at !== -1 && at + quote.length <= to; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    if (at < prefix.length) continue;
    if (!text.startsWith(prefix, at - prefix.length) || !text.startsWith(suffix, end)) continue;
    const distance = Math.abs(at - hint);
    if (!best || distance < best.distance) best = { start: at, distance };
  }
  return best && { start: best.start, end: best.start + quote.length };
}
