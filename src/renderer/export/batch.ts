/**
 * A batch export, document by document, so the dialog can show progress and stop between
 * documents. To a folder: one `export:toFolder` call per document with every chosen format, all
 * sharing a batch id so that same-titled documents get numbered names instead of replacing each
 * other. As downloads: one `export:document` call per document and format, then the files are
 * saved in turn.
 * A document that fails is reported with the core's message (which names the file) and the rest go on.
 * What a document's files leave out (a ClaimReview with no verdict to hold, nested entities CoNLL
 * cannot tag) is reported as its notes. With `combinedCsv`, the claims of every exported document go
 * into one claims.csv, written or downloaded once the documents are done, instead of a CSV each.
 */
import { call } from '../api/client';
import { BRAT_CONF_NAME, declaredInBratConf, mergeBratConf } from '../../shared/brat-conf';
import { nothingToExportMessage, nothingToExportReason } from '../../shared/export-skips';
import { plural } from '../../shared/plural';
import type { ExportFile, ExportFormat } from '../../shared/types';
import { errorMessage } from '../ui/errors';
import { FORMAT_INFO } from './formats';

/** Where the files go. */
export type Destination = { kind: 'folder'; dir: string } | { kind: 'download' };

/** A document to export, by id and title (for progress and results). */
export interface ExportTarget {
  id: string;
  title: string;
}

/** How one document went. */
export interface DocumentOutcome {
  document: ExportTarget;
  /** Paths written (folder) or file names downloaded. */
  files: string[];
  /** What failed, in words; empty when everything was written. */
  errors: string[];
  /** Things worth knowing that did not fail the document (a file replaced within this batch). */
  warnings: string[];
  /** What the files leave out, in words ("No ClaimReview file: no claims with a verdict."). */
  notes: string[];
}

/** How a file made for the whole batch went (the combined claims.csv, the downloads' annotation.conf). */
export interface BatchFileOutcome {
  /** The path written (folder) or the name downloaded; null when there was no file. */
  file: string | null;
  /** One sentence: what it holds, or why there is none, or why it failed. */
  message: string;
  failed: boolean;
}

/** Where a running batch is. */
export interface BatchProgress {
  done: number;
  total: number;
  /** The document being exported now; null between documents and at the end. */
  current: ExportTarget | null;
}

export interface BatchOptions {
  documents: readonly ExportTarget[];
  formats: readonly ExportFormat[];
  destination: Destination;
  onProgress(progress: BatchProgress): void;
  onOutcome(outcome: DocumentOutcome): void;
  /** Asked before each document; true stops the batch there. */
  shouldStop(): boolean;
  /** Saves downloaded files (web mode); resolves once they are handed to the browser. */
  save(files: ExportFile[]): Promise<void>;
  /** One claims.csv for all documents instead of a CSV each (when `formats` has csv). */
  combinedCsv?: boolean;
  /** Told how each file made for the whole batch went, after the documents. */
  onBatchFile?(outcome: BatchFileOutcome): void;
}

