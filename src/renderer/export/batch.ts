/**
 * A batch export, document by document, so the dialog can show progress and stop between
 * documents. To a folder: one `export:toFolder` call per document with every chosen format. As
 * downloads: one `export:document` call per document and format, then the files are saved in turn.
 * A document that fails is reported with the core's message (which names the file) and the rest go on.
 */
import { call } from '../api/client';
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
}

/** Runs the batch; resolves with whether it was stopped before the end. */
export async function runBatchExport(options: BatchOptions): Promise<{ stopped: boolean }> {
  const { documents, formats, destination, onProgress, onOutcome, shouldStop } = options;
  const total = documents.length;
  const writtenBefore = new Set<string>();
  for (let i = 0; i < total; i++) {
    if (shouldStop()) {
      onProgress({ done: i, total, current: null });
      return { stopped: true };
    }
    const document = documents[i];
    onProgress({ done: i, total, current: document });
    const outcome =
      destination.kind === 'folder'
        ? await toFolder(document, formats, destination.dir, writtenBefore)
        : await asDownloads(document, formats, options.save);
    onOutcome(outcome);
  }
  onProgress({ done: total, total, current: null });
  return { stopped: false };
}

async function toFolder(document: ExportTarget, formats: readonly ExportFormat[], dir: string, writtenBefore: Set<string>): Promise<DocumentOutcome> {
  try {
    const { written } = await call('export:toFolder', { ids: [document.id], formats: [...formats], dir });
    const replaced = written.filter((path) => writtenBefore.has(path));
    written.forEach((path) => writtenBefore.add(path));
    const warnings = replaced.map((path) => `${path} replaced a file written earlier in this export (two documents with the same title?).`);
    return { document, files: written, errors: [], warnings };
  } catch (error) {
    return { document, files: [], errors: [errorMessage(error)], warnings: [] };
  }
}

async function asDownloads(document: ExportTarget, formats: readonly ExportFormat[], save: BatchOptions['save']): Promise<DocumentOutcome> {
  const files: ExportFile[] = [];
  const errors: string[] = [];
  for (const format of formats) {
    try {
      files.push(...(await call('export:document', { id: document.id, format })));
    } catch (error) {
      errors.push(`${FORMAT_INFO[format].name}: ${errorMessage(error)}`);
    }
  }
  if (files.length > 0) {
    try {
      await save(files);
    } catch (error) {
      return { document, files: [], errors: [...errors, `The files could not be downloaded: ${errorMessage(error)}`], warnings: [] };
    }
  }
  return { document, files: files.map((f) => f.name), errors, warnings: [] };
}
