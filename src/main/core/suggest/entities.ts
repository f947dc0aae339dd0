/**
 * The entity suggester (issue 8): PERSON, ORG, PLACE, DATE, MONEY, PERCENT and QUANTITY spans with
 * the reasons that fired. Pure: text and library context in, spans out (see types.ts).
 *
 * Sources, surest first: library memory (names tagged in other documents), number and date
 * patterns on wink-nlp's reading, proper-noun runs typed by the gazetteer, then every other
 * occurrence and short form of the names found. Where spans overlap, the surer (then longer) wins.
 */
import type { SuggestedSpan, Suggester } from './types';
import { analyse } from './entities-nlp';
import { gazetteer } from './gazetteer';
import { numberAndDateSpans } from './entities-patterns';
import { regexNumberAndDateSpans } from './entities-regex-patterns';
import { FACILITY, nameSpans } from './entities-names';
import { echoSpans } from './entities-short-forms';
import { memorySpans, rejectionFilter } from './entities-memory';
import { refineEntities } from './entities-refine';
import { domainNameSpans } from './entities-domains';
import { copyrightHolderSpans } from './entities-copyright';

/**
 * Keeps the surest of overlapping spans (ties: the longer), returned in text order. A span found
 * again with the same label by another rule adds its reason (and a canonical name) to the kept one.
 */
export function withoutOverlaps(spans: SuggestedSpan[]): SuggestedSpan[] {
  const ranked = [...spans].sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: SuggestedSpan[] = [];
  const keptAt = new Map<string, SuggestedSpan>();
  // Taken character ranges, kept sorted by start, for a binary-searched overlap test.
  const taken: Array<[number, number]> = [];
  for (const found of ranked) {
    const key = `${found.start}:${found.end}:${found.label}`;
    const same = keptAt.get(key);
    if (same) {
      for (const reason of found.reasons) if (!same.reasons.includes(reason)) same.reasons.push(reason);
      if (!same.canonical && found.canonical) same.canonical = found.canonical;
      continue;
    }
    const span = { ...found, reasons: [...found.reasons] };
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid][0] < span.end) lo = mid + 1; else hi = mid;
    }
    // taken[lo - 1] is the last range starting before this span ends; ranges never overlap each other.
    if (lo > 0 && taken[lo - 1][1] > span.start) continue;
    taken.splice(lo, 0, [span.start, span.end]);
    kept.push(span);
    keptAt.set(key, span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export const suggestEntities: Suggester = (text, context) => {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const allowed = rejectionFilter(text, context.rejectedNames);
  const analysis = analyse(text);
  const gaz = gazetteer();
  const found = [...numberAndDateSpans(analysis), ...regexNumberAndDateSpans(text), ...domainNameSpans(text), ...copyrightHolderSpans(text), ...nameSpans(text, analysis, gaz)].filter(allowed);
  const echoes = echoSpans(text, found, gaz).filter(allowed);
  const memory = memorySpans(text, context).filter(allowed);
  return refineEntities(text, withoutOverlaps([...memory, ...found, ...echoes])).filter((span) => span.label !== FACILITY);
};
