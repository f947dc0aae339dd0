/**
 * Export handlers: render one document in one format (the caller saves or downloads the files), or
 * write documents × formats into a folder on this machine. Writing is logged in the audit log.
 *
 * Rendering (a CoNLL file of a million-character document takes over a second) runs in the core's
 * CpuTasks — a worker thread in the app; each bundle is read here, on the main thread, just before
 * its turn, so a folder export holds one document in memory at a time.
 */
import type Database from 'better-sqlite3';
import type { ExportFile } from '../../../shared/types';
import type { ExportContext } from '../export/index';
import { inTransaction, nowIso } from '../db/sql';
import { writeExportFiles } from '../export/write';
import { listLabels } from '../repos/labels';
import { getReviewerName } from '../repos/settings';
import type { CpuTasks } from '../workers/cpu-tasks';
import { audit, loadBundle, type CoreContext, type HandlerFamily } from './context';

/** The handlers of `export:document` and `export:toFolder`; `cpu` renders the files. */
export function exportHandlers({ db }: CoreContext, cpu: CpuTasks): HandlerFamily<'export:document' | 'export:toFolder'> {
  return {
    'export:document': async ({ id, format }) => cpu.exportDocument(loadBundle(db, id), format, exportContext(db, new Date())),

    'export:toFolder': async ({ ids, formats, dir }) => {
      const ctx = exportContext(db, new Date());
      // One document's files stay together, so the writer numbers a second document of the same
      // title as a group ("harbin-2.txt" with "harbin-2.ann"). Every format of a document is
      // rendered from the same reading of it.
      const files: ExportFile[] = [];
      for (const id of new Set(ids)) {
        const bundle = loadBundle(db, id);
        for (const format of new Set(formats)) files.push(...(await cpu.exportDocument(bundle, format, ctx)));
      }
      const written = writeExportFiles(dir, files);
      inTransaction(db, () => {
        const at = nowIso();
        for (const id of new Set(ids)) audit(db, { action: 'document.exported', documentId: id, data: { dir, formats } }, at);
      });
      return { written };
    },
  };
}

/** What every exporter gets besides the document: the reviewer, the label taxonomy and the time (read on the main thread). */
function exportContext(db: Database.Database, now: Date): ExportContext {
  return { reviewer: getReviewerName(db), labels: listLabels(db), now };
}
