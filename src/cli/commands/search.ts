/** `copydesk search QUERY [--json]`: full-text search over titles and texts. */
import { UsageError } from '../args';
import type { Command } from '../context';
import { oneLine, truncate } from '../table';

/** The snippet with its match markers (U+0001 … U+0002) shown as «…». */
export function formatSnippet(snippet: string): string {
  return oneLine(snippet.replace(/\u0001/g, '«').replace(/\u0002/g, '»'));
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'search titles and texts',
  help: `Usage: copydesk search QUERY… [--json] [--db PATH]

Searches the titles and texts of the library; words of QUERY must all occur.
Prints one line per document (id and title) followed by the matching passage,
with the matched words marked «like this».

  --json       print the hits as JSON
  --db PATH    the library file (default: your Copydesk library)`,
  flags: ['json'],
  check(args) {
    if (args.positionals.join(' ').trim() === '') throw new UsageError('search needs something to look for.');
  },
  async run(args, context) {
    const query = args.positionals.join(' ').trim();
    const hits = await context.call('documents:search', { query });
    if (args.flags.has('json')) {
      context.io.out(JSON.stringify(hits, null, 2));
      return 0;
    }
    if (hits.length === 0) {
      context.io.out(`Nothing in the library matches "${query}".`);
      return 0;
    }
    for (const hit of hits) {
      context.io.out(`${hit.document.id}  ${truncate(oneLine(hit.document.title), 72)}`);
      context.io.out(`    ${formatSnippet(hit.snippet)}`);
    }
    return 0;
  },
};
