/**
 * Line-shape signals for one block, each a small pure test: is it a tag list, does it end cut off,
 * is it only a date, is it a headline-like short line. `teasers-evidence.ts` weighs them.
 */

/** Sentence-final punctuation, closing quotes and brackets included ("…said.”"). */
const END_PUNCTUATION = /[.!?;:。！？»"'”’)\]]$/u;
const ELLIPSIS_END = /(?:…|\.\.\.|\. \. \.)[\s"'”’)\]]*$/u;
const TAG_SEPARATOR = / [|•·] /g;

export function endsWithPunctuation(line: string): boolean {
  return END_PUNCTUATION.test(line);
}

export function endsWithEllipsis(line: string): boolean {
  // Only the last few characters matter; slicing keeps the test constant-time on a 1 MB line.
  return ELLIPSIS_END.test(line.slice(-12));
}

/** Number of words, counted without splitting (cheap on long lines). */
export function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** "Headline | Tag | Tag": two or more ` | ` separators, or one followed by a short tag. */
export function isTagList(line: string): boolean {
  if (isTableRow(line)) return false;
  const separators = line.match(TAG_SEPARATOR)?.length ?? 0;
  if (separators >= 2) return true;
  if (separators === 1) {
    const last = line.slice(line.search(TAG_SEPARATOR) + 3).trim();
    return last.length > 0 && wordCount(last) <= 3 && !endsWithPunctuation(last);
  }
  return false;
}

/** "| 39 | Casey Mears | 1 | 0 |": a row of the article's own table, fenced by pipes, not a headline with tags. */
export function isTableRow(line: string): boolean {
  return line.length > 2 && line.startsWith('|') && line.endsWith('|');
}

/** A long line (a lead paragraph) that stops without end punctuation: a snippet cut off by the scraper. */
export const LONG_LINE_CHARS = 100;

export function isCutOff(line: string): boolean {
  if (endsWithEllipsis(line)) return true;
  return line.length >= LONG_LINE_CHARS && !endsWithPunctuation(line);
}

/** "1) …", "* …", "• …", "— …": an item of a list, which articles have too (tables, product lists, tweets). */
export function isListItem(line: string): boolean {
  return /^(?:\(?\d{1,3}[.)]|[*•▪►·\-–—])\s?\S/u.test(line) && !/^\d{1,3}\.\d/.test(line);
}

/** A web address alone on its line. */
export function isBareUrl(line: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(line);
}

/** Most longer words capitalised: "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air?" */
export function isTitleCase(line: string): boolean {
  if (line.length > 200) return false;
  const words = line.match(/[\p{L}][\p{L}'’]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => w[0] !== w[0].toLowerCase()).length;
  return capitalised / words.length >= 0.7;
}

/** A short line ending in "?" or "!": a headline's shape when it is also title case. */
export function isShortQuestionOrExclamation(line: string): boolean {
  return line.length < LONG_LINE_CHARS && /[?!]["'”’]?$/u.test(line);
}

/** A headline-shaped line: short, no end punctuation. */
export const SHORT_LINE_WORDS = 16;

export function isShortUnpunctuated(line: string): boolean {
  return line.length < LONG_LINE_CHARS && wordCount(line) <= SHORT_LINE_WORDS && !endsWithPunctuation(line) && !endsWithEllipsis(line);
}

const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|et|pt|bst|cet|st|nd|rd|th|at|on|updated|published|posted|online|release|time|date)\b/gi;

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const NUMERIC_DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/;

/** "13 hours ago", "há 2 horas", "vor 3 Tagen", "2시간 전": when a listed story or comment was posted, counted back from now. */
const RELATIVE_TIME = new RegExp(
  '^(?:(?:updated|posted|published):? )?(?:' +
    [
      '(?:\\d{1,3}|an?|one) (?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago',
      'yesterday',
      'just now',
      'há \\d{1,3} (?:minutos?|horas?|dias?|semanas?|meses|mês|anos?)',
      'hace \\d{1,3} (?:minutos?|horas?|días?|semanas?|meses|años?)',
      'il y a \\d{1,3} (?:minutes?|heures?|jours?|semaines?|mois|ans?)',
      'vor \\d{1,3} (?:minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)',
      '\\d{1,3} (?:minuti|ore|giorni|settimane|mesi|anni) fa',
      '\\d{1,3} ?(?:분|시간|일|주|개월|년) ?전',
      '\\d{1,3} ?(?:分钟|小时|天|周|个月|年)前',
    ].join('|') +
    ')$',
  'iu',
);

/** "Feb 18, 2020", "2020-02-18 10:30", "Updated: Monday, March 3", "13 hours ago": a date and nothing else. */
export function isDateOnly(line: string): boolean {
  if (line.length <= 40 && RELATIVE_TIME.test(line)) return true;
  if (line.length > 60 || !/\d/.test(line)) return false;
  // A bare number ("5040", a table cell) is not a date: a month or a numeric date must be there.
  if (!MONTH.test(line) && !NUMERIC_DATE.test(line)) return false;
  const rest = line.replace(DATE_WORDS, '').replace(/[\d\s,.:/\-–|()]+/g, '');
  return rest.length === 0;
}

/**
 * Whether the last word of a cut-off line is a fragment of a longer word: it occurs nowhere else
 * in the document as a word, but another word in the document starts with it ("milita" → "military").
 */
export function endsMidWord(line: string, wordCounts: ReadonlyMap<string, number>, prefixes: ReadonlySet<string>): boolean {
  const match = /([\p{L}]{2,})$/u.exec(line.slice(-40));
  if (!match) return false;
  const fragment = match[1].toLowerCase();
  if (fragment.length > MAX_PREFIX || (wordCounts.get(fragment) ?? 0) > 1) return false;
  return prefixes.has(fragment);
}

/** Proper prefixes up to this length are indexed; a longer fragment is not judged (cost stays linear). */
export const MAX_PREFIX = 8;