/** Runs the batch; resolves with whether it was stopped before the end. */
export async function runBatchExport(options: BatchOptions): Promise<{ stopped: boolean }> {
  const { documents, destination, onProgress, onOutcome, shouldStop } = options;
  const combined = options.combinedCsv === true && options.formats.includes('csv');
  const formats = combined ? options.formats.filter((f) => f !== 'csv') : options.formats;
  const total = documents.length;
  const writtenBefore = new Set<string>();
  const exported: string[] = [];
  const bratConf = { text: '' }; // downloads: one annotation.conf for the batch, saved at the end
  // One id for the batch's calls, so the core numbers a second "harbin.txt" instead of replacing the first.
  const batchId = `batch-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  let stopped = false;
  for (let i = 0; i < total; i++) {
    if (shouldStop()) {
      onProgress({ done: i, total, current: null });
      stopped = true;
      break;
    }
    const document = documents[i];
    onProgress({ done: i, total, current: document });
    if (formats.length === 0) {
      // Only the combined CSV was asked for: the document's claims go into it after the loop.
      exported.push(document.id);
      onOutcome({ document, files: [], errors: [], warnings: [], notes: [] });
      continue;
    }
    const outcome =
      destination.kind === 'folder'
        ? await toFolder(document, formats, destination.dir, batchId, writtenBefore)
        : await asDownloads(document, formats, options.save, bratConf);
    if (outcome.errors.length === 0) exported.push(document.id);
    onOutcome(outcome);
  }
  if (bratConf.text !== '') options.onBatchFile?.(await saveBratConf(bratConf.text, options.save));
  if (combined && exported.length > 0) options.onBatchFile?.(await combinedCsv(exported, destination, batchId, options.save));
  if (!stopped) onProgress({ done: total, total, current: null });
  return { stopped };
}

/** Writes or downloads the one claims.csv of the exported documents. */
async function combinedCsv(ids: string[], destination: Destination, batchId: string, save: BatchOptions['save']): Promise<BatchFileOutcome> {
  try {
    const result = await call('export:claimsCsv', destination.kind === 'folder' ? { ids, dir: destination.dir, batchId } : { ids });
    if (result.claims === 0) return { file: null, message: 'No claims.csv: none of the documents has claims.', failed: false };
    if (result.file) await save([result.file]);
    const file = result.written ?? result.file?.name ?? null;
    return { file, message: `claims.csv holds ${plural(result.claims, 'claim')} from ${plural(result.documents, 'document')}.`, failed: false };
  } catch (error) {
    return { file: null, message: `claims.csv could not be exported: ${errorMessage(error)}`, failed: true };
  }
}

async function toFolder(document: ExportTarget, formats: readonly ExportFormat[], dir: string, batchId: string, writtenBefore: Set<string>): Promise<DocumentOutcome> {
  try {
    const { written, notes } = await call('export:toFolder', { ids: [document.id], formats: [...formats], dir, batchId });
    // annotation.conf is one file for the folder, rewritten by every brat document: not a replacement.
    const replaced = written.filter((path) => writtenBefore.has(path) && !/[\\/]annotation\.conf$/.test(path));
    written.forEach((path) => writtenBefore.add(path));
    const warnings = replaced.map((path) => `${path} replaced a file written earlier in this export (two documents with the same title?).`);
    return { document, files: written, errors: [], warnings, notes: notes.map((n) => n.message) };
  } catch (error) {
    return { document, files: [], errors: [errorMessage(error)], warnings: [], notes: [] };
  }
}

/** Downloads the batch's merged annotation.conf. */
async function saveBratConf(text: string, save: BatchOptions['save']): Promise<BatchFileOutcome> {
  try {
    await save([{ name: BRAT_CONF_NAME, mediaType: 'text/plain; charset=utf-8', content: text }]);
    return { file: BRAT_CONF_NAME, message: 'annotation.conf declares the brat types of every document (put it beside the .ann files).', failed: false };
  } catch (error) {
    return { file: null, message: `annotation.conf could not be downloaded: ${errorMessage(error)}`, failed: true };
  }
}

async function asDownloads(document: ExportTarget, formats: readonly ExportFormat[], save: BatchOptions['save'], bratConf: { text: string }): Promise<DocumentOutcome> {
  const files: ExportFile[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  for (const format of formats) {
    try {
      const rendered = await call('export:document', { id: document.id, format });
      if (rendered.length === 0 && nothingToExportReason(format)) notes.push(nothingToExportMessage(format));
      for (const file of rendered) {
        if (file.notice) notes.push(file.notice);
        // brat's annotation.conf is one per folder: merged over the batch and downloaded once, at the end.
        if (format === 'brat' && file.name === BRAT_CONF_NAME) bratConf.text = mergeBratConf(bratConf.text, declaredInBratConf(file.content));
        else files.push(file);
      }
    } catch (error) {
      errors.push(`${FORMAT_INFO[format].name}: ${errorMessage(error)}`);
    }
  }
  if (files.length > 0) {
    try {
      await save(files);
    } catch (error) {
      return { document, files: [], errors: [...errors, `The files could not be downloaded: ${errorMessage(error)}`], warnings: [], notes };
    }
  }
  return { document, files: files.map((f) => f.name), errors, warnings: [], notes };
}
