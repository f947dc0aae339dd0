/**
 * The labelled sentences the claim model is trained and measured on:
 * - CLEF-2019 CheckThat! Task 1 (../shared/data/claims-clef2019/: three speeches,
 *   `line<TAB>speaker<TAB>text<TAB>label`, the State of the Union with CRLF line endings);
 * - news sentences labelled by hand for this project, 1 = a checkable factual claim: the sentences of
 *   ten scrapinghub ground-truth articles (claims-news-labels.json) and of the articles extracted from
 *   18 trafilatura evaluation pages (claims-news-labels-trafilatura.json) — trained and tuned on;
 * - the test set (claims-news-test-labels.json): the other seven English scrapinghub articles,
 *   labelled before any model scored them, never trained or tuned on, only measured.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledSentence } from '../../src/main/core/suggest/claims-train';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const DATA_DIR = resolve(HERE, '../../../shared/data');
export const CLEF_DIR = resolve(DATA_DIR, 'claims-clef2019');
export const NEWS_LABELS = resolve(HERE, 'claims-news-labels.json');
export const MORE_NEWS_LABELS = resolve(HERE, 'claims-news-labels-trafilatura.json');
export const TEST_NEWS_LABELS = resolve(HERE, 'claims-news-test-labels.json');

/** One group of sentences held out together (a speech, or a news article). */
export interface SentenceGroup {
  name: string;
  sentences: LabelledSentence[];
}

export function clefAvailable(): boolean {
  return existsSync(CLEF_DIR);
}

/** The three CLEF speeches, one group each; the speaker's stage directions ("(APPLAUSE)") dropped. */
export function loadClef(): SentenceGroup[] {
  return readdirSync(CLEF_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => {
      const sentences: LabelledSentence[] = [];
      for (const line of readFileSync(resolve(CLEF_DIR, file), 'utf8').split(/\r?\n/)) {
        const cols = line.split('\t');
        if (cols.length < 4 || cols[1] === 'SYSTEM') continue;
        const label = cols[3].trim() === '1' ? 1 : 0;
        sentences.push({ text: cols[2], label });
      }
      return { name: file.replace(/^clef2019_|\.tsv$/g, ''), sentences };
    });
}

interface NewsLabelFile {
  articles: Array<{ id: string; url: string; sentences: Array<{ text: string; claim: 0 | 1 }> }>;
}

function loadLabelFile(path: string): SentenceGroup[] {
  if (!existsSync(path)) return [];
  const file = JSON.parse(readFileSync(path, 'utf8')) as NewsLabelFile;
  return file.articles.map((a) => ({ name: a.id, sentences: a.sentences.map((s) => ({ text: s.text, label: s.claim })) }));
}

/** The hand-labelled news articles trained and tuned on, one group each (empty when the fixtures are missing). */
export function loadNews(): SentenceGroup[] {
  return [...loadLabelFile(NEWS_LABELS), ...loadLabelFile(MORE_NEWS_LABELS)];
}

/** The hand-labelled test articles: only ever scored, by a model and thresholds chosen without them. */
export function loadNewsTest(): SentenceGroup[] {
  return loadLabelFile(TEST_NEWS_LABELS);
}
