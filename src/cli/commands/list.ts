/** `copydesk list [--mine | --assignee NAME] [--json]`: the library, or one person's documents, as a table (or JSON). */
import { MAX_PAGE_SIZE, type LibraryFilter } from '../../shared/library-query';
import type { DocumentSummary } from '../../shared/types';
import { DOCUMENT_STATUS_WORDS } from '../../shared/vocabulary';
import { UsageError } from '../args';
import type { Command } from '../context';
import { formatTable } from '../table';

/** "2024-05-01 14:03" in local time; the raw value when it is not a date. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The library table: id, title, status, annotations, claims with a verdict/total, last update. */
export function formatDocumentTable(documents: readonly DocumentSummary[]): string {
  return formatTable(
    [
      { header: 'ID' },
      { header: 'TITLE', maxWidth: 48 },
      { header: 'STATUS' },
      { header: 'ASSIGNED', maxWidth: 24 },
      { header: 'ANNOTATIONS', align: 'right' },
      { header: 'CLAIMS CHECKED', align: 'right' },
      { header: 'UPDATED' },
    ],
    documents.map((d) => [
      d.id,
      d.title,
      DOCUMENT_STATUS_WORDS[d.status]?.toLowerCase() ?? d.status, // lower case in the terminal table: "in review"
      d.assignee ?? '-',
      String(d.annotationCount),
      `${d.claimsVerified}/${d.claimCount}`,
      formatTimestamp(d.updatedAt),
    ]),
  );
}

/**
 * Every document, most recently changed first (the order `documents:list` answered), asked for a
 * page at a time so the core never builds the whole library in one answer (100,000 summaries).
 */
async function allDocuments(context: Parameters<Command['run']>[1], filter: LibraryFilter = {}): Promise<DocumentSummary[]> {
  const documents: DocumentSummary[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await context.call('documents:page', { ...filter, sort: 'updated', direction: 'desc', limit: MAX_PAGE_SIZE, ...(after ? { after } : {}) });
    for (const row of page.rows) documents.push(row.document);
    if (!page.nextCursor) return documents;
    after = page.nextCursor;
  }
}

export const listCommand: Command = {
  name: 'list',
  summary: 'list the documents in the library',
  help: `Usage: copydesk list [--mine | --assignee NAME] [--json] [--db PATH]

Lists the documents in the library: id, title, status, who has it, number of
annotations, claims checked (claims with a verdict: verified, false,
misleading or unverifiable) out of all claims, and when each was last changed.

  --mine           only the documents assigned to you (your reviewer name)
  --assignee NAME  only the documents assigned to NAME
  --json           print the document summaries as JSON instead of a table
  --db PATH        the library file (default: your Copydesk library)`,
  flags: ['json', 'mine'],
  options: ['assignee'],
  check(args) {
    if (args.positionals.length > 0) throw new UsageError(`list takes no arguments (got "${args.positionals[0]}").`);
    if (args.flags.has('mine') && args.options.has('assignee')) throw new UsageError('Give either --mine or --assignee NAME, not both.');
    if (args.options.get('assignee')?.trim() === '') throw new UsageError('--assignee needs a name.');
  },
  async run(args, context) {
    const assignee = args.options.get('assignee')?.trim();
    const documents = await allDocuments(context, args.flags.has('mine') ? { mine: true } : assignee ? { assignee } : {});
    if (args.flags.has('json')) context.io.out(JSON.stringify(documents, null, 2));
    else if (documents.length === 0 && (assignee || args.flags.has('mine'))) context.io.out(`No document in ${context.dbPath} is assigned to ${assignee ?? 'you'}.`);
    else if (documents.length === 0) context.io.out(`The library ${context.dbPath} has no documents yet; add some with "copydesk import FILE…".`);
    else context.io.out(formatDocumentTable(documents));
    return 0;
  },
};
