/**
 * Export handlers: render one document in one format (the caller saves or downloads the files), or
 * write documents × formats into a folder on this machine. Writing is logged in the audit log.
 *
 * A folder export goes document by document: read one bundle, render its formats, write them, let
 * it go — so only one document is in memory at a time, and a document that fails (deleted meanwhile,
 * an inconsistent bundle, a file that cannot be written) is reported in `failed` while the others are
 * still written. When every document fails, the call itself fails with the reason (one document: its
 * own error), so a caller exporting one document at a time sees an error as before.
 *
 * Rendering (a CoNLL file of a million-character document takes over a second) runs in the core's
 * CpuTasks — a worker thread in the app. Names clashing within a batch (one call, or the calls
 * sharing a `batchId`) are numbered; see export/batches.ts and export/write.ts. What a written
 * document's files leave out is answered in `notes`, and brat's annotation.conf is merged per folder
 * (export/folder.ts). The combined claims CSV of a batch is export-claims-csv.ts.
 */
import type { Output } from '../../../shared/api';
import { toErrorShape } from '../../../shared/dispatch';
import { ApiError } from '../../../shared/result';
import { signedInUser } from '../actor';
import { nowIso } from '../db/sql';
import { ExportBatches } from '../export/batches';
import { sortFolderFiles, writeBratConf, type RenderedFormat } from '../export/folder';
import type { ExportContext } from '../export/index';
import { writeExportFiles } from '../export/write';
import type { Store } from '../store/types';
import type { CpuTasks } from '../workers/cpu-tasks';
import { auditTx, loadBundleFrom, type CoreContext, type HandlerFamily } from './context';
import { exportClaimsCsv } from './export-claims-csv';
import { checkExportFolder } from './export-folder';

type Failure = Output<'export:toFolder'>['failed'][number];
type Note = Output<'export:toFolder'>['notes'][number];

/** The handlers of `export:document` and `export:toFolder`; `cpu` renders the files. */
export function exportHandlers({ store, log }: CoreContext, cpu: CpuTasks): HandlerFamily<'export:document' | 'export:toFolder' | 'export:claimsCsv'> {
  const batches = new ExportBatches();
  return {
    'export:document': async ({ id, format }) => cpu.exportDocument(await loadBundleFrom(store, id), format, await exportContext(store, new Date())),

    'export:toFolder': async ({ ids, formats, dir, batchId }) => {
      checkExportFolder(dir);
      const ctx = await exportContext(store, new Date());
      const names = batches.namesFor(batchId, dir);
      const written: string[] = [];
      const failed: Failure[] = [];
      const notes: Note[] = [];
      const errors: unknown[] = [];
      let bratConf: string | null = null;
      for (const id of new Set(ids)) {
        try {
          // One document's files stay together, so the writer numbers a second document of the same
          // title as a group ("harbin-2.txt" with "harbin-2.ann"); every format of a document is
          // rendered from the same reading of it.
          const bundle = await loadBundleFrom(store, id);
          const rendered: RenderedFormat[] = [];
          for (const format of new Set(formats)) rendered.push({ format, files: await cpu.exportDocument(bundle, format, ctx) });
          const { files, bratConfs, notes: said } = sortFolderFiles(rendered);
          written.push(...writeExportFiles(dir, files, names));
          if (bratConfs.length > 0) bratConf = writeBratConf(dir, bratConfs);
          for (const message of said) notes.push({ documentId: id, title: bundle.document.title, message });
          await store.write((tx) => auditTx(tx, { action: 'document.exported', documentId: id, data: { dir, formats } }, nowIso()));
        } catch (error) {
          errors.push(error);
          // One document's unexpected failure is answered in `failed`, not thrown: log its detail here.
          if (!(error instanceof ApiError)) log?.record(`exporting document ${id} to a folder`, error);
          failed.push({ documentId: id, title: (await store.documents.getDocumentSummary(id))?.title ?? '', message: toErrorShape(error, 'exporting this document').message });
        }
      }
      if (failed.length > 0 && failed.length === new Set(ids).size) throw allFailed(errors, failed);
      if (bratConf) written.push(bratConf);
      return { written, failed, notes };
    },

    'export:claimsCsv': async (input) => exportClaimsCsv(store, batches, input),
  };
}

/** The error of an export in which no document could be written: the document's own, or a summary. */
function allFailed(errors: unknown[], failed: Failure[]): unknown {
  if (errors.length === 1) return errors[0];
  const first = failed[0];
  const shape = toErrorShape(errors[0]);
  return new ApiError(shape.code, `None of the ${failed.length} documents could be exported. The first, “${first.title || first.documentId}”: ${first.message}`);
}

/**
 * What every exporter gets besides the document: the reviewer (the signed-in user on a team server,
 * else Settings' name), the label taxonomy and the time (read on the main thread).
 */
function exportContext(store: Store, now: Date): Promise<ExportContext> {
  return store.read(async (tx) => ({ reviewer: signedInUser()?.name ?? (await tx.settings.getReviewerName()), labels: await tx.labels.listLabels(), now }));
}
