/**
 * Where the article ends: the start of the suffix of blocks whose evidence adds up to the most
 * "tail". Article prose scores negative, teasers positive, so the best suffix begins right after
 * the article's last paragraph (Kadane's maximum subarray, anchored at the end: one pass).
 */
import type { BlockEvidence } from './teasers-evidence';

/** A tail must add up to at least this much evidence (one repeated headline, or a cut-off snippet and a headline). */
export const MIN_TAIL_EVIDENCE = 3;
/** The first block (the title or the lead) is never part of the tail. */
const FIRST_TAIL_BLOCK = 1;

/** This many full paragraphs in a row are the article's own prose: its end lies after them. */
export const PROSE_RUN = 3;

/** Index of the first tail block, or `evidence.length` when the document has no tail. */
export function findBoundary(evidence: BlockEvidence[]): number {
  let best = evidence.length;
  let bestSum = 0;
  let suffix = 0;
  const earliest = Math.max(FIRST_TAIL_BLOCK, afterLastProseRun(evidence));
  for (let i = evidence.length - 1; i >= earliest; i--) {
    suffix += evidence[i].score;
    if (suffix > bestSum && opensTail(evidence[i])) {
      bestSum = suffix;
      best = i;
    }
  }
  return bestSum >= MIN_TAIL_EVIDENCE ? best : evidence.length;
}

/**
 * Index just after the last run of PROSE_RUN prose paragraphs (0 when there is none). Lines an
 * article is interleaved with ("Advertisement", a photo credit printed twice, a date) do not break
 * a run. Paragraphs after the page's copyright line ("All rights reserved") are not the article's
 * — they are the site's rules, forms and notices a scraper found in the page's hidden dialogs — so
 * runs are only sought above it.
 */
function afterLastProseRun(evidence: BlockEvidence[]): number {
  let run = 0;
  let runEnd = 0;
  let last = evidence.length - 1;
  while (last >= 0 && !evidence[last].closesPage) last--;
  if (last < 0) last = evidence.length - 1;
  for (let i = last; i >= 0; i--) {
    const item = evidence[i];
    if (item.cue?.strong || (item.repeated && !item.repeatedAdjacent) || item.dateOnly) continue;
    if (!item.prose) {
      run = 0;
      continue;
    }
    if (run === 0) runEnd = i + 1;
    if (++run === PROSE_RUN) return runEnd;
  }
  return 0;
}

/**
 * A tail opens with a headline, a cue, a date or a site's notice, never with a long line: a
 * snippet follows its headline, and an article paragraph that merely lacks its full stop must not
 * pull the boundary up. A row of share buttons floats between paragraphs: it opens nothing.
 */
function opensTail(item: BlockEvidence): boolean {
  return (item.cue !== null && !item.cue.inline) || item.siteNotice || item.repeated || item.tagList || item.headline || item.dateOnly;
}
