/**
 * Money and dates the model does not read as such, by pattern over the raw text: "€4.2bn",
 * "HK$300m", "this spring", "a year earlier", "mid-2025", "fiscal 2023", "Q3 2024", "from 2019 to
 * 2021" (a year after a preposition), "the 2024-25 season". Each pattern is linear in the text.
 */
import type { SuggestedSpan } from './types';

const SCALE = '(?:\\s?(?:bn|mn|m|k|million|billion|trillion)\\b)?';
const MONEY = new RegExp(`(?<![\\p{L}\\p{N}])(?:US\\$|HK\\$|A\\$|C\\$|S\\$|NZ\\$|R\\$|\\$|€|£|¥|₹|₩|(?:RMB|CNY|USD|EUR|GBP|JPY)\\s?)\\d[\\d,]*(?:\\.\\d+)?${SCALE}`, 'gu');

const DATES: Array<[RegExp, string]> = [
  [/\b(?:this|last|next|early|late|mid-?)\s?(?:spring|summer|autumn|fall|winter)\b/giu, 'date pattern: season'],
  [/\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s(?:year|month|week|day|decade)s?\s(?:earlier|ago|later|before)\b/giu, 'date pattern: time ago'],
  [/\b(?:mid|early|late)-(?:1[89]\d\d|20\d\d)s?\b/giu, 'date pattern: year'],
  [/\bfiscal\s(?:year\s)?(?:1[89]\d\d|20\d\d)\b/giu, 'date pattern: fiscal year'],
  [/\b[QH][1-4](?:\s(?:of\s)?(?:1[89]\d\d|20\d\d))?\b/gu, 'date pattern: quarter'],
  // A bare year only after a preposition ("in 2023", "from 2019 to 2021"): "2000 people" is a count.
  [/(?<=\b(?:in|since|from|to|until|till|by|of|before|after|during|through|between|and)\s)(?:1[89]\d\d|20\d\d)(?:[-–](?:\d\d|20\d\d))?(?![\p{L}\p{N}%]|[.,]\d)/giu, 'date pattern: year'],
  [/\b(?:1[89]\d\d|20\d\d)[-–]\d\d(?=\s(?:season|fiscal|financial|school|academic))/gu, 'date pattern: season'],
];

export function regexNumberAndDateSpans(text: string): SuggestedSpan[] {
  const spans: SuggestedSpan[] = [];
  for (const m of text.matchAll(MONEY)) {
    spans.push({ kind: 'entity', start: m.index, end: m.index + m[0].trimEnd().length, label: 'MONEY', reasons: ['money pattern'], score: 0.95 });
  }
  for (const [pattern, reason] of DATES) {
    for (const m of text.matchAll(pattern)) spans.push({ kind: 'entity', start: m.index, end: m.index + m[0].length, label: 'DATE', reasons: [reason], score: 0.85 });
  }
  return spans;
}
