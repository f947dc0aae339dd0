/**
 * Library memory: a name the editor tagged in other documents is suggested wherever it occurs in
 * this one, with its label and canonical name; a name rejected with a label is not suggested with
 * that label again.
 */
import type { KnownName, SuggestContext, SuggestedSpan } from './types';
import { findOccurrences } from './entities-occurrences';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function memorySpans(text: string, context: SuggestContext): SuggestedSpan[] {
  const byKey = new Map<string, KnownName>();
  for (const known of context.knownNames) {
    if (!known.text.trim() || !known.label) continue;
    // The same spelling known with two labels: the one used in more documents wins here; the
    // consistency view (entities-consistency.ts) shows the disagreement.
    const key = known.text.toLowerCase();
    const held = byKey.get(key);
    if (!held || known.documents > held.documents) byKey.set(key, known);
  }
  const names = new Map([...byKey.values()].map((known) => [known.text, known]));
  // The library groups spellings that differ only in case ("HARBIN" in a headline, "Harbin" in text).
  return findOccurrences(text, names, { ignoreCase: true }).map(({ start, end, value }) => ({
    kind: 'entity',
    start,
    end,
    label: value.label,
    ...(value.canonical ? { canonical: value.canonical } : {}),
    reasons: [`known ${value.label} from ${plural(value.documents, 'document')}`],
    // More documents, surer; never below a pattern's certainty.
    score: Math.min(0.99, 0.9 + 0.01 * Math.min(9, value.documents)),
  }));
}

/** A filter that drops spans whose text the editor rejected with the same label. */
export function rejectionFilter(text: string, rejected: SuggestContext['rejectedNames']): (span: SuggestedSpan) => boolean {
  const keys = new Set(rejected.map((r) => `${r.label}\u0000${r.text.trim().toLowerCase()}`));
  if (keys.size === 0) return () => true;
  return (span) => !keys.has(`${span.label}\u0000${text.slice(span.start, span.end).trim().toLowerCase()}`);
}
