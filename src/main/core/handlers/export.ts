/**
 * Export handlers: render one document in one format (the caller saves or downloads the files), or
 * write documents × formats into a folder on this machine. Writing is logged in the audit log.
 */
import type Database from 'better-sqlite3';
import type { ExportFile, ExportFormat } from '../../../shared/types';
import { inTransaction, nowIso } from '../db/sql';
import { exportDocument } from '../export/index';
import { writeExportFiles } from '../export/write';
import { listLabels } from '../repos/labels';
import { getReviewerName } from '../repos/settings';
import { audit, loadBundle, type CoreContext, type HandlerFamily } from './context';

/** The handlers of `export:document` and `export:toFolder`. */
export function exportHandlers({ db }: CoreContext): HandlerFamily<'export:document' | 'export:toFolder'> {
  return {
    'export:document': ({ id, format }) => render(db, id, format, new Date()),

    'export:toFolder': ({ ids, formats, dir }) => {
      const now = new Date();
      // One document's files stay together, so the writer numbers a second document of the same
      // title as a group ("harbin-2.txt" with "harbin-2.ann").
      const files: ExportFile[] = [...new Set(ids)].flatMap((id) => [...new Set(formats)].flatMap((format) => render(db, id, format, now)));
      const written = writeExportFiles(dir, files);
      inTransaction(db, () => {
        const at = nowIso();
        for (const id of new Set(ids)) audit(db, { action: 'document.exported', documentId: id, data: { dir, formats } }, at);
      });
      return { written };
    },
  };
}

function render(db: Database.Database, id: string, format: ExportFormat, now: Date): ExportFile[] {
  const bundle = loadBundle(db, id);
  return exportDocument(bundle, format, { reviewer: getReviewerName(db), labels: listLabels(db), now });
}
