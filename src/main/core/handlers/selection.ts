/**
 * How bulk operations walk a selection of any size ("all 594 matching" as well as ticked rows), a
 * chunk per call, and how "My queue" becomes a name: the one place every handler taking a library
 * filter resolves it, so no bulk action can forget it.
 */
import type { ParsedDocumentSelection, ParsedLibraryFilter } from '../../../shared/library-query';
import { currentActorOf } from '../actor';
import type { StoreTx } from '../store/types';

/** `filter` with "My queue" turned into the acting person's name, which the repositories filter on. */
export async function resolveMine<F extends ParsedLibraryFilter>(tx: StoreTx, filter: F): Promise<F> {
  if (!filter.mine) return filter;
  return { ...filter, mine: undefined, assignee: await currentActorOf(tx) };
}

/** The next chunk of `selection` after `afterSeq`: its ids, and where a filter selection continues (null at its end). */
export async function selectionChunk(tx: StoreTx, selection: ParsedDocumentSelection, afterSeq: number, limit: number) {
  if ('ids' in selection) return { ids: selection.ids, nextSeq: null };
  const except = new Set(selection.except);
  const rows = await tx.library.selectionChunk(await resolveMine(tx, selection.filter), afterSeq, limit);
  return {
    ids: rows.map((r) => r.id).filter((id) => !except.has(id)),
    nextSeq: rows.length < limit ? null : rows[rows.length - 1].seq,
  };
}
