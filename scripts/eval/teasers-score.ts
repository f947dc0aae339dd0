/** Line-level counts for the teaser evaluation: a line is flagged when a suggested span covers any of it. */
import { suggestTeasers } from '../../src/main/core/suggest/teasers';
import { emptySuggestContext } from '../../src/main/core/suggest/types';

export interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
}

export const noCounts = (): Counts => ({ truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0 });

export function addCounts(into: Counts, more: Counts): void {
  into.truePositive += more.truePositive;
  into.falsePositive += more.falsePositive;
  into.falseNegative += more.falseNegative;
  into.trueNegative += more.trueNegative;
}

/** Which of `lines` (joined by "\n" into the document) the suggester flags. */
export function flaggedLines(lines: string[], title?: string): boolean[] {
  const text = lines.join('\n');
  const spans = suggestTeasers(text, emptySuggestContext(title ? { title } : {}));
  const flagged: boolean[] = [];
  let offset = 0;
  for (const line of lines) {
    const start = offset;
    const end = offset + line.length;
    flagged.push(spans.some((s) => s.start < end && s.end > start));
    offset = end + 1;
  }
  return flagged;
}

export function countLines(truth: boolean[], flagged: boolean[]): Counts {
  const counts = noCounts();
  truth.forEach((positive, i) => {
    if (positive && flagged[i]) counts.truePositive++;
    else if (positive) counts.falseNegative++;
    else if (flagged[i]) counts.falsePositive++;
    else counts.trueNegative++;
  });
  return counts;
}

export function formatScores(counts: Counts): string {
  const precision = counts.truePositive / Math.max(1, counts.truePositive + counts.falsePositive);
  const recall = counts.truePositive / Math.max(1, counts.truePositive + counts.falseNegative);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const negatives = counts.falsePositive + counts.trueNegative;
  return (
    `P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  ` +
    `(article lines flagged: ${counts.falsePositive} of ${negatives}, ${((100 * counts.falsePositive) / Math.max(1, negatives)).toFixed(2)}%)`
  );
}
