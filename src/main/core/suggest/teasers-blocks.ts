/**
 * The canonical text as blocks: one per non-empty line (text-lines.ts), with its offsets (UTF-16)
 * into the text, trimmed, so a suggested span covers exactly the visible words. Hard-wrapped prose
 * (a plain-text book, an e-mail) is read one paragraph per block instead (hard-wrap.ts): line by
 * line, a novel's chapters were suggested as teasers.
 */
import { unwrapLines } from './hard-wrap';
import { textLines, type TextLine } from './text-lines';

export type TextBlock = TextLine;

export function splitBlocks(text: string): TextBlock[] {
  return textLines(unwrapLines(text) ?? text);
}
