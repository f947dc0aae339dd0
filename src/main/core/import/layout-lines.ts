/**
 * Lines of a web page that are page layout rather than writing (issue 11, item 10), and datelines,
 * which are writing even when an extractor leaves them out.
 *
 * Layout lines are dropped from the article and never offered as teaser candidates: they are neither
 * the story nor anything an editor would flag. Seen on real news pages (../shared/samples):
 * - CSS breakpoint markers whose spans run together: "for-phone-onlyfor-tablet-portrait-up…" (Reuters);
 * - read-time badges: "4 Min Read", "5 min read", "Reading time: 3 minutes";
 * - gallery counters: "Slideshow ( 15 images )", "Gallery (8 photos)", "12 Photos".
 */

/** One token of lower-case letters and digits joined by hyphens or underscores, three parts or more, and nothing else. */
const CLASS_LIKE = /^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$/;

const READ_TIME = /^(?:(?:estimated\s+)?reading\s+time\s*:?\s*\d{1,3}\s*min(?:ute)?s?|\d{1,3}\s*(?:-\s*\d{1,3}\s*)?min(?:ute)?s?\.?\s+read)$/i;

const GALLERY = /^(?:(?:slideshow|gallery|photo\s+gallery|slides?)\s*\(\s*\d{1,4}\s+(?:images?|photos?|pictures?|slides?)\s*\)|\d{1,4}\s+(?:images?|photos?|pictures?|slides?)|(?:view|see|open)\s+(?:the\s+)?(?:slideshow|gallery)(?:\s*\(\s*\d{1,4}\s+(?:images?|photos?)\s*\))?)$/i;

/** True for a block of page layout: a CSS-class-like token, a read-time badge or a gallery counter. */
export function isLayoutLine(text: string): boolean {
  if (text.length > 200) return false; // layout lines are short; a long block is writing
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return false;
  if (CLASS_LIKE.test(line)) return true;
  return READ_TIME.test(line) || GALLERY.test(line);
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/** A calendar date: "Feb 18, 2020", "18 February 2020", "February 18th, 2020", "2020-02-18", "18/02/2020". */
const DATE = new RegExp(
  `\\b(?:\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})\\b`,
  'i',
);

/** Words a dateline may hold besides its date and time ("Online:", "Last Modified:", "Updated 10:30 a.m. JST"). */
const DATELINE_WORDS = new Set([
  'online', 'published', 'posted', 'updated', 'last', 'modified', 'first', 'on', 'at', 'am', 'pm', 'a', 'm', 'p',
  'gmt', 'utc', 'jst', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'ist', 'hkt', 'sgt', 'aest', 'kst',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'date', 'time', 'edited', 'issued', 'release', 'released',
]);

/**
 * True for a dateline: a short line holding a date, optionally a time and a label such as "Online:" or
 * "Last Modified:", and nothing else ("Online: Feb 18, 2020"; "Updated February 18, 2020 10:30 a.m. JST").
 */
export function isDateline(text: string): boolean {
  if (text.length > 200) return false;
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > 80 || !DATE.test(line)) return false;
  const rest = line.replace(DATE, ' ').replace(/\b\d{1,2}[:.]\d{2}\b/g, ' ').toLowerCase();
  const words = rest.match(/\p{L}+/gu) ?? [];
  return words.every((word) => DATELINE_WORDS.has(word));
}
