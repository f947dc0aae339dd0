/**
 * `npx tsx scripts/eval/entities-news-build.ts SET MARKED_DIR LABELLED_BY`: reads the labellers'
 * MARKED_DIR/ID.marked.txt files for SET ("test" or "dev"), checks each against the text in
 * ../shared/data, and writes scripts/eval/entities-news-SET-labels.json (the gold spans with their
 * text, so the evaluation can check it is reading the same text).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMarkup } from './entities-news-markup';
import { DATA_DIR } from './data-dir';
import { isEnglish, newsTexts, type NewsSet } from './entities-news-texts';

const [set, markedDir, labelledBy] = process.argv.slice(2) as [NewsSet, string, string];
if ((set !== 'test' && set !== 'dev') || !markedDir || !labelledBy) throw new Error('usage: entities-news-build.ts test|dev MARKED_DIR "LABELLED BY"');
const here = fileURLToPath(new URL('.', import.meta.url));
const articles = [];
for (const t of newsTexts(DATA_DIR, set)) {
  const file = join(markedDir, `${t.id}.marked.txt`);
  if (!existsSync(file) || !isEnglish(t.id)) continue;
  articles.push({ id: t.id, url: t.url, length: t.text.length, spans: readMarkup(readFileSync(file, 'utf8'), t.text, t.id) });
}
const out = join(here, `entities-news-${set}-labels.json`);
const spans = articles.reduce((n, a) => n + a.spans.length, 0);
writeFileSync(out, JSON.stringify({
  about: `English news entities labelled by hand for Copydesk by the written definition in scripts/eval/entities-news-guidelines.md; offsets are UTF-16 units in the ${set === 'test' ? 'scrapinghub ground-truth article text' : 'text Copydesk imports from the trafilatura evaluation page'}.`,
  labelledBy,
  articles: articles.length,
  spans,
  documents: articles,
}, null, 1) + '\n');
console.log(`${out}: ${articles.length} articles, ${spans} spans`);
