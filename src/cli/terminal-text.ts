/**
 * Text from a library or a file system, made safe to print to a terminal. File names and titles are
 * data: a newline in a name would forge an "imported" line, an escape sequence would recolour or
 * rewrite the terminal, a bidi override (U+202E) would show "txt.exe" as "exe.txt". Each such
 * character is printed as a visible escape instead ("\n", "\x1b", "\u202e"). JSON output is left to
 * JSON.stringify, which escapes what JSON needs.
 */

/** C0 controls, DEL, C1 controls, line/paragraph separators, and the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = Object.freeze(Object.assign(Object.create(null), { '\n': '\\n', '\r': '\\r', '\t': '\\t' }));

function escape(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every character that could act on the terminal shown as an escape. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** `text` on one line: runs of line breaks and tabs become one space, anything else unsafe is escaped. */
export function printableLine(text: string): string {
  return printable(text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim());
}
