/**
 * `export:claimsCsv`: one `claims.csv` for the documents of a batch export, instead of one
 * `<title>.claims.csv` each (many of them empty). Documents are read one at a time and only their
 * CSV records are kept; the loop yields to the event loop between documents so a long batch does
 * not hold up the window's other requests. A document that cannot be read is reported in `failed`
 * and left out; the others are still written.
 */
import type { Input, Output } from '../../../shared/api';
import { toErrorShape } from '../../../shared/dispatch';
import type { ExportFile } from '../../../shared/types';
import { currentActorOf } from '../actor';
import { nowIso } from '../db/sql';
import type { ExportBatches } from '../export/batches';
import { COMBINED_CSV_NAME, combinedCsvHeader, combinedCsvRecords } from '../export/csv';
import { writeExportFiles } from '../export/write';
import type { Store } from '../store/types';
import { auditTx, loadBundleFrom } from './context';
import { checkExportFolder } from './export-folder';

type Result = Output<'export:claimsCsv'>;

/** Lets other requests in between documents. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Builds the combined claims CSV of `ids` and writes it into `dir` (or answers it to download). */
export async function exportClaimsCsv(store: Store, batches: ExportBatches, input: Input<'export:claimsCsv'>): Promise<Result> {
  const { ids, dir, batchId } = input;
  if (dir !== undefined) checkExportFolder(dir);
  const parts: string[] = [combinedCsvHeader()];
  const failed: Result['failed'] = [];
  let claims = 0;
  let documents = 0;
  const exported: string[] = [];
  for (const id of new Set(ids)) {
    try {
      const { records, claims: count } = combinedCsvRecords(await loadBundleFrom(store, id));
      if (count > 0) {
        parts.push(records);
        claims += count;
        documents++;
        exported.push(id);
      }
    } catch (error) {
      failed.push({ documentId: id, title: (await store.documents.getDocumentSummary(id))?.title ?? '', message: toErrorShape(error).message });
    }
    await nextTurn();
  }
  if (claims === 0) return { written: null, file: null, claims, documents, failed };
  const file: ExportFile = { name: COMBINED_CSV_NAME, mediaType: 'text/csv; charset=utf-8; header=present', content: parts.join('') };
  if (dir === undefined) return { written: null, file, claims, documents, failed };
  const [written] = writeExportFiles(dir, [file], batches.namesFor(batchId, dir));
  await store.write(async (tx) => {
    const at = nowIso();
    const actor = await currentActorOf(tx);
    for (const documentId of exported) await auditTx(tx, { action: 'document.exported', documentId, data: { dir, formats: ['claims.csv'] } }, at, actor);
  });
  return { written, file: null, claims, documents, failed };
}
