/**
 * The Markdown budget (budgets.ts), checked by one pass over the lines before mdast parses them:
 * mdast recurses once per level of block quotes and lists (100,000 `>` overflow the stack) and pairs
 * inline markers at a cost that grows with the square of their number in a paragraph.
 *
 * The scan follows CommonMark's container rules closely enough to measure, not to parse: on each line
 * it counts the `>` and list markers that open it, and remembers the content column of every list
 * item still open above, so a list nested by indentation over 20,000 lines counts 20,000 levels.
 * Fenced code is skipped (a `*` in code is not a marker).
 */
import { count, MARKDOWN_MAX_MARKERS_PER_PARAGRAPH, MARKDOWN_MAX_NESTING, overBudget } from './budgets';

/** A list marker and the spaces after it: "-", "*", "+", or up to 9 digits and "." or ")". */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const QUOTE_MARKER = /^>[ \t]?/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INLINE_MARKERS = /[*_`[\]]/g;
/** A thematic break ("***", "- - -", "___"): its marks are not inline markers. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The column of a line's first non-blank character (a tab advances to the next multiple of 4). */
function indentOf(line: string): { column: number; offset: number } {
  let column = 0;
  let offset = 0;
  for (; offset < line.length; offset++) {
    const c = line[offset];
    if (c === ' ') column++;
    else if (c === '\t') column += 4 - (column % 4);
    else break;
  }
  return { column, offset };
}

/**
 * Throws `bad_file` with a sentence when quotes and lists nest deeper than MARKDOWN_MAX_NESTING or a
 * paragraph holds more than MARKDOWN_MAX_MARKERS_PER_PARAGRAPH inline markers.
 * @param name the file name, for the sentence
 * @param text the decoded Markdown
 */
export function checkMarkdownBudget(name: string, text: string): void {
  /** Content columns of the list items open above the current line, outermost first. */
  const lists: number[] = [];
  let fence: string | null = null;
  let markers = 0;
  let deepest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (line.trim() === '') {
      markers = 0; // a blank line ends the paragraph; open lists stay open across it
      continue;
    }
    if (THEMATIC_BREAK.test(line)) continue;
    const { column, offset } = indentOf(line);
    while (lists.length > 0 && column < lists[lists.length - 1]) lists.pop();
    // The containers that open this line: quotes and list markers, in any mix ("> - > 1. text").
    let rest = line.slice(offset);
    let at = column;
    let depth = lists.length;
    for (;;) {
      const quote = QUOTE_MARKER.exec(rest);
      const item = quote ? null : LIST_MARKER.exec(rest);
      const marker = quote ?? item;
      if (!marker) break;
      depth++;
      at += marker[0].length;
      if (item) lists.push(at);
      rest = rest.slice(marker[0].length).replace(/^[ \t]+/, (spaces) => {
        at += spaces.length;
        return '';
      });
      if (depth > MARKDOWN_MAX_NESTING) break;
    }
    deepest = Math.max(deepest, depth);
    if (deepest > MARKDOWN_MAX_NESTING) {
      throw overBudget(name, `nests quotes and lists more than ${count(MARKDOWN_MAX_NESTING)} levels deep; Copydesk reads Markdown nested up to ${count(MARKDOWN_MAX_NESTING)} levels`);
    }
    markers += rest.match(INLINE_MARKERS)?.length ?? 0;
    if (markers > MARKDOWN_MAX_MARKERS_PER_PARAGRAPH) {
      throw overBudget(name, `has a paragraph with more than ${count(MARKDOWN_MAX_MARKERS_PER_PARAGRAPH)} emphasis, code and link marks; Copydesk reads up to ${count(MARKDOWN_MAX_MARKERS_PER_PARAGRAPH)} per paragraph`);
    }
  }
}
