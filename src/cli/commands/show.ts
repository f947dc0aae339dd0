/** `copydesk show ID` and `copydesk delete ID`: one document as a JSON bundle, or removed. */
import { UsageError } from '../args';
import type { Command } from '../context';
import { oneLine } from '../table';
import { findDocument } from './ids';

function oneId(positionals: readonly string[], command: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes exactly one document id.`);
  return positionals[0];
}

export const showCommand: Command = {
  name: 'show',
  summary: 'print one document with its annotations, claims and sources as JSON',
  help: `Usage: copydesk show ID [--db PATH]

Prints the document's bundle as JSON: the document (text included), its
annotations, claims and claim sources. ID may be the first characters of an id.

  --db PATH    the library file (default: your Copydesk library)`,
  check: (args) => void oneId(args.positionals, 'show'),
  async run(args, context) {
    const document = await findDocument(context, oneId(args.positionals, 'show'));
    context.io.out(JSON.stringify(await context.call('documents:bundle', { id: document.id }), null, 2));
    return 0;
  },
};

export const deleteCommand: Command = {
  name: 'delete',
  summary: 'delete one document and everything marked on it',
  help: `Usage: copydesk delete ID [--db PATH]

Deletes the document with its annotations, claims and sources. ID may be the
first characters of an id, as for "copydesk show", when they match exactly one
document (at least 4; a prefix that matches several deletes nothing).

  --db PATH    the library file (default: your Copydesk library)`,
  check: (args) => void oneId(args.positionals, 'delete'),
  async run(args, context) {
    const document = await findDocument(context, oneId(args.positionals, 'delete'));
    await context.call('documents:delete', { id: document.id });
    context.io.out(`Deleted "${oneLine(document.title)}" (${document.id}).`);
    return 0;
  },
};
