/**
 * Real leftovers, not built ones: what five article extractors (trafilatura, Readability.js,
 * readability, jusText, html-text — outputs shipped with the scrapinghub benchmark) returned for the
 * 20 pages. A line found in the page's ground-truth article is article; any other line is left-over
 * page text. Scored at line level; left-overs after the article's last line (the tail) are counted
 * apart from those above or inside it (menus, captions), which the suggester only flags on a cue.
 *
 * Honest measurement: the pages at even positions (sorted by key) are the development half, the
 * only one whose lines may be looked at (teasers-extractors-errors.ts); the odd half is held out
 * and only its totals are printed.
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

/** Where an extracted line sits against the ground truth. */
export type LinePlace = 'article' | 'tail' | 'other';

export interface ScoredLine {
  text: string;
  place: LinePlace;
  flagged: boolean;
}

export interface ExtractorOutput {
  tool: string;
  page: string;
  /** Position of the page in the set's order (keys sorted): even is the development half. */
  pageIndex: number;
  lines: ScoredLine[];
}

export const isDevPage = (pageIndex: number) => pageIndex % 2 === 0;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every extractor's output for every page, each line placed against the truth and run through the suggester. */
export function scoreExtractorOutputs(dataDir: string): ExtractorOutput[] {
  const dir = join(dataDir, 'boilerplate', 'scrapinghub-aeb');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.20.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const outputs = JSON.parse(readFileSync(join(dir, 'reference-outputs.20.json'), 'utf8')) as Record<string, { output: Record<string, { articleBody?: string }> }>;
  const pageOrder = Object.keys(truth).sort();
  const scored: ExtractorOutput[] = [];
  for (const [tool, { output }] of Object.entries(outputs)) {
    for (const [page, { articleBody }] of Object.entries(output)) {
      if (!articleBody || !truth[page]) continue;
      scored.push({ tool, page, pageIndex: pageOrder.indexOf(page), lines: scoreLines(articleBody, truth[page].articleBody) });
    }
  }
  return scored;
}

export function evaluateExtractorOutputs(dataDir: string): string[] {
  const scored = scoreExtractorOutputs(dataDir);
  const lines: string[] = ['scrapinghub pages as five extractors returned them (real left-overs; rules developed on the even pages only):'];
  const tools = [...new Set(scored.map((output) => output.tool))];
  for (const tool of tools) lines.push(`  ${tool.padEnd(31)} ${describe(tally(scored.filter((output) => output.tool === tool)))}`);
  lines.push(`  ${'all five, dev (even pages)'.padEnd(31)} ${describe(tally(scored.filter((output) => isDevPage(output.pageIndex))))}`);
  lines.push(`  ${'all five, held out (odd pages)'.padEnd(31)} ${describe(tally(scored.filter((output) => !isDevPage(output.pageIndex))))}`);
  lines.push(`  ${'all five, all pages'.padEnd(31)} ${describe(tally(scored))}`);
  return lines;
}

function tally(outputs: ExtractorOutput[]): Tally {
  const into: Tally = { articleLines: 0, articleFlagged: 0, tailLines: 0, tailFlagged: 0, otherLines: 0, otherFlagged: 0 };
  for (const { lines } of outputs) {
    for (const { place, flagged } of lines) {
      into[`${place}Lines`]++;
      if (flagged) into[`${place}Flagged`]++;
    }
  }
  return into;
}

/** Shorter lines ("Share", "Photo") are article only when the article has them as a whole paragraph. */
const MIN_QUOTED_CHARS = 25;

function scoreLines(extracted: string, truth: string): ScoredLine[] {
  const article = squash(truth);
  const paragraphs = new Set(truth.split('\n').map(squash));
  const lines = extracted
    .split('\n')
    .map(squash)
    .filter((line) => line !== '');
  const inArticle = lines.map((line) => paragraphs.has(line) || (line.length >= MIN_QUOTED_CHARS && article.includes(line.slice(0, 80))));
  const lastArticleLine = inArticle.lastIndexOf(true);
  const flagged = flaggedLines(lines);
  return lines.map((text, i) => ({ text, flagged: flagged[i], place: inArticle[i] ? 'article' : i > lastArticleLine ? 'tail' : 'other' }));
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
