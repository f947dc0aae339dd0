/**
 * MONEY, PERCENT, QUANTITY and DATE spans, whole: the model's number and date entities, widened
 * where news writes more than the model reads ("2.7 trillion yuan", "1.5 million tons",
 * "the first half of 2023").
 */
import type { SuggestedSpan } from './types';
import type { Analysis, Token } from './entities-nlp';

/** Currency words that turn a bare number into money when they follow it. */
const CURRENCY_WORDS = new Set([
  'yuan', 'renminbi', 'rmb', 'dollar', 'dollars', 'euro', 'euros', 'sterling', 'yen', 'won',
  'rupee', 'rupees', 'rouble', 'roubles', 'ruble', 'rubles', 'franc', 'francs', 'peso', 'pesos', 'real', 'reais',
  'lira', 'krona', 'kronor', 'krone', 'kroner', 'rand', 'ringgit', 'baht', 'dong', 'dirham', 'dirhams', 'riyal',
  'riyals', 'shekel', 'shekels', 'naira', 'cents', 'pence', 'usd', 'eur', 'gbp', 'cny', 'jpy', 'hkd',
]);

/** Units that make a number a quantity: "1.5 million tons", "300 kilometres", "40 MW". */
const UNIT_WORDS = new Set([
  'ton', 'tons', 'tonne', 'tonnes', 'kg', 'kilogram', 'kilograms', 'kilo', 'kilos', 'gram', 'grams', 'g', 'mg',
  'pound', 'pounds', 'lb', 'lbs', 'ounce', 'ounces', 'oz', 'barrel', 'barrels', 'bpd', 'litre', 'litres',
  'liter', 'liters', 'gallon', 'gallons', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile',
  'miles', 'metre', 'metres', 'meter', 'meters', 'm', 'cm', 'mm', 'foot', 'feet', 'ft', 'inch', 'inches',
  'hectare', 'hectares', 'acre', 'acres', 'mu', 'square', 'cubic', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'twh',
  'watt', 'watts', 'kilowatt', 'kilowatts', 'megawatt', 'megawatts', 'gigawatt', 'gigawatts',
  'kilowatt-hours', 'degrees', '°c', '°f', 'mph', 'knots', 'bytes', 'gb', 'tb', 'mb', 'teu', 'units', 'vehicles',
]);

const REASON: Record<string, string> = { DATE: 'date pattern', MONEY: 'money pattern', PERCENT: 'percentage pattern', QUANTITY: 'quantity pattern' };
const SCORE: Record<string, number> = { DATE: 0.85, MONEY: 0.95, PERCENT: 0.95, QUANTITY: 0.8 };

function span(label: string, start: number, end: number, reason = REASON[label]): SuggestedSpan {
  return { kind: 'entity', start, end, label, reasons: [reason], score: SCORE[label] };
}

