/**
 * The labelled sentences the claim model is trained and measured on:
 * - CLEF-2019 CheckThat! Task 1 (../shared/data/claims-clef2019/: three speeches,
 *   `line<TAB>speaker<TAB>text<TAB>label`, the State of the Union with CRLF line endings);
 * - news sentences labelled by hand for this project, 1 = a checkable factual claim: the sentences of
 *   ten scrapinghub ground-truth articles (claims-news-labels.json) and of the articles extracted from
 *   18 trafilatura evaluation pages (claims-news-labels-trafilatura.json), and the rest of two long
 *   ones (claims-news-labels-trafilatura-rest.json) — trained and tuned on;
 * - the test set (claims-news-test-labels.json): the other seven English scrapinghub articles,
 *   labelled before any model scored them, never trained or tuned on, only measured; and a fresh
 *   test set (claims-news-fresh-test-labels.json), the rest of six trafilatura articles, likewise.
 * Each exists in two labellings: version 1, the files above, by a one-line rule; and version 2,
 * the same sentences relabelled by claims-definition.md (claims-v2-*.json: training, the test sets
 * by one annotator, and by a second one for agreement). Version 2 is trained on where present.
 * The CLEF speeches' sentences are relabelled by the same definition too (claims-v2-clef-labels.json):
 * the model trains on those labels; the CLEF ranking figures still judge against CLEF's own.
 * More training news, labelled by version 2 only (claims-v2-labels-aeb.json): the other English
 * articles of the scrapinghub benchmark's ground truth (119 of its 181 pages; the 20 in
 * ../shared/data are left to the files above), none sharing text with a test article.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentContext, longEnoughForClaim, sentenceFeatures } from '../../src/main/core/suggest/claims-features';
import type { LabelledSentence } from '../../src/main/core/suggest/claims-train';
import { DATA_DIR } from './data-dir';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export { DATA_DIR };
export const CLEF_DIR = resolve(DATA_DIR, 'claims-clef2019');
export const NEWS_LABELS = resolve(HERE, 'claims-news-labels.json');
export const MORE_NEWS_LABELS = resolve(HERE, 'claims-news-labels-trafilatura.json');
export const REST_NEWS_LABELS = resolve(HERE, 'claims-news-labels-trafilatura-rest.json');
export const TEST_NEWS_LABELS = resolve(HERE, 'claims-news-test-labels.json');
export const FRESH_TEST_NEWS_LABELS = resolve(HERE, 'claims-news-fresh-test-labels.json');
export const V2_TRAIN_LABELS = resolve(HERE, 'claims-v2-labels.json');
export const V2_TEST_LABELS = resolve(HERE, 'claims-v2-test-labels.json');
export const V2_TEST_SECOND_LABELS = resolve(HERE, 'claims-v2-test-labels-second.json');
export const V2_CLEF_LABELS = resolve(HERE, 'claims-v2-clef-labels.json');
export const V2_AEB_LABELS = resolve(HERE, 'claims-v2-labels-aeb.json');
export const V2_AEB_SECOND_LABELS = resolve(HERE, 'claims-v2-labels-aeb-second.json');

/** Which labelling to train and test on: 2 where its files are present. */
export type LabelVersion = 1 | 2;
export const labelVersion = (): LabelVersion => (existsSync(V2_TRAIN_LABELS) && existsSync(V2_TEST_LABELS) ? 2 : 1);

/** One group of sentences held out together (a speech, or a news article). */
export interface SentenceGroup {
  name: string;
  sentences: LabelledSentence[];
  /** Labelled by claims-definition.md (news, or a speech relabelled), not by CLEF's "worth checking". */
  checkable?: boolean;
}

/** Each sentence gets its group's document context, as the suggester gives it the whole text's. */
function withContext(groups: SentenceGroup[]): SentenceGroup[] {
  for (const g of groups) {
    const context = documentContext(g.sentences.filter((s) => longEnoughForClaim(s.text)).map((s) => sentenceFeatures(s.text).values));
    for (const s of g.sentences) s.context = context;
  }
  return groups;
}

export function clefAvailable(): boolean {
  return existsSync(CLEF_DIR);
}

/** The three CLEF speeches, one group each; the speaker's stage directions ("(APPLAUSE)") dropped. */
export function loadClef(): SentenceGroup[] {
  const speeches = readdirSync(CLEF_DIR)
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
  return withContext(speeches);
}

interface ClefRelabelled {
  speeches: Array<{ id: string; sentences: Array<{ line: number; text: string; claim: 0 | 1 }> }>;
}

