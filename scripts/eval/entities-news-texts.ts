/**
 * The English news texts the entity evaluation is scored on, read from ../shared/data:
 * - "test": the 20 scrapinghub article-extraction-benchmark ground-truth articles (MIT), as given;
 *   the evaluation scores the 17 English ones (`isEnglish`), as the claims evaluation does;
 * - "dev": the 20 trafilatura evaluation pages as Copydesk's HTML import lays them out (the article,
 *   then what extraction left over), for working on the suggester without touching the test set.
 * `npx tsx scripts/eval/entities-news-texts.ts OUT_DIR` writes each as OUT_DIR/{test,dev}/ID.txt,
 * which is what the labellers read (scripts/eval/entities-news-guidelines.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../src/main/core/import/html';
import { DATA_DIR } from './data-dir';


export type NewsSet = 'test' | 'dev';

export interface NewsText {
  id: string;
  url: string;
  text: string;
}

/** The scrapinghub articles that are not in English (Korean, Portuguese, Italian). */
const NOT_ENGLISH = new Set(['0ec95c7261d1', '11ea381ad92b', '20b2b64916b0']);

export const isEnglish = (id: string): boolean => !NOT_ENGLISH.has(id);

export function newsTexts(dataDir: string, set: NewsSet): NewsText[] {
  if (set === 'test') {
    const truth = JSON.parse(readFileSync(join(dataDir, 'boilerplate/scrapinghub-aeb/ground-truth.20.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
    return Object.entries(truth)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, page]) => ({ id: key.slice(0, 12), url: page.url, text: page.articleBody }));
  }
  const dir = join(dataDir, 'boilerplate/trafilatura-eval');
  const pages = JSON.parse(readFileSync(join(dir, 'evaldata.20.json'), 'utf8')) as Record<string, { file: string }>;
  return Object.entries(pages)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, page]) => ({ id: page.file.replace(/\.html?$/, ''), url, text: parseHtml(page.file, readFileSync(join(dir, 'html', page.file))).text }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: npx tsx scripts/eval/entities-news-texts.ts OUT_DIR');
  for (const set of ['test', 'dev'] as const) {
    mkdirSync(join(out, set), { recursive: true });
    for (const t of newsTexts(DATA_DIR, set)) writeFileSync(join(out, set, `${t.id}.txt`), t.text);
  }
}
