/**
 * `npm run eval:assist` (teasers part), or alone: `npx tsx scripts/eval/teasers.ts`.
 * Line-level precision/recall/F1 of the teaser suggester on scrapinghub articles with appended
 * tails (teasers-corpus.ts), on the trafilatura must/must-not snippets (teasers-trafilatura.ts), on
 * what five extractors really left over on the scrapinghub pages (teasers-extractors.ts),
 * and its speed on a 10,000-character article and on Moby Dick. Needs ../shared/data.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from './data-dir';
import { buildDocuments, loadPages } from './teasers-corpus';
import { addCounts, countLines, flaggedLines, formatScores, noCounts, type Counts } from './teasers-score';
import { evaluateTrafilatura } from './teasers-trafilatura';
import { evaluateExtractorOutputs } from './teasers-extractors';
import { measureSpeed } from './teasers-speed';


/** `dataDir` defaults to ../shared/data beside the repository. */
export async function evaluate(dataDir: string = DATA_DIR): Promise<string> {
  if (!existsSync(resolve(dataDir, 'boilerplate'))) return `Teasers: skipped, no evaluation data at ${dataDir}/boilerplate.`;
  const lines: string[] = ['Teasers (line level)'];

  const pages = loadPages(dataDir);
  const byLayout = new Map<string, Counts>();
  const all = noCounts();
  let documentsWithArticleFlagged = 0;
  const documents = buildDocuments(pages);
  for (const doc of documents) {
    const flagged = flaggedLines(doc.lines.map((l) => l.text));
    const counts = countLines(
      doc.lines.map((l) => l.tail),
      flagged,
    );
    if (counts.falsePositive > 0) documentsWithArticleFlagged++;
    addCounts(all, counts);
    if (!byLayout.has(doc.layout)) byLayout.set(doc.layout, noCounts());
    addCounts(byLayout.get(doc.layout)!, counts);
  }
  lines.push(`  scrapinghub article + tail, ${documents.length} documents from ${pages.length} pages:`);
  lines.push(`    all layouts                        ${formatScores(all)}`);
  for (const [layout, counts] of byLayout) lines.push(`    ${layout.padEnd(34)} ${formatScores(counts)}`);
  lines.push(`    documents with any article line flagged: ${documentsWithArticleFlagged} of ${documents.length}`);

  lines.push(...(await evaluateTrafilatura(dataDir)).map((line) => `  ${line}`));
  lines.push(...evaluateExtractorOutputs(dataDir).map((line) => `  ${line}`));
  lines.push(...measureSpeed(pages).map((line) => `  ${line}`));
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evaluate().then(
    (report) => console.log(report),
    (error: unknown) => {
      console.error('Teaser evaluation failed:', error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
