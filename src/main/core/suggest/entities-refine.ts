/**
 * Last touches on the entity suggester's kept spans, where two spans make one or a span sits
 * where no entity can: "Thursday, November 9th 2023" is one date, "the Trump administration" an
 * organisation, and nothing inside an e-mail address or a web address is a name.
 */
import type { SuggestedSpan } from './types';
import { WEEKDAY } from './entities-patterns';

/** A run of non-space characters, and what makes one an e-mail or web address. */
const WORD = /\S+/gu;
const ADDRESS = /@|:\/\/|www\./u;

/** Character ranges of the text's e-mail and web addresses (one pass: no backtracking on a long line). */
function addresses(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(WORD)) if (ADDRESS.test(m[0])) found.push([m.index, m.index + m[0].length]);
  return found;
}

/**
 * Joins a weekday to the date right after it ("Monday 28 September 2020"), makes a person's name
 * before "administration" the organisation it names, and drops names inside addresses
 * ("Emma@citylimits.org"). `spans` are non-overlapping and in text order; so is the answer.
 */
export function refineEntities(text: string, spans: SuggestedSpan[]): SuggestedSpan[] {
  const inAddress = addresses(text);
  const out: SuggestedSpan[] = [];
  let a = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    while (a < inAddress.length && inAddress[a][1] <= span.start) a++;
    if (span.label !== 'DATE' && span.label !== 'MONEY' && span.label !== 'PERCENT' && a < inAddress.length && inAddress[a][0] < span.end) continue;
    const next = spans[k + 1];
    if (span.label === 'DATE' && next?.label === 'DATE' && WEEKDAY.test(text.slice(span.start, span.end)) && /^,? $/.test(text.slice(span.end, next.start))) {
      out.push({ ...next, start: span.start, reasons: [...new Set([...span.reasons, ...next.reasons])] });
      k++;
      continue;
    }
    if (span.label === 'PERSON' && /^ administration\b/.test(text.slice(span.end, span.end + 16))) {
      out.push({ ...span, label: 'ORG', end: span.end + ' administration'.length, reasons: [`${text.slice(span.start, span.end)} administration`], canonical: undefined });
      continue;
    }
    out.push(span);
  }
  return out;
}
