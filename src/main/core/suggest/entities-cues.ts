/**
 * Words around a name that say what it is when the gazetteer cannot: verbs of saying and "by" for
 * people ("Terry Smith said", "founded by Larry Page"), what companies do for organisations
 * ("Google was founded", "acquired Reddit"). Each returns the reason shown, or null.
 */
import type { Token } from './entities-nlp';

/** Verbs of saying after a name, and words before one, that make a person of a name-shaped run. */
const SAID = new Set(['said', 'says', 'told', 'added', 'wrote', 'explained', 'noted', 'argued', 'stressed', 'recalled', 'insisted', 'admitted', 'warned']);
const BY = new Set(['by']);

/** "Terry Smith said", "founded by Larry Page", "according to Mary Lou": a cue for a person. */
export function attributionCue(tokens: Token[], first: number, last: number): string | null {
  const next = tokens[last + 1];
  const after = next && next.text === ',' ? tokens[last + 2] : next;
  if (after && SAID.has(after.text)) return `attribution: ${after.text}`;
  const before = tokens[first - 1];
  // "by Larry Page", and a byline's "By James Warrington".
  if (before && BY.has(before.text.toLowerCase())) return `after "${before.text}"`;
  if (before && before.text === 'to' && tokens[first - 2]?.text.toLowerCase() === 'according') return 'attribution: according to';
  return null;
}

/** "Google was founded", "acquired Reddit", "merged with YouTube": a cue for an organisation. */
export function organisationCue(tokens: Token[], first: number, last: number): string | null {
  // Compared in lower case: "Shares of Apple" opens a sentence as often as "shares of Apple" ends one.
  const word = (k: number) => tokens[k]?.text.toLowerCase();
  const next = word(last + 1);
  const next2 = next ? `${next} ${word(last + 2) ?? ''}` : '';
  if (next && ORG_AFTER.has(next)) return `organisation cue: "${next}"`;
  if (ORG_AFTER_TWO.has(next2)) return `organisation cue: "${next2}"`;
  const before = word(first - 1);
  const before2 = before ? `${word(first - 2) ?? ''} ${before}` : '';
  if (before && ORG_BEFORE.has(before)) return `organisation cue: "${before}"`;
  if (ORG_BEFORE_TWO.has(before2)) return `organisation cue: "${before2}"`;
  return null;
}

const ORG_AFTER = new Set(['acquired', 'acquires', 'merged', 'merges', 'bought', 'buys', 'hired', 'employs', 'shares', 'stock', 'shareholders', 'inc', 'inc.']);
const ORG_AFTER_TWO = new Set(['was founded', 'is headquartered', 'was acquired', 'has acquired', 'is listed']);
const ORG_BEFORE = new Set(['acquired', 'acquire', 'acquiring', 'bought']);
const ORG_BEFORE_TWO = new Set(['merged with', 'merge with', 'shares of', 'stake in', 'employees of', 'founder of', 'founders of',
  // Publications: "This post originally appeared on Grist", "published in the journal Technology".
  'appeared on', 'appeared in', 'published in', 'journal']);
