/**
 * The canonical text as blocks: one per non-empty line, with its offsets (UTF-16) into the text and
 * the line trimmed of surrounding white space, so a suggested span covers exactly the visible words.
 * Hard-wrapped prose (a plain-text book, an e-mail) is read one paragraph per block instead
 * (hard-wrap.ts): line by line, a novel's chapters were suggested as teasers.
 */
import { unwrapLines } from './hard-wrap';

export interface TextBlock {
  /** Position among the non-empty lines, from 0. */
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitBlocks(text: string): TextBlock[] {
  return splitLines(unwrapLines(text) ?? text);
}

function splitLines(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) blocks.push({ index: blocks.length, start, end, text: text.slice(start, end) });
    lineStart = lineEnd + 1;
  }
  return blocks;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 160 || code === 0x3000 || code === 0xfeff;
}
