/**
 * What a folder export does with one document's rendered files beyond writing them: the sentences
 * the person exporting should read (a format that had nothing to write, a CoNLL file that left nested
 * entities out), and brat's annotation.conf, which is one file per folder merged from every document
 * (brat-conf.ts) instead of one numbered copy per document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApiError } from '../../../shared/result';
import { nothingToExportMessage, nothingToExportReason } from '../../../shared/export-skips';
import type { ExportFile, ExportFormat } from '../../../shared/types';
import { BRAT_CONF_NAME, declaredInBratConf, mergeBratConf } from '../../../shared/brat-conf';
import { writeFileAtomic } from './write';

/** One document's files, split for writing, with what to tell the person. */
export interface FolderFiles {
  /** The document's own files, written and numbered as a group. */
  files: ExportFile[];
  /** brat configurations to merge into the folder's annotation.conf. */
  bratConfs: ExportFile[];
  /** Sentences about files not written or left incomplete. */
  notes: string[];
}

/** The files one format rendered for a document (none when it had nothing to write). */
export interface RenderedFormat {
  format: ExportFormat;
  files: ExportFile[];
}

/** Sorts the files of every format of one document into a FolderFiles. */
export function sortFolderFiles(rendered: ReadonlyArray<RenderedFormat>): FolderFiles {
  const out: FolderFiles = { files: [], bratConfs: [], notes: [] };
  for (const { format, files } of rendered) {
    if (files.length === 0 && nothingToExportReason(format)) out.notes.push(nothingToExportMessage(format));
    for (const file of files) {
      if (file.notice) out.notes.push(file.notice);
      (format === 'brat' && file.name === BRAT_CONF_NAME ? out.bratConfs : out.files).push(file);
    }
  }
  return out;
}

/**
 * Merges `confs` into `dir`'s annotation.conf (the one there, if any, keeps its lines) and writes it
 * atomically; answers its path. A folder export calls it after each document, so the file always
 * declares everything the folder's .ann files written so far use.
 */
export function writeBratConf(dir: string, confs: ReadonlyArray<ExportFile>): string {
  const path = join(resolve(dir), BRAT_CONF_NAME);
  let text = '';
  try {
    if (existsSync(path)) text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const why = code === 'EISDIR' ? 'a folder of that name is in the way' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'it cannot be read';
    throw new ApiError('internal', `Could not update the brat configuration ${path}: ${why}.`);
  }
  for (const conf of confs) text = mergeBratConf(text, declaredInBratConf(conf.content));
  return writeFileAtomic(dir, BRAT_CONF_NAME, text);
}
