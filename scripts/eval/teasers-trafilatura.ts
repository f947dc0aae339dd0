/**
 * The trafilatura evaluation pages, read two ways: as Copydesk's HTML import lays them out (the
 * article, then what extraction left over) and as a naive scraper's plain text (every text block of
 * the page). A line holding a must-not snippet should be flagged, a line holding a must snippet not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml, parseHtmlDocument } from '../../src/main/core/import/html';
import { collectBlocks } from '../../src/main/core/import/dom-blocks';
import { flaggedLines } from './teasers-score';

interface Entry {
  file: string;
  with: string[];
  without: string[];
}

interface Tally {
  mustNotFlagged: number;
  mustNotPresent: number;
  mustFlagged: number;
  mustPresent: number;
  absent: number;
}

export async function evaluateTrafilatura(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, 'boilerplate', 'trafilatura-eval');
  const entries = Object.values(JSON.parse(readFileSync(join(dir, 'evaldata.20.json'), 'utf8')) as Record<string, Entry>);
  const imported = blankTally();
  const naive = blankTally();
  for (const entry of entries) {
    const bytes = readFileSync(join(dir, 'html', entry.file));
    const parsed = parseHtml(entry.file, bytes);
    tally(imported, parsed.text.split('\n'), parsed.title, entry);
    const dom = parseHtmlDocument(bytes.toString('utf8'));
    const body = dom.window.document.body ?? dom.window.document.documentElement;
    const pageLines = collectBlocks(body)
      .flatMap((b) => b.text.split('\n'))
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '');
    dom.window.close();
    tally(naive, pageLines, undefined, entry);
  }
  return [
    `trafilatura must/must-not snippets, ${entries.length} pages:`,
    `  as Copydesk imports the HTML  ${describe(imported)}`,
    `  as a naive scraper's text     ${describe(naive)}`,
  ];
}

function blankTally(): Tally {
  return { mustNotFlagged: 0, mustNotPresent: 0, mustFlagged: 0, mustPresent: 0, absent: 0 };
}

function tally(into: Tally, lines: string[], title: string | undefined, entry: Entry): void {
  const flagged = flaggedLines(lines, title);
  const lineOf = (snippet: string) => {
    const needle = snippet.replace(/\s+/g, ' ').trim();
    return lines.findIndex((line) => line.replace(/\s+/g, ' ').includes(needle));
  };
  for (const snippet of entry.without) {
    const index = lineOf(snippet);
    if (index < 0) into.absent++;
    else {
      into.mustNotPresent++;
      if (flagged[index]) into.mustNotFlagged++;
    }
  }
  for (const snippet of entry.with) {
    const index = lineOf(snippet);
    if (index < 0) into.absent++;
    else {
      into.mustPresent++;
      if (flagged[index]) into.mustFlagged++;
    }
  }
}

function describe(t: Tally): string {
  const precision = t.mustNotFlagged / Math.max(1, t.mustNotFlagged + t.mustFlagged);
  const recall = t.mustNotFlagged / Math.max(1, t.mustNotPresent);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return (
    `must-not flagged ${t.mustNotFlagged}/${t.mustNotPresent}, must flagged ${t.mustFlagged}/${t.mustPresent} ` +
    `(P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}; ${t.absent} snippets not in the text)`
  );
}
