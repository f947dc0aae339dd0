/**
 * Plain-text tables for the terminal: columns padded to the widest cell, counted in terminal columns
 * (CJK and emoji take two, combining marks none), long cells cut with an ellipsis.
 */

import { printableLine } from './terminal-text';

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const ZERO = /[\p{M}\u200B-\u200F\u2060\uFEFF]/u;

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/** Cuts `text` to at most `max` columns, ending with "…" when something was cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let result = '';
  let width = 0;
  for (const char of text) {
    const w = ZERO.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
    if (width + w > max - 1) break;
    result += char;
    width += w;
  }
  return `${result}…`;
}

/**
 * One cell, one line: line breaks and tabs collapse to single spaces, and other characters that act on
 * a terminal (escape sequences, C1 controls, bidi overrides) are shown escaped (terminal-text.ts).
 */
export function oneLine(text: string): string {
  return printableLine(text);
}

/** One column: its heading, right alignment for numbers, and an optional width cap. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
  maxWidth?: number;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Lays out `rows` under `columns`, two spaces between columns, no trailing spaces. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => columns.map((column, i) => truncate(oneLine(row[i] ?? ''), column.maxWidth ?? Infinity)));
  const widths = columns.map((column, i) => Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[i]))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => pad(cell, widths[i], columns[i].align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}
