/**
 * Claim suggestions: every sentence (or "; " clause) the trained model scores at or above the
 * threshold of the editor's setting (precise or broad), with the features that pushed it there, the
 * score against the threshold, and — when it repeats a claim worked to a verdict elsewhere in the
 * library — that verdict. Each sentence is scored in its document's context (how much of the text is
 * first person, figures, quotations…). Pure: text and context in, spans out.
 */
import { FEATURES, documentContext, longEnoughForClaim, sentenceFeatures, type SentenceFeatures } from './claims-features';
import { checkedBeforeReason, matchCheckedClaim } from './claims-memory';
import { claimModel, claimScore, contributions, wordPush } from './claims-model';
import { unwrapLines } from './hard-wrap';
import { splitSentences } from './sentences';
import type { SuggestContext, SuggestedSpan, Suggester } from './types';

/** Longer "sentences" are run-ons, tables or lines with no punctuation: not one claim. */
export const MAX_CLAIM_CHARS = 1200;

/**
 * A sentence's score and the features that fired, as reasons, those pushing hardest towards a claim
 * first; null for a sentence that is not a statement at all (a title-case headline, a few words).
 */
const TITLE_CASE = FEATURES.findIndex((f) => f.name === 'titleCase');
const UNTERMINATED = FEATURES.findIndex((f) => f.name === 'unterminated');

/** A word's weight must be at least this for it to be named among the reasons (short words never are). */
const WORD_REASON_WEIGHT = 0.15;
const WORD_REASON = /^w:\p{L}{5,}$/u;

/**
 * `context` is the document's `documentContext`; `features` may be passed when already computed;
 * below `reasonsFrom` the reasons are not worked out (the suggester drops those sentences anyway).
 */
export function scoreClaimSentence(
  text: string,
  model = claimModel(),
  context?: Float64Array,
  features: SentenceFeatures = sentenceFeatures(text),
  reasonsFrom = 0,
): { score: number; reasons: string[] } | null {
  if (!longEnoughForClaim(text)) return null;
  // A headline in title case with no full stop is a title, not a statement: never suggested, whatever it names.
  if (features.values[TITLE_CASE] > 0 && features.values[UNTERMINATED] > 0) return null;
  const words = wordPush(model, text);
  const score = claimScore(model, features, words.push, context);
  if (score < reasonsFrom) return { score, reasons: [] };
  const pushes = contributions(model, features)
    .map((push, i) => ({ push, def: FEATURES[i] }))
    .filter((p, i) => features.values[i] > 0 && p.def.reason)
    .sort((a, b) => b.push - a.push);
  const reasons = pushes.map(({ def }) =>
    def.name === 'attribution' && features.attributionCue ? `attribution: ${features.attributionCue}` : (def.reason as string),
  );
  // The two words that pushed hardest towards a claim, as the news it learnt from used them.
  const strongest = words.words
    .filter((w) => w.weight >= WORD_REASON_WEIGHT && WORD_REASON.test(w.key))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .map((w) => `“${w.key.slice(2)}”`);
  if (strongest.length) reasons.push(`wording: ${strongest.join(', ')}`);
  return { score, reasons };
}

export const suggestClaims: Suggester = (text: string, context: SuggestContext): SuggestedSpan[] => {
  if (typeof text !== 'string' || !/\p{L}/u.test(text)) return [];
  const model = claimModel();
  const setting = context.claimSetting === 'broad' ? 'broad' : 'precise';
  const threshold = model.thresholds[setting];
  const out: SuggestedSpan[] = [];
  // Hard-wrapped prose is split as if unwrapped (same offsets): its line breaks do not end sentences.
  const sentences = splitSentences(unwrapLines(text) ?? text)
    .filter((s) => s.text.length <= MAX_CLAIM_CHARS && longEnoughForClaim(s.text))
    .map((s) => ({ ...s, features: sentenceFeatures(s.text) }));
  const docContext = documentContext(sentences.map((s) => s.features.values));
  for (const sentence of sentences) {
    // "Headline | Name | tag": a scraper's tag line, never one claim (the teaser suggester flags it).
    if ((sentence.text.match(/ \| /g) ?? []).length >= 2) continue;
    const scored = scoreClaimSentence(sentence.text, model, docContext, sentence.features, threshold);
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
