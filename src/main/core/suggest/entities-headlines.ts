/**
 * Title-case lines — headlines, menus, link lists ("Sign Up For Breaking News Alerts", "Miami News,
 * Weather, Sports") — where every word is capitalised, so a capital says nothing about a name. The
 * entity suggester asks stronger evidence there.
 */
import type { Token } from './entities-nlp';

/** How far either side of a token the line is read: a book on one line must not be read per name. */
const REACH = 200;
const WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * Whether the token's line is written in title case: at least three words of four letters or more,
 * four in five of them capitalised (short words such as "of", "to", "and" are left out of the count),
 * and no full stop, question or exclamation mark at its end — a sentence full of names is prose.
 */
export function inTitleCaseLine(text: string, token: Token): boolean {
  // Asked for many names on one line: answered once per line of the text last read.
  if (text !== remembered.text) remembered = { text, lines: new Map() };
  const line = remembered.lines.get(token.start);
  if (line !== undefined) return line;
  let from = token.start;
  while (from > 0 && token.start - from < REACH && text[from - 1] !== '\n') from--;
  let to = token.end;
  while (to < text.length && to - token.end < REACH && text[to] !== '\n') to++;
  const key = `${from}:${to}`;
  const known = remembered.lines.get(key);
  if (known !== undefined) return known;
  const answer = titleCase(text.slice(from, to), to - from < 2 * REACH);
  remembered.lines.set(key, answer);
  remembered.lines.set(token.start, answer);
  return answer;
}

let remembered: { text: string | null; lines: Map<string | number, boolean> } = { text: null, lines: new Map() };

function titleCase(line: string, whole: boolean): boolean {
  if (whole && /[.!?]["”’)]?\s*$/u.test(line)) return false;
  let long = 0;
  let capitalised = 0;
  for (const m of line.matchAll(WORD)) {
    if (m[0].length < 4) continue;
    long++;
    if (/^\p{Lu}/u.test(m[0])) capitalised++;
  }
  return long >= 3 && capitalised >= 0.8 * long;
}
