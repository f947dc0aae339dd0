/**
 * `npm run eval:assist` (entities part), or alone: `npx tsx scripts/eval/entities.ts`.
 * Precision/recall/F1 per label and micro of the entity suggester on English news labelled for
 * Copydesk (entities-news.ts), and on the brat data in ../shared/data/brat: the English news
 * tutorial (Person, Organization, GPE, Money) and the CoNLL-2002 Spanish and Dutch newswire (PER,
 * ORG, LOC; MISC is not a Copydesk label), plus speed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestEntities } from '../../src/main/core/suggest/entities';
import { emptySuggestContext } from '../../src/main/core/suggest/types';
import { formatCounts, loadBrat, score, type BratDocument, type Counts } from './entities-brat';
import { evaluateNews } from './entities-news';
import { DATA_DIR } from './data-dir';

const BRAT = resolve(DATA_DIR, 'brat');

const NEWS_TYPES: Record<string, string> = { Person: 'PERSON', Organization: 'ORG', GPE: 'PLACE', Money: 'MONEY' };
const CONLL_TYPES: Record<string, string | null> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: null };

function evaluateSet(docs: BratDocument[], labels: string[], partial: boolean): string[] {
  const byLabel = new Map<string, Counts>();
  for (const doc of docs) {
    const predicted = suggestEntities(doc.text, emptySuggestContext()).map((s) => ({ start: s.start, end: s.end, label: s.label ?? '' }));
    score(doc.gold, predicted, new Set(labels), byLabel, partial);
  }
  return formatCounts(byLabel, labels);
}

/**
 * The tutorial is prose about brat with a few annotated example sentences; its exercise copies of
 * those sentences are deliberately left unannotated, and 050 annotates wrongly on purpose. The
 * second figure keeps only lines that hold a gold annotation, and leaves 050 out.
 */
function annotatedLinesOnly(docs: BratDocument[]): BratDocument[] {
  return docs.filter((d) => !d.name.startsWith('050')).map((doc) => {
    // Blank out lines with no gold span, keeping every offset in place.
    const keep: string[] = [];
    let at = 0;
    for (const line of doc.text.split('\n')) {
      const end = at + line.length;
      keep.push(doc.gold.some((g) => g.start >= at && g.end <= end) ? line : ' '.repeat(line.length));
      at = end + 1;
    }
    return { ...doc, text: keep.join('\n') };
  });
}

function speed(): string {
  const sample = resolve(DATA_DIR, '../samples/northeast-revitalization.txt');
  const text = existsSync(sample) ? readFileSync(sample, 'utf8').slice(0, 10_000) : 'Li Runyu said output rose 5.8% to US$3.5 million. '.repeat(200).slice(0, 10_000);
  suggestEntities(text, emptySuggestContext());
  const runs = 10;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) suggestEntities(text, emptySuggestContext());
  return `Speed: ${((performance.now() - t0) / runs).toFixed(1)} ms for 10,000 characters (mean of ${runs}, model loaded)`;
}

export async function evaluate(): Promise<string> {
  if (!existsSync(BRAT)) return `Entities: skipped, no evaluation data at ${BRAT}.`;
  const lines: string[] = ['Entities (exact span and label; "overlap" counts any overlap with the right label)'];
  lines.push(...evaluateNews(DATA_DIR, 'test'), ...evaluateNews(DATA_DIR, 'dev'));
  const news = loadBrat(resolve(BRAT, 'brat-news-tutorial'), (t) => NEWS_TYPES[t]);
  const newsLabels = ['PERSON', 'ORG', 'PLACE', 'MONEY'];
  const gold = news.reduce((n, d) => n + d.gold.length, 0);
  lines.push(`English, brat news tutorial: ${news.length} documents, ${gold} gold spans (it annotates no DATE or PERCENT; those suggestions are not scored)`);
  lines.push(' whole documents (tutorial prose included, exercise copies unannotated):', ...evaluateSet(news, newsLabels, false));
  lines.push(' only lines holding a gold annotation, 050 (wrong on purpose) left out:', ...evaluateSet(annotatedLinesOnly(news), newsLabels, false));
  lines.push('  overlap:', ...evaluateSet(annotatedLinesOnly(news), newsLabels, true));
  const conll = loadBrat(resolve(BRAT, 'brat-conll2002'), (t) => (t in CONLL_TYPES ? CONLL_TYPES[t] : undefined));
  for (const [prefix, language] of [['esp', 'Spanish'], ['ned', 'Dutch']] as const) {
    const docs = conll.filter((d) => d.name.startsWith(prefix));
    if (docs.length === 0) continue;
    lines.push(`${language}, CoNLL-2002 (an English model and English gazetteers; expected to do poorly): ${docs.length} document${docs.length === 1 ? "" : "s"}, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold spans`);
    lines.push(...evaluateSet(docs, ['PERSON', 'ORG', 'PLACE'], false));
    lines.push('  overlap:', ...evaluateSet(docs, ['PERSON', 'ORG', 'PLACE'], true));
  }
  lines.push(speed());
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(await evaluate());
}
