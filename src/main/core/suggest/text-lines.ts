/**
 * A text's non-empty lines, each trimmed of surrounding white space, with its offsets (UTF-16) into
 * the text, so a span built from one covers exactly the visible words. Shared by the teaser blocks
 * and the hard-wrap reading.
 */
export interface TextLine {
  /** Position among the non-empty lines, from 0. */
  index: number;
  start: number;
  end: number;
  text: string;
}

export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
    lineStart = lineEnd + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 160 || code === 0x3000 || code === 0xfeff;
}
