/**
 * `copydesk transfer --to LIBRARY [--db LIBRARY]`: copies every document of one library into another
 * through Copydesk JSON, the lossless export — annotations with their ids, claims with their verdicts
 * and who gave them, sources, suggestions still pending, the document's status and its text as first
 * imported — and the label taxonomy. Either side may be a library file or a team library
 * (`postgres://…`): this is how a desk moves a local library into its team library and back.
 * Documents the target already holds (the same imported text) are skipped, so a transfer that was cut
 * short can simply be run again.
 */
import { Buffer } from 'node:buffer';
import type { Input, OperationName, Output } from '../../shared/api';
import { toCopydeskJson } from '../../main/core/export/copydesk-json';
import { UsageError, type ParsedArgs } from '../args';
import { withLibrary, type CliContext, type Command } from '../context';

type Call = <K extends OperationName>(name: K, input: Input<K>) => Promise<Output<K>>;

/** Creates in the target each label of the source it lacks (same name, colour and key when free). */
async function copyLabels(from: Call, to: Call): Promise<number> {
  const have = await to('labels:list', {});
  const names = new Set(have.map((l) => l.name.toLowerCase()));
  const keys = new Set(have.map((l) => l.hotkey).filter(Boolean));
  let created = 0;
  for (const label of await from('labels:list', {})) {
    if (names.has(label.name.toLowerCase())) continue;
    const hotkey = label.hotkey && !keys.has(label.hotkey) ? label.hotkey : null;
    await to('labels:create', { name: label.name, color: label.color, hotkey });
    created++;
  }
  return created;
}

/** Counts of what a bundle holds, to check that the copy holds the same. */
function tally(bundle: Output<'documents:bundle'>): string {
  return `${bundle.annotations.length}/${bundle.claims.length}/${bundle.sources.length}`;
}

async function transfer(source: CliContext, target: CliContext): Promise<number> {
  const from: Call = (name, input) => source.call(name, input);
  const to: Call = (name, input) => target.call(name, input);
  const labels = await copyLabels(from, to);
  const { ids } = await from('documents:ids', { filter: {} });
  let copied = 0;
  let skipped = 0;
  const mismatched: string[] = [];
  for (const [index, id] of ids.entries()) {
    const bundle = await from('documents:bundle', { id });
    const json = JSON.stringify(toCopydeskJson(bundle, { reviewer: '', labels: [], now: new Date() }));
    const result = await to('documents:import', { name: `${id}.copydesk.json`, data: Buffer.from(json, 'utf8').toString('base64') });
    if (result.status === 'skipped') {
      skipped++;
    } else {
      copied++;
      const copy = await to('documents:bundle', { id: result.document.id });
      if (tally(copy) !== tally(bundle)) mismatched.push(`${bundle.document.title} (${tally(bundle)} → ${tally(copy)})`);
    }
    if ((index + 1) % 100 === 0) source.io.err(`${index + 1} of ${ids.length} documents…`);
  }
  source.io.out(
    `Transferred ${copied} document${copied === 1 ? '' : 's'} to ${target.dbPath}` +
      `${skipped ? `; ${skipped} already there, skipped` : ''}${labels ? `; ${labels} new label${labels === 1 ? '' : 's'}` : ''}.`,
  );
  if (mismatched.length) {
    source.io.err(`These copies differ in annotations/claims/sources: ${mismatched.join('; ')}`);
    return 1;
  }
  return 0;
}

function check(args: ParsedArgs): void {
  if (!args.options.get('to')) throw new UsageError('name the library to copy into with --to (a library file or postgres://…).');
  if (args.positionals.length) throw new UsageError('transfer takes no document ids: it copies the whole library.');
}

export const transferCommand: Command = {
  name: 'transfer',
  summary: 'copy a whole library into another (a file or a team library on PostgreSQL)',
  help: `Usage: copydesk transfer --to LIBRARY [--db LIBRARY]

Copies every document of the --db library (default: your Copydesk library)
into the --to library, losslessly (Copydesk JSON): annotations, claims with
their verdicts and who gave them, sources, pending suggestions, status, and
the label taxonomy. A LIBRARY is a library file or a team library's
PostgreSQL address (postgres://user:password@host/database). Documents the
target already holds are skipped, so an interrupted transfer can be rerun.

  --to LIBRARY   where to copy to
  --db LIBRARY   where to copy from (default: your Copydesk library)

Examples:
  copydesk transfer --to postgres://desk@db.example/copydesk     (local → team)
  copydesk transfer --db postgres://desk@db.example/copydesk --to ~/desk-copy.sqlite`,
  options: ['to'],
  check,
  async run(args, context) {
    return withLibrary(context.io, args.options.get('to'), (target) => transfer(context, target), { suggestOnImport: false });
  },
};
