/**
 * Document handlers: the library list and search, one document or its whole bundle, rename,
 * review status (with warnings when marking reviewed too early, and those warnings alone, without a
 * write, so the UI can ask first) and delete.
 * Text edits are in `text.ts`, imports in `importing.ts`.
 */
import { nowIso } from '../db/sql';
import type { StoreTx } from '../store/types';
import { auditTx, type CoreContext, type HandlerFamily } from './context';
import { reviewWarnings } from './review-warnings';
import { bundleFor } from './review-layers';

/** The warnings for marking document `id` reviewed now, read in `tx`. */
async function warningsOf(tx: StoreTx, id: string): Promise<string[]> {
  return reviewWarnings(
    await tx.annotations.listAnnotations(id),
    await tx.claims.listClaimsForDocument(id),
    await tx.claims.listSourcesForDocument(id),
  );
}

/** The handlers of the document operations other than import and text edits. */
export function documentHandlers({ store }: CoreContext): HandlerFamily<
  | 'documents:list'
  | 'documents:titles'
  | 'documents:search'
  | 'documents:get'
  | 'documents:bundle'
  | 'documents:rename'
  | 'documents:reviewWarnings'
  | 'documents:setStatus'
  | 'documents:delete'
> {
  const summary = async (tx: StoreTx, id: string) => (await tx.documents.getDocumentSummary(id))!;

  return {
    'documents:list': () => store.documents.listDocuments(),

    'documents:titles': ({ ids }) => store.documents.documentTitles(ids),

    'documents:search': ({ query }) => store.library.rankedHits(query, 50),

    'documents:get': ({ id }) => store.documents.requireDocument(id),

    'documents:bundle': ({ id }) => bundleFor(store, id),

    'documents:rename': ({ id, title }) =>
      store.write(async (tx) => {
        const before = await tx.documents.requireDocument(id);
        if (before.title === title) return summary(tx, id);
        const at = nowIso();
        await tx.documents.renameDocument(id, title, at);
        await auditTx(tx, { action: 'document.renamed', documentId: id, data: { before: before.title, after: title } }, at);
        return summary(tx, id);
      }),

    'documents:reviewWarnings': ({ id }) =>
      store.read(async (tx) => {
        await tx.documents.requireDocument(id);
        return { warnings: await warningsOf(tx, id) };
      }),

    'documents:setStatus': ({ id, status }) =>
      store.write(async (tx) => {
        const before = await tx.documents.requireDocument(id);
        const warnings = status === 'reviewed' ? await warningsOf(tx, id) : [];
        if (before.status !== status) {
          const at = nowIso();
          await tx.documents.setDocumentStatus(id, status, at);
          await auditTx(tx, { action: 'document.status_changed', documentId: id, data: { before: before.status, after: status, warnings } }, at);
        }
        return { document: await summary(tx, id), warnings };
      }),

    'documents:delete': ({ id }) =>
      store.write(async (tx) => {
        const doc = await tx.documents.requireDocument(id);
        await tx.documents.deleteDocument(id);
        await auditTx(tx, {
          action: 'document.deleted',
          documentId: id,
          data: { title: doc.title, source: doc.source, annotations: doc.annotationCount, claims: doc.claimCount },
        });
        return { deleted: true as const };
      }),
  };
}
