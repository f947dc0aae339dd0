/**
 * Real leftovers, not built ones: what five article extractors (trafilatura, Readability.js,
 * readability, jusText, html-text — outputs shipped with the scrapinghub benchmark) returned for the
 * 20 pages. A line found in the page's ground-truth article is article; any other line is left-over
 * page text. Scored at line level; left-overs after the article's last line (the tail) are counted
 * apart from those above or inside it (menus, captions), which the suggester only flags on a cue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flaggedLines } from './teasers-score';

interface Tally {
  articleLines: number;
  articleFlagged: number;
  tailLines: number;
  tailFlagged: number;
  otherLines: number;
  otherFlagged: number;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function evaluateExtractorOutputs(dataDir: string): string[] {
  const dir = join(dataDir, 'boilerplate', 'scrapinghub-aeb');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.20.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const outputs = JSON.parse(readFileSync(join(dir, 'reference-outputs.20.json'), 'utf8')) as Record<string, { output: Record<string, { articleBody?: string }> }>;
  const lines: string[] = ['scrapinghub pages as five extractors returned them (real left-overs; looked at only to find one bug, bare numbers read as dates):'];
  const total = blank();
  for (const [tool, { output }] of Object.entries(outputs)) {
    const tally = blank();
    for (const [key, { articleBody }] of Object.entries(output)) {
      if (!articleBody || !truth[key]) continue;
      score(tally, articleBody, truth[key].articleBody);
    }
    for (const field of Object.keys(total) as Array<keyof Tally>) total[field] += tally[field];
    lines.push(`  ${tool.padEnd(15)} ${describe(tally)}`);
  }
  lines.push(`  ${'all five'.padEnd(15)} ${describe(total)}`);
  return lines;
}

function blank(): Tally {
  return { articleLines: 0, articleFlagged: 0, tailLines: 0, tailFlagged: 0, otherLines: 0, otherFlagged: 0 };
}

/** Shorter lines ("Share", "Photo") are article only when the article has them as a whole paragraph. */
const MIN_QUOTED_CHARS = 25;

function score(into: Tally, extracted: string, truth: string): void {
  const article = squash(truth);
  const paragraphs = new Set(truth.split('\n').map(squash));
  const lines = extracted
    .split('\n')
    .map(squash)
    .filter((line) => line !== '');
  const inArticle = lines.map((line) => paragraphs.has(line) || (line.length >= MIN_QUOTED_CHARS && article.includes(line.slice(0, 80))));
  const lastArticleLine = inArticle.lastIndexOf(true);
  const flagged = flaggedLines(lines);
  lines.forEach((_, i) => {
    if (inArticle[i]) {
      into.articleLines++;
      if (flagged[i]) into.articleFlagged++;
    } else if (i > lastArticleLine) {
      into.tailLines++;
      if (flagged[i]) into.tailFlagged++;
    } else {
      into.otherLines++;
      if (flagged[i]) into.otherFlagged++;
    }
  });
}

function describe(t: Tally): string {
  const flaggedLeftovers = t.tailFlagged + t.otherFlagged;
  const precision = flaggedLeftovers / Math.max(1, flaggedLeftovers + t.articleFlagged);
  const tailRecall = t.tailFlagged / Math.max(1, t.tailLines);
  const tailF1 = precision + tailRecall === 0 ? 0 : (2 * precision * tailRecall) / (precision + tailRecall);
  return (
    `article lines flagged ${t.articleFlagged}/${t.articleLines}; tail left-overs flagged ${t.tailFlagged}/${t.tailLines} ` +
    `(P ${precision.toFixed(3)} R ${tailRecall.toFixed(3)} F1 ${tailF1.toFixed(3)}); left-overs above or inside the article flagged ${t.otherFlagged}/${t.otherLines}`
  );
}
