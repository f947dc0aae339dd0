/**
 * Document handlers: the library list and search, one document or its whole bundle, rename,
 * review status (with warnings when marking reviewed too early, and those warnings alone, without a
 * write, so the UI can ask first) and delete.
 * Text edits are in `text.ts`, imports in `importing.ts`.
 */
import { inTransaction, nowIso } from '../db/sql';
import { listAnnotations } from '../repos/annotations';
import { listClaimsForDocument, listSourcesForDocument } from '../repos/claims';
import {
  deleteDocument,
  documentTitles,
  getDocumentSummary,
  listDocuments,
  renameDocument,
  requireDocument,
  setDocumentStatus,
} from '../repos/documents';
import { rankedHits } from '../repos/library';
import { audit, loadBundle, type CoreContext, type HandlerFamily } from './context';
import { reviewWarnings } from './review-warnings';

/** The handlers of the document operations other than import and text edits. */
export function documentHandlers({ db }: CoreContext): HandlerFamily<
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
  const summary = (id: string) => getDocumentSummary(db, id)!;

  return {
    'documents:list': () => listDocuments(db),

    'documents:titles': ({ ids }) => documentTitles(db, ids),

    'documents:search': ({ query }) => rankedHits(db, query, 50),

    'documents:get': ({ id }) => requireDocument(db, id),

    'documents:bundle': ({ id }) => loadBundle(db, id),

    'documents:rename': ({ id, title }) =>
      inTransaction(db, () => {
        const before = requireDocument(db, id);
        if (before.title === title) return summary(id);
        const at = nowIso();
        renameDocument(db, id, title, at);
        audit(db, { action: 'document.renamed', documentId: id, data: { before: before.title, after: title } }, at);
        return summary(id);
      }),

    'documents:reviewWarnings': ({ id }) => {
      requireDocument(db, id);
      return { warnings: reviewWarnings(listAnnotations(db, id), listClaimsForDocument(db, id), listSourcesForDocument(db, id)) };
    },

    'documents:setStatus': ({ id, status }) =>
      inTransaction(db, () => {
        const before = requireDocument(db, id);
        const warnings =
          status === 'reviewed' ? reviewWarnings(listAnnotations(db, id), listClaimsForDocument(db, id), listSourcesForDocument(db, id)) : [];
        if (before.status !== status) {
          const at = nowIso();
          setDocumentStatus(db, id, status, at);
          audit(db, { action: 'document.status_changed', documentId: id, data: { before: before.status, after: status, warnings } }, at);
        }
        return { document: summary(id), warnings };
      }),

    'documents:delete': ({ id }) =>
      inTransaction(db, () => {
        const doc = requireDocument(db, id);
        deleteDocument(db, id);
        audit(db, {
          action: 'document.deleted',
          documentId: id,
          data: { title: doc.title, source: doc.source, annotations: doc.annotationCount, claims: doc.claimCount },
        });
        return { deleted: true as const };
      }),
  };
}
