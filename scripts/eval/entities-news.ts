/**
 * The entity suggester on English news labelled by hand for Copydesk
 * (scripts/eval/entities-news-guidelines.md): the scrapinghub ground-truth articles as the test set,
 * trafilatura pages as imported as the development set. Scored over the six labels of issue 8,
 * exact span and label, and any overlap with the right label; QUANTITY suggestions are not scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestEntities } from '../../src/main/core/suggest/entities';
import { emptySuggestContext } from '../../src/main/core/suggest/types';
import { formatCounts, score, type Counts, type GoldSpan } from './entities-brat';
import { NEWS_LABELS, type LabelledSpan } from './entities-news-markup';
import { newsTexts, type NewsSet } from './entities-news-texts';

interface LabelFile {
  labelledBy: string;
  documents: Array<{ id: string; length: number; spans: LabelledSpan[] }>;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));

export function newsLabels(set: NewsSet): LabelFile | null {
  const file = join(HERE, `entities-news-${set}-labels.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LabelFile) : null;
}

/** Each labelled document's text and gold spans, after checking the spans still name that text; and who labelled them. */
export function labelledNews(dataDir: string, set: NewsSet): { labelledBy: string; docs: Array<{ id: string; text: string; gold: GoldSpan[] }> } | null {
  const labels = newsLabels(set);
  if (!labels) return null;
  const texts = new Map(newsTexts(dataDir, set).map((t) => [t.id, t.text]));
  const docs = labels.documents.map((doc) => {
    const text = texts.get(doc.id);
    if (text === undefined || text.length !== doc.length) throw new Error(`entities-news-${set}-labels.json: ${doc.id} is not the text it was labelled on`);
    for (const s of doc.spans) {
      if (text.slice(s.start, s.end) !== s.text) throw new Error(`entities-news-${set}-labels.json: ${doc.id} ${s.start}–${s.end} is not “${s.text}”`);
    }
    return { id: doc.id, text, gold: doc.spans.map((s) => ({ start: s.start, end: s.end, label: s.label })) };
  });
  return { labelledBy: labels.labelledBy, docs };
}

export function evaluateNews(dataDir: string, set: NewsSet): string[] {
  const labelled = labelledNews(dataDir, set);
  const docs = labelled?.docs ?? [];
  if (docs.length === 0) return [`English news ${set} set: no labels (scripts/eval/entities-news-${set}-labels.json).`];
  const labels = [...NEWS_LABELS];
  const exact = new Map<string, Counts>();
  const overlap = new Map<string, Counts>();
  for (const doc of docs) {
    const predicted = suggestEntities(doc.text, emptySuggestContext()).map((s) => ({ start: s.start, end: s.end, label: s.label ?? '' }));
    score(doc.gold, predicted, new Set(labels), exact, false);
    score(doc.gold, predicted, new Set(labels), overlap, true);
  }
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const gold = docs.reduce((n, d) => n + d.gold.length, 0);
  const source = set === 'test' ? 'scrapinghub ground-truth articles (test: never looked at while building the suggester)' : 'trafilatura pages as imported (development set)';
  return [
    `English news, ${source}: ${docs.length} documents, ${chars.toLocaleString('en')} characters, ${gold} gold spans (labelled by ${labelled!.labelledBy})`,
    ...formatCounts(exact, labels),
    '  overlap:',
    ...formatCounts(overlap, labels),
  ];
}