/** The word right after token `last` when nothing but a space separates them. */
function follower(tokens: Token[], last: number): Token | null {
  const next = tokens[last + 1];
  if (!next || next.start - tokens[last].end > 1 || next.sentence !== tokens[last].sentence) return null;
  return next;
}

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Oct\.?|Nov\.?|Dec\.?)$/;
export const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const YEAR = /^(?:1[89]\d\d|20\d\d)s?$/;
/** Days named for a holiday or an event, not a calendar date: "Black Friday", "Super Tuesday". */
const NAMED_DAYS = new Set(['Black', 'Good', 'Cyber', 'Super', 'Ash', 'Maundy', 'Holy', 'Easter', 'Palm', 'Bloody', 'Giving']);
const HOLIDAY_OR_SEASON = /^(?:christmas|easter|thanksgiving|halloween|hanukkah|ramadan|eid|diwali|passover|new year'?s?|christmas (?:day|eve)|new year'?s (?:day|eve)|valentine'?s day|spring|summer|autumn|fall|winter|(?:the )?(?:next|following|previous|same) (?:day|morning|night|evening))$/i;

/**
 * Whether a model DATE is one a reader could place on a calendar (scripts/eval's guidelines): not
 * a holiday or a season alone ("Christmas", "summer"), not a day named for an event ("Black
 * Friday"), not the story's own "the next day".
 */
function calendarDate(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  const phrase = words.join(' ').replace(/ ’/g, '’').replace(/ '/g, "'");
  if (HOLIDAY_OR_SEASON.test(phrase)) return false;
  // "the sun.", "a mar on it", "you may": a lower-case word spelled like a day's or month's short form is a word.
  if (first === last && /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/.test(words[0])) return false;
  // "the middle of the day", "her last day", "that night": a day with no name, number or month is the story's.
  if (/\b(?:day|night|morning|afternoon|evening)$/i.test(phrase) && !words.some((w) => MONTH.test(w) || WEEKDAY.test(w) || YEAR.test(w) || /\d/.test(w))) return false;
  const before = tokens[first - 1];
  if (first === last && WEEKDAY.test(words[0]) && before && NAMED_DAYS.has(before.text) && before.end + 1 === tokens[first].start) return false;
  return true;
}

/** The dates inside a model DURATION: pieces between "and", "to", "until", "-" holding a month or a year. */
function datesInside(tokens: Token[], first: number, last: number): SuggestedSpan[] {
  const spans: SuggestedSpan[] = [];
  let from = first;
  const flush = (to: number) => {
    let a = from;
    while (a <= to && /^(?:between|from|until|till|through|since|by|in|on|to|the|and|-|–)$/i.test(tokens[a].text)) a++;
    if (a <= to && tokens.slice(a, to + 1).some((t) => MONTH.test(t.text) || YEAR.test(t.text) || WEEKDAY.test(t.text))) {
      spans.push(span('DATE', tokens[a].start, tokens[to].end, 'date pattern'));
    }
  };
  for (let k = first; k <= last; k++) {
    if (!/^(?:and|to|until|till|through|-|–)$/i.test(tokens[k].text)) continue;
    if (k > from) flush(k - 1);
    from = k + 1;
  }
  if (from <= last) flush(last);
  return spans;
}

export function numberAndDateSpans(analysis: Analysis): SuggestedSpan[] {
  const { tokens, numeric } = analysis;
  const spans: SuggestedSpan[] = [];
  for (const entity of numeric) {
    const first = tokens[entity.first];
    const last = tokens[entity.last];
    if (!first || !last) continue;
    if (entity.type === 'MONEY' || entity.type === 'PERCENT') {
      // The model reads "US$3.5 million" and "5.8%" whole.
      spans.push(span(entity.type, first.start, last.end));
      continue;
    }
    if (entity.type === 'DURATION') {
      // "between Nov. 8 and Nov. 28", "until February 2024": the model calls these durations; the
      // dates inside them are dates.
      spans.push(...datesInside(tokens, entity.first, entity.last));
      continue;
    }
    if (entity.type === 'DATE') {
      if (!calendarDate(tokens, entity.first, entity.last)) continue;
      // The model takes "by 2023", "in May": the preposition is not part of the date.
      if (entity.first < entity.last && /^(by|in|on|at|since|until|till|from|during|before|after)$/i.test(first.text)) {
        spans.push(span('DATE', tokens[entity.first + 1].start, last.end));
        continue;
      }
      const before = tokens[entity.first - 1];
      // "the first half of 2023": the article belongs to the date when the date is a period.
      const start = before && /^the$/i.test(before.text) && /^(first|second|third|fourth|last|early|late|end|beginning|middle|past)$/i.test(first.text) ? before.start : first.start;
      spans.push(span('DATE', start, last.end));
      continue;
    }
    if (entity.type === 'CARDINAL') {
      const next = follower(tokens, entity.last);
      if (!next) continue;
      const word = next.text.toLowerCase();
      // "pounds" after a bare number is weight; money in pounds is written with £, which the model reads.
      if (CURRENCY_WORDS.has(word)) {
        spans.push(span('MONEY', first.start, next.end, `money pattern: ${word}`));
      } else if (UNIT_WORDS.has(word)) {
        // "300 square metres": take the unit's second word too.
        const after = (word === 'square' || word === 'cubic') ? follower(tokens, entity.last + 1) : null;
        spans.push(span('QUANTITY', first.start, (after ?? next).end, `quantity pattern: ${word}`));
      }
    }
  }
  return spans;
}
