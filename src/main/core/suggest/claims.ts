/**
 * Claim suggestions: every sentence (or "; " clause) the trained model scores at or above the
 * threshold of the editor's setting (precise or broad), with the features that pushed it there, the
 * score against the threshold, and — when it repeats a claim worked to a verdict elsewhere in the
 * library — that verdict. Pure: text and context in, spans out.
 */
import { FEATURES, sentenceFeatures } from './claims-features';
import { checkedBeforeReason, matchCheckedClaim } from './claims-memory';
import { claimModel, claimScore, contributions } from './claims-model';
import { splitSentences } from './sentences';
import type { SuggestContext, SuggestedSpan, Suggester } from './types';

/** Longer "sentences" are run-ons, tables or lines with no punctuation: not one claim. */
export const MAX_CLAIM_CHARS = 1200;
/** Fewer words are a dateline, a label or a fragment ("Release time: Apr 16, 2024"), not a claim. */
const MIN_CLAIM_WORDS = 5;

/**
 * A sentence's score and the features that fired, as reasons, those pushing hardest towards a claim
 * first; null for a sentence that is not a statement at all (a title-case headline, a few words).
 */
const TITLE_CASE = FEATURES.findIndex((f) => f.name === 'titleCase');
const UNTERMINATED = FEATURES.findIndex((f) => f.name === 'unterminated');

export function scoreClaimSentence(text: string, model = claimModel()): { score: number; reasons: string[] } | null {
  if ((text.match(/\p{L}+/gu) ?? []).length < MIN_CLAIM_WORDS) return null;
  const features = sentenceFeatures(text);
  // A headline in title case with no full stop is a title, not a statement: never suggested, whatever it names.
  if (features.values[TITLE_CASE] > 0 && features.values[UNTERMINATED] > 0) return null;
  const score = claimScore(model, features);
  const pushes = contributions(model, features)
    .map((push, i) => ({ push, def: FEATURES[i] }))
    .filter((p, i) => features.values[i] > 0 && p.def.reason)
    .sort((a, b) => b.push - a.push);
  const reasons = pushes.map(({ def }) =>
    def.name === 'attribution' && features.attributionCue ? `attribution: ${features.attributionCue}` : (def.reason as string),
  );
  return { score, reasons };
}

export const suggestClaims: Suggester = (text: string, context: SuggestContext): SuggestedSpan[] => {
  if (typeof text !== 'string' || !/\p{L}/u.test(text)) return [];
  const model = claimModel();
  const setting = context.claimSetting === 'broad' ? 'broad' : 'precise';
  const threshold = model.thresholds[setting];
  const out: SuggestedSpan[] = [];
  for (const sentence of splitSentences(text)) {
    if (sentence.text.length > MAX_CLAIM_CHARS) continue;
    // "Headline | Name | tag": a scraper's tag line, never one claim (the teaser suggester flags it).
    if ((sentence.text.match(/ \| /g) ?? []).length >= 2) continue;
    const scored = scoreClaimSentence(sentence.text, model);
    if (!scored || scored.score < threshold) continue;
    const { score, reasons } = scored;
    // A clause cut at "; " keeps its words, not the semicolon.
    const end = sentence.text.endsWith(';') ? sentence.end - 1 : sentence.end;
    reasons.push(`score ${score.toFixed(2)} ≥ ${setting} ${threshold.toFixed(2)}`);
    const checked = matchCheckedClaim(sentence.text, context.checkedClaims ?? []);
    if (checked) reasons.unshift(checkedBeforeReason(checked));
    out.push({ kind: 'claim', start: sentence.start, end, label: null, reasons, score });
  }
  return out;
};
