/** `copydesk suggest ID… | --all [--kinds teaser,claim,entity]`: run the suggesters on documents. */
import { SUGGESTION_KIND_NAMES } from '../../shared/api';
import { UsageError, type ParsedArgs } from '../args';
import type { Command } from '../context';
import { oneLine, truncate } from '../table';
import { findDocument } from './ids';

type Kind = (typeof SUGGESTION_KIND_NAMES)[number];

/** The kinds asked for with --kinds, or undefined for all; a UsageError names an unknown one. */
function kindsOf(args: ParsedArgs): Kind[] | undefined {
  const given = args.options.get('kinds');
  if (given === undefined) return undefined;
  const kinds = given.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  const unknown = kinds.filter((k) => !(SUGGESTION_KIND_NAMES as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0) {
    throw new UsageError(`--kinds takes a comma-separated list of ${SUGGESTION_KIND_NAMES.join(', ')}${unknown.length ? ` (not "${unknown.join(', ')}")` : ''}.`);
  }
  return [...new Set(kinds)] as Kind[];
}

function check(args: ParsedArgs): void {
  const all = args.flags.has('all');
  if (all && args.positionals.length > 0) throw new UsageError('give document ids or --all, not both.');
  if (!all && args.positionals.length === 0) throw new UsageError('name at least one document id, or --all.');
  kindsOf(args);
}

/** "12 suggestions: 5 teasers, 4 claims, 3 entities" or "no new suggestions". */
function describe(added: Record<Kind, number>): string {
  const total = added.teaser + added.claim + added.entity;
  if (total === 0) return 'no new suggestions';
  const parts: string[] = [];
  if (added.teaser) parts.push(`${added.teaser} teaser${added.teaser === 1 ? '' : 's'}`);
  if (added.claim) parts.push(`${added.claim} claim${added.claim === 1 ? '' : 's'}`);
  if (added.entity) parts.push(`${added.entity} ${added.entity === 1 ? 'entity' : 'entities'}`);
  return `${total} new suggestion${total === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'suggest teasers, claims and entities for documents (pending until accepted)',
  help: `Usage: copydesk suggest ID… [--kinds teaser,claim,entity] [--db PATH]
       copydesk suggest --all [--kinds teaser,claim,entity] [--db PATH]

Runs Copydesk's suggesters on the documents and stores what they find as
pending suggestions: the review workspace lists them for the editor to accept
(Enter) or reject (X). A suggestion already there, an annotation already made
and a suggestion rejected before are never added again; a pending suggestion
the suggesters no longer make (say, after switching claims from broad to
precise) is withdrawn. Pending suggestions are left out of every export until
accepted. ID may be the first characters of
an id, as for "copydesk show".

  --all          every document in the library
  --kinds LIST   only these kinds (default: all three)
  --db PATH      the library file (default: your Copydesk library)`,
  flags: ['all'],
  options: ['kinds'],
  check,
  async run(args, context) {
    const kinds = kindsOf(args);
    const ids = args.flags.has('all')
      ? (await context.call('documents:titles', {})).map((d) => d.id).reverse()
      : await Promise.all(args.positionals.map(async (id) => (await findDocument(context, id)).id));
    if (ids.length === 0) context.io.out('The library has no documents.');
    // One document per call, so each line is printed as soon as that document is done (progress).
    let failed = 0;
    for (const [index, id] of ids.entries()) {
      const [doc] = (await context.call('suggestions:run', { documentIds: [id], kinds })).documents;
      const counter = ids.length > 1 ? `[${index + 1}/${ids.length}] ` : '';
      context.io.out(`${counter}${truncate(oneLine(doc.title), 72)} (${doc.documentId}): ${describe(doc.added)}${doc.withdrawn ? `; ${doc.withdrawn} no longer made withdrawn` : ''}${doc.message ? `. ${doc.message}` : ''}`);
      if (doc.message && doc.added.teaser + doc.added.claim + doc.added.entity === 0) failed++;
    }
    return failed > 0 && failed === ids.length ? 1 : 0;
  },
};
