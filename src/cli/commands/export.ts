/** `copydesk export ID… | --all --format NAME[,NAME] --out DIR`: writes exports into a folder. */
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/types';
import { UsageError } from '../args';
import { CliError, type Command } from '../context';
import { findDocument } from './ids';
import { plural } from '../../shared/plural';
import { oneLine, truncate } from '../table';
import { printable } from '../terminal-text';

/** Reads `--format a,b` into known format names; a UsageError names the valid ones otherwise. */
export function parseFormats(value: string | undefined): ExportFormat[] {
  if (value === undefined) throw new UsageError(`export needs --format (one or more of ${EXPORT_FORMATS.join(', ')}).`);
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError('--format needs at least one format name.');
  for (const name of names) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown format "${name}"; the formats are ${EXPORT_FORMATS.join(', ')}.`);
    }
  }
  return [...new Set(names)] as ExportFormat[];
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export documents in one or more formats into a folder',
  help: `Usage: copydesk export ID… --format NAME[,NAME…] --out DIR [--combined-csv] [--db PATH]
       copydesk export --all --format NAME[,NAME…] --out DIR [--combined-csv] [--db PATH]

Writes each document in each format into DIR (created if needed), one
document at a time; documents of the same title get numbered names
("harbin-2.txt"). A document that fails is reported and the others are
still written; exits with 1 if any document failed. Files with nothing in
them are not written, and each is reported ("No ClaimReview file: no claims
with a verdict."), as are nested entities left out of CoNLL.
Formats: ${EXPORT_FORMATS.join(', ')}.

  --all          export every document in the library
  --format LIST  comma-separated format names
  --combined-csv one claims.csv for all the documents (a Document ID column
                 after the title) instead of one CSV each; --format is then
                 optional
  --out DIR      the folder to write into
  --db PATH      the library file (default: your Copydesk library)`,
  flags: ['all', 'combined-csv'],
  options: ['format', 'out'],
  check(args) {
    if (!args.flags.has('combined-csv') || args.options.has('format')) parseFormats(args.options.get('format'));
    if (!args.options.has('out')) throw new UsageError('export needs --out DIR, the folder to write into.');
    const all = args.flags.has('all');
    if (all && args.positionals.length > 0) throw new UsageError('give document ids or --all, not both.');
    if (!all && args.positionals.length === 0) throw new UsageError('export needs document ids, or --all.');
  },
  async run(args, context) {
    const combined = args.flags.has('combined-csv');
    // With --combined-csv, claims go into one claims.csv: no per-document CSV besides it.
    const formats = combined && !args.options.has('format') ? [] : parseFormats(args.options.get('format')).filter((f) => !combined || f !== 'csv');
    const out = args.options.get('out') ?? '';
    const all = args.flags.has('all');
    const ids = all
      ? (await context.call('documents:titles', {})).map((document) => document.id)
      : await Promise.all(args.positionals.map(async (given) => (await findDocument(context, given)).id));
    if (ids.length === 0) {
      context.io.out(`Nothing to export: the library ${context.dbPath} is empty.`);
      return 0;
    }
    // The core checks the folder (no NUL or control characters) and creates it.
    const dir = context.resolvePath(out);
    const unique = [...new Set(ids)];
    const { written, failed, notes } = formats.length > 0 ? await context.call('export:toFolder', { ids: unique, formats, dir }) : { written: [], failed: [], notes: [] };
    if (combined) {
      const csv = await context.call('export:claimsCsv', { ids: unique, dir });
      if (csv.written) written.push(csv.written);
      else notes.push({ documentId: '', title: '', message: 'No claims.csv: none of the documents has claims.' });
      for (const failure of csv.failed) if (!failed.some((f) => f.documentId === failure.documentId)) failed.push(failure);
    }
    for (const file of written) context.io.out(printable(file));
    context.io.out(`Wrote ${plural(written.length, 'file')} to ${dir}.`);
    for (const note of notes) {
      context.io.out(`note      ${note.documentId ? `${note.documentId}${note.title ? ` "${truncate(oneLine(note.title), 72)}"` : ''}: ` : ''}${note.message}`);
    }
    for (const failure of failed) {
      context.io.out(`failed    ${failure.documentId}${failure.title ? ` "${truncate(oneLine(failure.title), 72)}"` : ''}: ${oneLine(failure.message)}`);
    }
    if (failed.length > 0) throw new CliError(`${failed.length} of ${plural(unique.length, 'document')} could not be exported.`);
    return 0;
  },
};
