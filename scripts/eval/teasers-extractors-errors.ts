/**
 * `npx tsx scripts/eval/teasers-extractors-errors.ts [tool]`: the development half's errors on the
 * real left-overs — tail lines missed and article lines flagged — on the even pages only. The odd
 * pages are held out: this script never prints them.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from './data-dir';
import { isDevPage, scoreExtractorOutputs } from './teasers-extractors';

const MAX_SHOWN_CHARS = 160;

export function devErrors(dataDir: string, tool?: string): string[] {
  const report: string[] = [];
  for (const output of scoreExtractorOutputs(dataDir)) {
    if (!isDevPage(output.pageIndex) || (tool && output.tool !== tool)) continue;
    const errors = output.lines
      .map((line, i) => ({ ...line, i }))
      .filter((line) => (line.place === 'article' && line.flagged) || (line.place === 'tail' && !line.flagged));
    if (errors.length === 0) continue;
    report.push(`== ${output.tool} page ${output.pageIndex} (${output.page.slice(0, 8)})`);
    for (const line of errors) {
      const mark = line.place === 'article' ? 'ARTICLE FLAGGED' : 'tail missed';
      report.push(`  ${String(line.i).padStart(4)} ${mark.padEnd(15)} ${line.text.slice(0, MAX_SHOWN_CHARS)}`);
    }
  }
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(devErrors(DATA_DIR, process.argv[2]).join('\n'));
}
