/** `copydesk assign ID… --to NAME | --clear`: assigns documents to a person, or to nobody. */
import { UsageError, type ParsedArgs } from '../args';
import type { Command } from '../context';
import { oneLine } from '../table';
import { findDocument } from './ids';

/** The assignee the arguments ask for: a name, or null for --clear. */
function assigneeOf(args: ParsedArgs): string | null {
  const to = args.options.get('to');
  const clear = args.flags.has('clear');
  if (to !== undefined && clear) throw new UsageError('Give either --to NAME or --clear, not both.');
  if (clear) return null;
  if (to === undefined) throw new UsageError('Say who gets the documents with --to NAME, or --clear to unassign them.');
  const name = to.trim();
  if (!name) throw new UsageError('--to needs a name.');
  if (name.length > 200) throw new UsageError('--to takes a name of at most 200 characters.');
  return name;
}

export const assignCommand: Command = {
  name: 'assign',
  summary: 'assign documents to a person, or clear who has them',
  help: `Usage: copydesk assign ID… (--to NAME | --clear) [--db PATH]

Assigns each document to NAME (it shows in their "My queue" in the library),
or with --clear to nobody. Each change is recorded in the history with your
reviewer name. IDs may be the first characters of ids, as for "copydesk show".

  --to NAME    the person to assign the documents to
  --clear      unassign the documents
  --db PATH    the library file (default: your Copydesk library)`,
  flags: ['clear'],
  options: ['to'],
  check(args) {
    if (args.positionals.length === 0) throw new UsageError('assign takes one or more document ids.');
    assigneeOf(args);
  },
  async run(args, context) {
    const assignee = assigneeOf(args);
    const found = [];
    for (const given of args.positionals) found.push(await findDocument(context, given));
    const ids = [...new Set(found.map((d) => d.id))];
    await context.call('documents:bulk', { selection: { ids }, action: { kind: 'assign', assignee } });
    const what = ids.length === 1 ? `"${oneLine(found[0].title)}" (${found[0].id})` : `${ids.length} documents`;
    context.io.out(assignee ? `Assigned ${what} to ${assignee}.` : `Unassigned ${what}.`);
    return 0;
  },
};
