/**
 * The holder of a copyright line is an organisation: "© Copyright 2023, City Limits", "Copyright ©
 * 2016 The Associated Press", "© Telegraph Media Group Limited 2022". News pages end with one; the
 * name it gives is then found wherever the page names itself ("This City Limits video…").
 */
import type { SuggestedSpan } from './types';

const HOLDER = /(?:©|\(c\)|\bCopyright\b)(?:\s*(?:©|Copyright\b))?\s*(?:(?:18|19|20)\d\d(?:\s*[-–]\s*(?:18|19|20)\d\d)?,?\s+)?(?:The\s)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:,?\s(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&)){0,5})/gu;
/** Words that end the holder's name before what follows it ("All rights reserved", a year). */
const NOT_NAME = /^(?:All|Rights|Reserved|Reproduction|Powered|This|Photo|Image|Copyright)$/;

export function copyrightHolderSpans(text: string): SuggestedSpan[] {
  const spans: SuggestedSpan[] = [];
  for (const m of text.matchAll(HOLDER)) {
    const words = m[1].split(/(?<=,?)\s/);
    const kept: string[] = [];
    for (const word of words) {
      if (NOT_NAME.test(word.replace(/[.,]$/, ''))) break;
      kept.push(word);
    }
    const name = kept.join(' ').replace(/[.,]+$/, (tail) => (/\b(?:Inc|Ltd|Co|Corp|LLC)\.$/.test(kept.join(' ')) ? tail.replace(/,$/, '') : ''));
    if (!/\p{L}{2}/u.test(name)) continue;
    const start = m.index + m[0].length - m[1].length;
    spans.push({ kind: 'entity', start, end: start + name.length, label: 'ORG', reasons: ['holder of the copyright'], score: 0.75 });
  }
  return spans;
}
