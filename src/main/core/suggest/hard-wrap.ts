/**
 * Hard-wrapped prose: a Project Gutenberg book, an e-mailed release — lines cut at ~70 characters
 * inside paragraphs. Read line by line, every line of it is a short unpunctuated fragment: the teaser
 * suggester took a novel's chapters for headlines and the claim suggester offered half sentences.
 * `unwrapLines` gives the suggesters the same text with the wrapping line breaks as spaces (same
 * length, so every offset still points into the stored text).
 */
import { textLines, type TextLine } from './text-lines';

/** A line at least this long (and at most WRAP_MAX) that runs on into the next one is a wrapped one. */
const WRAP_MIN = 45;
const WRAP_MAX = 100;
/** Share of the non-empty lines that must be wrapped ones (Moby Dick: about three quarters). */
const WRAPPED_SHARE = 0.25;
/** Fewer lines than this are never taken for hard-wrapped prose. */
const MIN_LINES = 20;

/** A line that ends as a sentence (or a quotation, a bracket) does. */
const ENDS_SENTENCE = /[.!?:"”’)\]]$/u;

/** The next line follows directly, with no blank line between. */
const directlyBelow = (text: string, line: TextLine, next: TextLine): boolean => text.slice(line.end, next.start).split('\n').length === 2;

/**
 * The width the text is wrapped at when most lines are cut mid-sentence and go on, lower-case, on the
 * line directly below (the 90th percentile of those lines' lengths, so one long line does not set it);
 * null when the text is not hard-wrapped.
 */
function wrapWidth(text: string, all: TextLine[]): number | null {
  if (all.length < MIN_LINES) return null;
  const wrapped: number[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const line = all[i];
    const next = all[i + 1];
    if (line.text.length < WRAP_MIN || line.text.length > WRAP_MAX || ENDS_SENTENCE.test(line.text)) continue;
    if (directlyBelow(text, line, next) && /^\p{Ll}/u.test(next.text)) wrapped.push(line.text.length);
  }
  if (wrapped.length < all.length * WRAPPED_SHARE) return null;
  wrapped.sort((a, b) => a - b);
  return wrapped[Math.floor((wrapped.length - 1) * 0.9)];
}

/** The next line's first word would have fitted on this one: the line ended its paragraph (a headline, a paragraph's last line). */
const nextWordFits = (line: TextLine, next: TextLine, width: number): boolean => line.text.length + 1 + next.text.split(/\s/, 1)[0].length <= width;

/**
 * `text` with the line breaks inside wrapped paragraphs turned into spaces, or null when the text is
 * not hard-wrapped. A line goes on into the next when it runs to the wrap width (the next line's first
 * word would not have fitted) and no blank line follows; a short line ("Related stories") and a tag
 * line ("Headline | Section") end their paragraph, so a scraped tail under the text stays lines.
 */
export function unwrapLines(text: string): string | null {
  const all = textLines(text);
  const width = wrapWidth(text, all);
  if (width === null) return null;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i + 1 < all.length; i++) {
    const line = all[i];
    const next = all[i + 1];
    if (line.text.length < WRAP_MIN || line.text.includes(' | ') || next.text.includes(' | ') || !directlyBelow(text, line, next)) continue;
    // An import drops blank lines: a headline or a paragraph's last line then sits directly above the
    // next paragraph. A line ended short of the width goes on only when its sentence plainly does (no
    // end punctuation, the next line lower-case): a wrap width varies in dialogue and long words.
    if (nextWordFits(line, next, width) && !(/^\p{Ll}/u.test(next.text) && !ENDS_SENTENCE.test(line.text))) continue;
    parts.push(text.slice(from, line.end), text.slice(line.end, next.start).replace(/[\r\n]/g, ' '));
    from = next.start;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
