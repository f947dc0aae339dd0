/**
 * Handlers of the library at scale: a page of documents with its true total, the ids of a filtered
 * selection, bulk delete and status over a selection of any size (a chunk per call, so the UI shows
 * progress and one transaction never holds the library), and the change counter the views poll.
 */
import type Database from 'better-sqlite3';
import type { ParsedDocumentSelection } from '../../../shared/library-query';
import type { DocumentStatus } from '../../../shared/types';
import { inTransaction, nowIso, readTransaction, stmt } from '../db/sql';
import { deleteDocument, getDocumentSummary, setDocumentStatus } from '../repos/documents';
import { documentsWithClaims, pageClaims } from '../repos/claims-page';
import { pageDocuments, selectionChunk } from '../repos/library';
import { audit, type CoreContext, type HandlerFamily } from './context';

type Action = { kind: 'delete' } | { kind: 'setStatus'; status: DocumentStatus };

/** Applies `action` to one document inside the caller's transaction; false when it is gone already. */
function applyTo(db: Database.Database, id: string, action: Action, at: string): boolean {
  const doc = getDocumentSummary(db, id);
  if (!doc) return false;
  if (action.kind === 'delete') {
    deleteDocument(db, id);
    audit(db, {
      action: 'document.deleted',
      documentId: id,
      data: { title: doc.title, source: doc.source, annotations: doc.annotationCount, claims: doc.claimCount },
    }, at);
  } else if (doc.status !== action.status) {
    setDocumentStatus(db, id, action.status, at);
    audit(db, { action: 'document.status_changed', documentId: id, data: { before: doc.status, after: action.status, warnings: [] } }, at);
  }
  return true;
}

/** The next chunk of the selection: its ids and where a filter selection continues. */
function chunkOf(db: Database.Database, selection: ParsedDocumentSelection, afterSeq: number, limit: number) {
  if ('ids' in selection) return { ids: selection.ids, nextSeq: null };
  const except = new Set(selection.except);
  const rows = selectionChunk(db, selection.filter, afterSeq, limit);
  return {
    ids: rows.map((r) => r.id).filter((id) => !except.has(id)),
    nextSeq: rows.length < limit ? null : rows[rows.length - 1].seq,
  };
}

/** The handlers of `documents:page`, `documents:ids`, `documents:bulk`, `library:version`, `claims:page` and `claims:documents`. */
export function libraryHandlers({ db }: CoreContext): HandlerFamily<'documents:page' | 'documents:ids' | 'documents:bulk' | 'library:version' | 'claims:page' | 'claims:documents'> {
  return {
    'documents:page': (request) => readTransaction(db, () => pageDocuments(db, request)),

    'claims:page': (request) => readTransaction(db, () => pageClaims(db, request)),

    'claims:documents': ({ limit }) => documentsWithClaims(db, limit),

    'documents:ids': ({ filter, except }) => {
      const skip = new Set(except);
      const ids: string[] = [];
      for (let after = 0; ; ) {
        const rows = selectionChunk(db, filter, after, 5000);
        for (const row of rows) if (!skip.has(row.id)) ids.push(row.id);
        if (rows.length < 5000) return { ids };
        after = rows[rows.length - 1].seq;
      }
    },

    'documents:bulk': ({ selection, action, afterSeq, limit }) =>
      inTransaction(db, () => {
        const { ids, nextSeq } = chunkOf(db, selection, afterSeq, limit);
        const at = nowIso();
        let done = 0;
        for (const id of ids) if (applyTo(db, id, action, at)) done++;
        return { done, nextSeq };
      }),

    // data_version moves when another connection (the CLI, the import worker, another process)
    // commits; total_changes() when this one writes. Together: any change anywhere, for two reads.
    'library:version': () => {
      const dataVersion = db.pragma('data_version', { simple: true }) as number;
      const ownChanges = stmt<[], { n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
      return { version: `${dataVersion}.${ownChanges}` };
    },
  };
}