/**
 * The CLEF speeches with their sentences relabelled by the version-2 definition (checkable, not
 * CLEF's narrower "worth checking"), for training; the same groups, texts and order as `loadClef`.
 * Empty when the relabelling is absent.
 */
export function loadClefRelabelled(): SentenceGroup[] {
  if (!existsSync(V2_CLEF_LABELS) || !clefAvailable()) return [];
  const file = JSON.parse(readFileSync(V2_CLEF_LABELS, 'utf8')) as ClefRelabelled;
  const byName = new Map(file.speeches.map((s) => [s.id, s.sentences]));
  return withContext(
    loadClef().map((speech) => {
      const relabelled = byName.get(speech.name);
      if (!relabelled || relabelled.length !== speech.sentences.length) throw new Error(`${V2_CLEF_LABELS} does not match the CLEF speech ${speech.name}.`);
      return { name: speech.name, checkable: true, sentences: speech.sentences.map((s, i) => ({ text: s.text, label: relabelled[i].claim })) };
    }),
  );
}

/** The speeches the model trains on: relabelled by the definition where that file exists, else CLEF's own labels. */
export function loadTrainingSpeeches(): SentenceGroup[] {
  const relabelled = loadClefRelabelled();
  return relabelled.length ? relabelled : loadClef();
}

interface NewsLabelFile {
  articles: Array<{ id: string; url: string; sentences: Array<{ text: string; claim: 0 | 1 }> }>;
}

/** A relabelling: the version-1 files' articles, grouped by the file they came from. */
export interface RelabelledFile {
  sets: Array<{ file: string; articles: NewsLabelFile['articles'] }>;
}

/** The articles of a label file (`{ articles: [{ id, sentences: [{ text, claim }] }] }`), one group each; none when absent. */
export function loadLabelFile(path: string): SentenceGroup[] {
  if (!existsSync(path)) return [];
  const file = JSON.parse(readFileSync(path, 'utf8')) as NewsLabelFile;
  return file.articles.map((a) => ({ name: a.id, sentences: a.sentences.map((s) => ({ text: s.text, label: s.claim })) }));
}

/** The articles a relabelling holds for one version-1 file (all of them when `from` is omitted). */
export function loadRelabelled(path: string, from?: string): SentenceGroup[] {
  if (!existsSync(path)) return [];
  const file = JSON.parse(readFileSync(path, 'utf8')) as RelabelledFile;
  return file.sets
    .filter((set) => from === undefined || set.file === basename(from))
    .flatMap((set) => set.articles.map((a) => ({ name: a.id, sentences: a.sentences.map((s) => ({ text: s.text, label: s.claim })) })));
}

/**
 * The hand-labelled news articles trained and tuned on, one group each (empty when the fixtures are
 * missing). An article labelled in two files (its first sentences, then the rest) is one group, so a
 * fold never trains on one part of it and scores the other.
 */
export function loadNews(version: LabelVersion = labelVersion()): SentenceGroup[] {
  const groups = new Map<string, SentenceGroup>();
  const files = version === 2 ? [...loadRelabelled(V2_TRAIN_LABELS), ...loadLabelFile(V2_AEB_LABELS)] : [...loadLabelFile(NEWS_LABELS), ...loadLabelFile(MORE_NEWS_LABELS), ...loadLabelFile(REST_NEWS_LABELS)];
  for (const g of files) {
    const known = groups.get(g.name);
    if (known) known.sentences.push(...g.sentences);
    else groups.set(g.name, { name: g.name, sentences: [...g.sentences] });
  }
  return withContext([...groups.values()]);
}

/** The names of the articles of claims-v2-labels-aeb.json (the benchmark's articles beyond the 20 in ../shared/data). */
export function moreNewsNames(): Set<string> {
  return new Set(loadLabelFile(V2_AEB_LABELS).map((g) => g.name));
}

/** The hand-labelled test articles: only ever scored, by a model and thresholds chosen without them. */
export function loadNewsTest(version: LabelVersion = labelVersion()): SentenceGroup[] {
  return withContext(version === 2 ? loadRelabelled(V2_TEST_LABELS, TEST_NEWS_LABELS) : loadLabelFile(TEST_NEWS_LABELS));
}

/**
 * The fresh test set: the unlabelled rest of six trafilatura articles whose first sentences are in
 * the training set (new text, not new pages), labelled before any model scored it.
 */
export function loadNewsFreshTest(version: LabelVersion = labelVersion()): SentenceGroup[] {
  return withContext(version === 2 ? loadRelabelled(V2_TEST_LABELS, FRESH_TEST_NEWS_LABELS) : loadLabelFile(FRESH_TEST_NEWS_LABELS));
}
