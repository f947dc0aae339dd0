/**
 * The canonical text as blocks: one per non-empty line, with its offsets (UTF-16) into the text and
 * the line trimmed of surrounding white space, so a suggested span covers exactly the visible words.
 * Hard-wrapped prose (a Project Gutenberg book, an e-mail: lines cut at ~70 characters inside
 * paragraphs) is read one paragraph per block instead — line by line every line of it looks like a
 * short unpunctuated headline, and a whole novel's chapters were suggested as teasers.
 */
export interface TextBlock {
  /** Position among the non-empty lines, from 0. */
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitBlocks(text: string): TextBlock[] {
  const lines = splitLines(text);
  return isHardWrapped(text, lines) ? joinParagraphs(text, lines) : lines;
}

/** Lines at least this long, ended without a full stop and followed by another line, are wrapped ones. */
const WRAP_MIN = 45;
const WRAP_MAX = 100;
/** Share of lines that must be wrapped ones (Moby Dick: about half). */
const WRAPPED_SHARE = 0.25;

/** Most lines are wrapped: cut mid-sentence and followed, with no blank line, by the rest. */
function isHardWrapped(text: string, lines: TextBlock[]): boolean {
  if (lines.length < 20) return false;
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line.text.length < WRAP_MIN || line.text.length > WRAP_MAX) continue;
    if (/[.!?:"”’)\]]$/u.test(line.text)) continue;
    if (text.slice(line.end, next.start).split('\n').length !== 2) continue; // a blank line between: a paragraph ends
    if (!/^\p{Ll}/u.test(next.text)) continue; // the sentence goes on below ("… no money in my purse, and\nnothing …")
    wrapped++;
  }
  return wrapped >= lines.length * WRAPPED_SHARE;
}

/**
 * A wrapped paragraph's lines as one block, its text joined by spaces: a line goes on into the next
 * when it runs to the wrap width and no blank line follows. A short line ("Related stories") and a
 * tag line ("Headline | Section") end their block, so a scraped tail under the text stays lines.
 */
function joinParagraphs(text: string, lines: TextBlock[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let first = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const goesOn = next && line.text.length >= WRAP_MIN && !line.text.includes(' | ') && !next.text.includes(' | ') && text.slice(line.end, next.start).split('\n').length === 2;
    if (goesOn) continue;
    const start = lines[first].start;
    const end = lines[i].end;
    blocks.push({ index: blocks.length, start, end, text: text.slice(start, end).replace(/\s*\n\s*/g, ' ') });
    first = i + 1;
  }
  return blocks;
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
