/**
 * Another story's headline followed by its one-sentence summary: the summary ends properly, so it
 * reads like prose, but it shares hardly any words with everything written above it (or few, and
 * some with its own headline). Such a pair is a teaser; the summary loses its prose penalty. Teasers come in lists, so a pair counts only next to another pair: an article's own
 * section heading and paragraph stand alone between paragraphs (and share words with the text above).
 */
import type { BlockEvidence } from './teasers-evidence';
import { contentWords, overlapWith } from './teasers-words';

/** A summary sharing less than this with the text above counts when it also shares words with its headline. */
const MAX_SUMMARY_OVERLAP = 0.2;
/** Below this, the summary is about something else even if it shares no word with its headline ("Royal Arrogance" / "Prince Andrew …"). */
const UNRELATED_OVERLAP = 0.1;
const MIN_SUMMARY_WORDS = 4;
const PAIR_WEIGHT = { headline: 1, summary: 1 };
/** Undoes the prose penalty the summary was given (WEIGHT.prose in teasers-evidence.ts). */
const PROSE_REFUND = 2;

export function markStoryPairs(evidence: BlockEvidence[], title: string | undefined): void {
  // Words of every block above the current one, grown as the scan goes: linear in the text.
  const above = new Set<string>(title ? contentWords(title) : []);
  const pairStarts = new Set<number>();
  for (let i = 0; i + 1 < evidence.length; i++) {
    const headline = evidence[i];
    const summary = evidence[i + 1];
    if (headline.headline && summary.prose && i > 0 && isNewStory(headline.block.text, summary.block.text, above)) pairStarts.add(i);
    for (const word of contentWords(headline.block.text)) above.add(word);
  }
  for (const i of pairStarts) {
    if (!pairStarts.has(i - 2) && !pairStarts.has(i + 2)) continue;
    const headline = evidence[i];
    const summary = evidence[i + 1];
    headline.score += PAIR_WEIGHT.headline;
    headline.reasons.push('headline with its own summary');
    summary.score += PROSE_REFUND + PAIR_WEIGHT.summary;
    summary.prose = false;
    summary.reasons.push('summary of the headline above, unlike the article');
  }
}

/**
 * The summary shares almost no words with the text above, or few and some with its headline
 * (two, or one when the headline has four or fewer).
 */
function isNewStory(headline: string, summary: string, above: ReadonlySet<string>): boolean {
  const summaryList = contentWords(summary);
  const overlap = overlapWith(summaryList, above, MIN_SUMMARY_WORDS) ?? 1;
  if (overlap < UNRELATED_OVERLAP) return true;
  if (overlap >= MAX_SUMMARY_OVERLAP) return false;
  const headlineWords = new Set(contentWords(headline));
  const summaryWords = new Set(summaryList);
  let shared = 0;
  for (const word of headlineWords) if (summaryWords.has(word)) shared++;
  return shared >= 2 || (shared === 1 && headlineWords.size <= 4);
}
