/**
 * Handlers of the library at scale: a page of documents with its true total, the ids of a filtered
 * selection, bulk delete and status over a selection of any size (a chunk per call, so the UI shows
 * progress and one transaction never holds the library), and the change counter the views poll.
 */
import type { ParsedDocumentSelection } from '../../../shared/library-query';
import type { DocumentStatus } from '../../../shared/types';
import { currentActorOf } from '../actor';
import { nowIso } from '../db/sql';
import type { StoreTx } from '../store/types';
import { auditTx, type CoreContext, type HandlerFamily } from './context';

type Action = { kind: 'delete' } | { kind: 'setStatus'; status: DocumentStatus };

/** Applies `action` to one document inside the caller's transaction; false when it is gone already. */
async function applyTo(tx: StoreTx, id: string, action: Action, at: string, actor: string): Promise<boolean> {
  const doc = await tx.documents.getDocumentSummary(id);
  if (!doc) return false;
  if (action.kind === 'delete') {
    await tx.documents.deleteDocument(id);
    await auditTx(tx, {
      action: 'document.deleted',
      documentId: id,
      data: { title: doc.title, source: doc.source, annotations: doc.annotationCount, claims: doc.claimCount },
    }, at, actor);
  } else if (doc.status !== action.status) {
    await tx.documents.setDocumentStatus(id, action.status, at);
    await auditTx(tx, { action: 'document.status_changed', documentId: id, data: { before: doc.status, after: action.status, warnings: [] } }, at, actor);
  }
  return true;
}

/** The next chunk of the selection: its ids and where a filter selection continues. */
async function chunkOf(tx: StoreTx, selection: ParsedDocumentSelection, afterSeq: number, limit: number) {
  if ('ids' in selection) return { ids: selection.ids, nextSeq: null };
  const except = new Set(selection.except);
  const rows = await tx.library.selectionChunk(selection.filter, afterSeq, limit);
  return {
    ids: rows.map((r) => r.id).filter((id) => !except.has(id)),
    nextSeq: rows.length < limit ? null : rows[rows.length - 1].seq,
  };
}

/** The handlers of `documents:page`, `documents:ids`, `documents:bulk`, `library:version`, `claims:page` and `claims:documents`. */
export function libraryHandlers({ store }: CoreContext): HandlerFamily<'documents:page' | 'documents:ids' | 'documents:bulk' | 'library:version' | 'claims:page' | 'claims:documents'> {
  return {
    'documents:page': (request) => store.read((tx) => tx.library.pageDocuments(request)),

    // "My queue": the claims assigned to whoever is acting (signed-in user, else the reviewer name).
    'claims:page': (request) =>
      store.read(async (tx) => tx.claimsPage.pageClaims(request.mine ? { ...request, assignee: await currentActorOf(tx) } : request)),

    'claims:documents': ({ limit }) => store.claimsPage.documentsWithClaims(limit),

    'documents:ids': async ({ filter, except }) => {
      const skip = new Set(except);
      const ids: string[] = [];
      for (let after = 0; ; ) {
        const rows = await store.library.selectionChunk(filter, after, 5000);
        for (const row of rows) if (!skip.has(row.id)) ids.push(row.id);
        if (rows.length < 5000) return { ids };
        after = rows[rows.length - 1].seq;
      }
    },

    'documents:bulk': ({ selection, action, afterSeq, limit }) =>
      store.write(async (tx) => {
        const { ids, nextSeq } = await chunkOf(tx, selection, afterSeq, limit);
        const at = nowIso();
        const actor = await currentActorOf(tx); // read once for the chunk's events
        let done = 0;
        for (const id of ids) if (await applyTo(tx, id, action, at, actor)) done++;
        return { done, nextSeq };
      }),

    'library:version': async () => ({ version: await store.changeCounter() }),
  };
}
