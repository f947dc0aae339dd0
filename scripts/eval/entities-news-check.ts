/**
 * `npx tsx scripts/eval/entities-news-check.ts SET MARKED_FILE…`: checks labellers' marked files
 * (scripts/eval/entities-news-guidelines.md) against the texts in ../shared/data and prints each
 * file's span count per label, or what is wrong with it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readMarkup } from './entities-news-markup';
import { DATA_DIR } from './data-dir';
import { newsTexts, type NewsSet } from './entities-news-texts';

const [set, ...files] = process.argv.slice(2);
const texts = new Map(newsTexts(DATA_DIR, set as NewsSet).map((t) => [t.id, t.text]));
let failed = 0;
for (const file of files) {
  const id = basename(file).replace(/\.marked\.txt$/, '');
  try {
    const original = texts.get(id);
    if (original === undefined) throw new Error(`${id}: no ${set} text has this id`);
    const spans = readMarkup(readFileSync(file, 'utf8'), original, id);
    const byLabel: Record<string, number> = {};
    for (const s of spans) byLabel[s.label] = (byLabel[s.label] ?? 0) + 1;
    console.log(`${id}: ok, ${spans.length} spans ${JSON.stringify(byLabel)}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
