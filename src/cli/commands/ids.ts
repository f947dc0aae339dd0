/** Finding a document by the id the user typed: the full id, or an unambiguous prefix of it (like git). */
import { CliError, type CliContext } from '../context';

/** Shortest prefix accepted in place of a full id. */
const MIN_PREFIX = 4;

/** Answers the id and title of the document `given` names (full id or unique prefix); throws a CliError otherwise. */
export async function findDocument(context: CliContext, given: string): Promise<{ id: string; title: string }> {
  // Ids and titles only: the full summaries cost seconds on a large library.
  const documents = await context.call('documents:titles', {});
  const exact = documents.find((document) => document.id === given);
  if (exact) return exact;
  const matches = given.length >= MIN_PREFIX ? documents.filter((document) => document.id.startsWith(given)) : [];
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) throw new CliError(`"${given}" matches ${matches.length} documents; give more of the id.`);
  throw new CliError(`There is no document with the id "${given}" in ${context.dbPath}.`);
}
