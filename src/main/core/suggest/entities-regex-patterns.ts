/**
 * Money and dates the model does not read as such, by pattern over the raw text: "€4.2bn",
 * "HK$300m", "this spring", "a year earlier", "mid-2025", "fiscal 2023", "Q3 2024", "from 2019 to
 * 2021" (a year after a preposition), "the 2024-25 season". Each pattern is linear in the text.
 */
import type { SuggestedSpan } from './types';

const SCALE = '(?:\\s?(?:bn|mn|m|k|M|B|K|BN)\\b|\\s(?:million|billion|trillion)\\b)?';
// Thousands separated by commas, never a trailing comma ("$3,664, to set up" is $3,664).
const MONEY = new RegExp(`(?<![\\p{L}\\p{N}])(?:US\\$|HK\\$|A\\$|C\\$|S\\$|NZ\\$|R\\$|\\$|€|£|¥|₹|₩|(?:RMB|CNY|USD|EUR|GBP|JPY)\\s?)(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?${SCALE}`, 'gu');
/** "millions of dollars", "tens of billions of euros": an amount without a figure. */
const MONEY_WORDS = /\b(?:(?:[Hh]undreds|[Tt]ens)\sof\s)?(?:[Tt]housands|[Mm]illions|[Bb]illions|[Tt]rillions)\sof\s(?:dollars|pounds|euros|yen|yuan)\b/gu;

const MONTH_ABBREVIATION = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

const DATES: Array<[RegExp, string]> = [
  [/\b(?:this|last|next|early|late|mid-?)\s?(?:spring|summer|autumn|fall|winter)\b/giu, 'date pattern: season'],
  // "two years ago" is anchored to the day of writing; "a year earlier" is the period a report compares
  // with. "12 days earlier" and "a week later" are the story's own time, not a date.
  [/\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s(?:(?:year|month|week|day|decade)s?\sago|(?:year|quarter|month)s?\searlier)\b/gu, 'date pattern: time ago'],
  [/\b(?:[Ee]arlier|[Ll]ater)\s(?:this|last|next)\s(?:year|month|week|spring|summer|autumn|fall|winter|decade|century)\b/gu, 'date pattern: relative'],
  // "Nov. 8", "Sept. 19, 2019": the model reads abbreviated months as names.
  [new RegExp(`\\b${MONTH_ABBREVIATION}\\s(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\\s${YEAR})?(?![\\p{N}])`, 'gu'), 'date pattern: month and day'],
  // "11/08/23", "on 11/9": a numeric date with a year, or after a word that introduces a date.
  [new RegExp(`(?=\\d)(?<![\\p{N}/.])(?:1[0-2]|0?[1-9])/(?:[12]\\d|3[01]|0?[1-9])/(?:\\d\\d|${YEAR})(?![\\p{N}/])`, 'gu'), 'date pattern: numeric'],
  [/(?=\d)(?<=\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\s)(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])(?![\p{N}/])/gu, 'date pattern: numeric'],
  [/\b(?:mid|early|late)-(?:1[89]\d\d|20\d\d)s?\b/giu, 'date pattern: year'],
  [/\bfiscal\s(?:year\s)?(?:1[89]\d\d|20\d\d)\b/giu, 'date pattern: fiscal year'],
  [/\b[QH][1-4](?:\s(?:of\s)?(?:1[89]\d\d|20\d\d))?\b/gu, 'date pattern: quarter'],
  // A bare year only after a preposition ("in 2023", "from 2019 to 2021"): "2000 people" is a count.
  [/(?<=\b(?:in|since|from|to|until|till|by|of|before|after|during|through|between|and)\s)(?:1[89]\d\d|20\d\d)(?:[-–](?:\d\d|20\d\d))?(?![\p{L}\p{N}%]|[.,]\d)/giu, 'date pattern: year'],
  [/\b(?:1[89]\d\d|20\d\d)[-–]\d\d(?=\s(?:season|fiscal|financial|school|academic))/gu, 'date pattern: season'],
];

/**
 * A year on its own ("© 2023", "its 2011 restoration", "Election results: 2023"): four digits
 * from 1800 to 2099 written without a comma, as news writes years and not counts ("2,000 people").
 * Not a count before a plural noun or a round one before a word ("2000 people"), a share or an amount, an identifier after
 * "Flight", "Room", "No.", "Route"…, a house number before a street, or part of a longer number.
 */
const BARE_YEAR = new RegExp(
  // The look-ahead first: a position that starts no year is given up before the look-behinds run.
  '(?=1[89]|20)(?<![\\p{L}\\p{N}$€£¥#/:.,+-])' +
  '(?<!\\b(?:Flight|Room|No\\.|Nos\\.|Number|Route|Highway|Interstate|Suite|Unit|Apt\\.|Box|Section|Article|Chapter|Page|p\\.|pp\\.|Bill|Item|Lot|Gate|Platform|Code|Model|Version|Exit|Mile|Boeing|Airbus|Apollo|Windows|Rule|Order|Resolution|Form|Vol\\.|Issue|Case|Bus|Train|Channel|Ext\\.|#)\\s)' +
  '(?:18\\d\\d|19\\d\\d|20\\d\\d)' +
  '(?![\\p{L}\\p{N}%:/]|[.,]\\d|\\s?(?:percent|per cent)\\b|\\s(?:people|men|women|children|\\p{Ll}+s)\\b|(?:\\s\\p{Lu}[\\p{L}.]*){1,3}\\s(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Drive|Dr\\.|Lane|Way|Place|Court)\\b)',
  'gu',
);

export function regexNumberAndDateSpans(text: string): SuggestedSpan[] {
  const spans: SuggestedSpan[] = [];
  for (const m of text.matchAll(MONEY)) {
    spans.push({ kind: 'entity', start: m.index, end: m.index + m[0].trimEnd().length, label: 'MONEY', reasons: ['money pattern'], score: 0.95 });
  }
  for (const m of text.matchAll(MONEY_WORDS)) {
    spans.push({ kind: 'entity', start: m.index, end: m.index + m[0].length, label: 'MONEY', reasons: ['money pattern: amount in words'], score: 0.9 });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    // "2000 people", "1500 students": a round figure before a word is a count.
    if (m[0].endsWith('00') && /^ \p{Ll}/u.test(text.slice(m.index + 4, m.index + 6))) continue;
    spans.push({ kind: 'entity', start: m.index, end: m.index + m[0].length, label: 'DATE', reasons: ['date pattern: year'], score: 0.7 });
  }
  for (const [pattern, reason] of DATES) {
    for (const m of text.matchAll(pattern)) spans.push({ kind: 'entity', start: m.index, end: m.index + m[0].length, label: 'DATE', reasons: [reason], score: 0.85 });
  }
  return spans;
}
