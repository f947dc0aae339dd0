/**
 * Handlers of the library at scale: a page of documents with its true total, the ids of a filtered
 * selection, bulk delete, status and assignment over a selection of any size (a chunk per call, so
 * the UI shows progress and one transaction never holds the library), and the change counter the
 * views poll. "My queue" (`mine`) is resolved here to the acting user's name, as the claims desk's is.
 */
import { ApiError } from '../../../shared/result';
import type { DocumentStatus } from '../../../shared/types';
import { assignmentRefusal } from '../../../team/roles';
import { currentActorOf, signedInUser } from '../actor';
import { nowIso } from '../db/sql';
import type { StoreTx } from '../store/types';
import { auditTx, type CoreContext, type HandlerFamily } from './context';
import { resolveMine, selectionChunk } from './selection';

type Action = { kind: 'delete' } | { kind: 'setStatus'; status: DocumentStatus } | { kind: 'assign'; assignee: string | null };

/** The most names `documents:assignees` answers. */
const MAX_ASSIGNEE_NAMES = 500;

/** Refuses, before anything is written, what no document of the selection could allow (assigning others). */
function checkAssigner(action: Action): void {
  const user = signedInUser();
  if (action.kind !== 'assign' || !user || action.assignee === null) return;
  const refused = assignmentRefusal(user, null, action.assignee);
  if (refused) throw new ApiError('unauthorized', refused);
}

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
  } else if (action.kind === 'assign') {
    if (doc.assignee === action.assignee) return true;
    const user = signedInUser();
    const refused = user && assignmentRefusal(user, doc.assignee, action.assignee);
    if (refused) throw new ApiError('unauthorized', refused);
    await tx.documents.setDocumentAssignee(id, action.assignee, at);
    await auditTx(
      tx,
      { action: action.assignee === null ? 'document.unassigned' : 'document.assigned', documentId: id, data: { before: doc.assignee, after: action.assignee } },
      at,
      actor,
    );
  } else if (doc.status !== action.status) {
    await tx.documents.setDocumentStatus(id, action.status, at);
    await auditTx(tx, { action: 'document.status_changed', documentId: id, data: { before: doc.status, after: action.status, warnings: [] } }, at, actor);
  }
  return true;
}

/** The handlers of `documents:page`, `documents:ids`, `documents:bulk`, `library:version`, `claims:page` and `claims:documents`. */
export function libraryHandlers({ store }: CoreContext): HandlerFamily<
  'documents:page' | 'documents:ids' | 'documents:bulk' | 'documents:assignees' | 'library:version' | 'claims:page' | 'claims:documents'
> {
  return {
    'documents:page': (request) => store.read(async (tx) => tx.library.pageDocuments(await resolveMine(tx, request))),

    // "My queue": the claims assigned to whoever is acting (signed-in user, else the reviewer name).
    'claims:page': (request) =>
      store.read(async (tx) => tx.claimsPage.pageClaims(request.mine ? { ...request, assignee: await currentActorOf(tx) } : request)),

    'claims:documents': ({ limit }) => store.claimsPage.documentsWithClaims(limit),

    'documents:ids': async ({ filter: asked, except }) => {
      const filter = await store.read((tx) => resolveMine(tx, asked));
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
        checkAssigner(action);
        const { ids, nextSeq } = await selectionChunk(tx, selection, afterSeq, limit);
        const at = nowIso();
        const actor = await currentActorOf(tx); // read once for the chunk's events
        let done = 0;
        for (const id of ids) if (await applyTo(tx, id, action, at, actor)) done++;
        return { done, nextSeq };
      }),

    // Everyone signed in may read the names: a desk assigns by name, and the log shows them anyway.
    'documents:assignees': () =>
      store.read(async (tx) => {
        const me = await currentActorOf(tx);
        const names = new Set(await tx.documents.assigneeNames(MAX_ASSIGNEE_NAMES));
        if (me) names.add(me);
        return { names: [...names].sort((a, b) => a.localeCompare(b)), me, assignOthers: (signedInUser()?.role ?? 'chief') === 'chief' };
      }),

    'library:version': async () => ({ version: await store.changeCounter() }),
  };
}
