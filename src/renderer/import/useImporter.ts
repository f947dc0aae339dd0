/**
 * The import queue: files go in (from the picker, a drop, the menu), one `documents:import` call per
 * document runs at a time, and the state says where it is (n of N, the current file) and how each
 * file went. Files added while an import runs join the same queue and the same result list.
 *
 * A file the core skips because its text is already in the library keeps its files in its result,
 * so "Import anyway" can send it again with `allowDuplicate` — through the same queue, one call at a
 * time — and that result replaces the row in place.
 */
import { useCallback, useRef, useState } from 'react';
import { call } from '../api/client';
import type { DocumentSummary } from '../../shared/types';
import { errorMessage } from '../ui/errors';
import { fileToBase64 } from './base64';
import { formatBytes, planImport, type ImportJob } from './plan';

/** How one file went. */
export interface ImportResult {
  /** The document file's name. */
  name: string;
  /** Companion files sent with it (a brat `.ann`). */
  companions: string[];
  status: 'imported' | 'skipped' | 'failed';
  document?: DocumentSummary;
  warnings: string[];
  /** Why it was skipped or failed. */
  reason?: string;
  /** Skipped because this document already has the same text. */
  duplicateOf?: string;
  /** The files of a duplicate, kept to send again if the user imports it anyway. */
  retry?: SendJob;
  /** An "Import anyway" of this row is queued or running. */
  pending?: boolean;
}

/** A file (with its companions) to send. */
type SendJob = Extract<ImportJob, { kind: 'send' }>;

/** One entry of the queue: a job, and for "Import anyway" the row it answers. */
interface QueueItem {
  job: ImportJob;
  /**
   * The index of the result row this job replaces — an "Import anyway", sent with `allowDuplicate`;
   * absent for a new file (its row is appended).
   */
  row?: number;
}

/** Where the queue is. */
export interface ImportState {
  /** Jobs in this batch (grows when more files are added mid-import). */
  total: number;
  done: number;
  /** The file being read or sent right now. */
  current: string | null;
  /** The current file is a duplicate being imported anyway (not one of the batch's `total`). */
  anyway: boolean;
  running: boolean;
  results: ImportResult[];
}

const IDLE: ImportState = { total: 0, done: 0, current: null, anyway: false, running: false, results: [] };

/** What `useImporter` returns. */
export interface Importer {
  state: ImportState;
  /** Queue files for import (order kept; brat pairs grouped). */
  importFiles(files: readonly File[]): void;
  /** Send the file of result row `index`, skipped as a duplicate, again with `allowDuplicate`. */
  importAnyway(index: number): void;
  /** Stop after the current file; the rest are listed as not imported. */
  stop(): void;
  /** Clear the finished batch's results. */
  reset(): void;
}

let maxBytesPromise: Promise<number | null> | null = null;
function maxImportBytes(): Promise<number | null> {
  maxBytesPromise ??= call('app:info', {}).then(
    (info) => info.maxImportBytes,
    () => {
      maxBytesPromise = null; // ask again next time; the server decides in any case
      return null;
    },
  );
  return maxBytesPromise;
}

async function runJob(job: ImportJob, allowDuplicate: boolean): Promise<ImportResult> {
  if (job.kind === 'skip') return { name: job.name, companions: [], status: 'skipped', warnings: [], reason: job.reason };
  const { file, companions } = job;
  const base: Pick<ImportResult, 'name' | 'companions'> = { name: file.name, companions: companions.map((c) => c.name) };
  try {
    const limit = await maxImportBytes();
    if (limit !== null && file.size > limit) {
      return { ...base, status: 'skipped', warnings: [], reason: `It is ${formatBytes(file.size)}; Copydesk imports files up to ${formatBytes(limit)}.` };
    }
    const data = await fileToBase64(file);
    const companionData = await Promise.all(companions.map(async (c) => ({ name: c.name, data: await fileToBase64(c) })));
    const outcome = await call('documents:import', { name: file.name, data, companions: companionData, allowDuplicate });
    if (outcome.status === 'imported') return { ...base, status: 'imported', document: outcome.document, warnings: outcome.warnings };
    if (outcome.duplicateOf) {
      return { ...base, status: 'skipped', warnings: [], reason: outcome.reason, duplicateOf: outcome.duplicateOf, retry: job };
    }
    return { ...base, status: 'skipped', warnings: [], reason: outcome.reason };
  } catch (error) {
    return { ...base, status: 'failed', warnings: [], reason: errorMessage(error) };
  }
}

function jobName(job: ImportJob): string {
  return job.kind === 'send' ? job.file.name : job.name;
}

/**
 * Run imports one at a time. `onLanded` fires after each imported document (refresh the library).
 */
export function useImporter(onLanded?: (document: DocumentSummary) => void): Importer {
  const [state, setState] = useState<ImportState>(IDLE);
  const queue = useRef<QueueItem[]>([]);
  /** The results as last rendered, for `importAnyway` to look a row up without waiting for a render. */
  const results = useRef<ImportResult[]>([]);
  results.current = state.results;
  const running = useRef(false);
  const landed = useRef(onLanded);
  landed.current = onLanded;

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    while (queue.current.length > 0) {
      const { job, row } = queue.current.shift()!;
      const anyway = row !== undefined;
      setState((s) => ({ ...s, running: true, current: jobName(job), anyway }));
      const result = await runJob(job, anyway);
      setState((s) =>
        anyway ? { ...s, results: replaceAt(s.results, row, result) } : { ...s, done: s.done + 1, results: [...s.results, result] },
      );
      if (result.document) landed.current?.(result.document);
    }
    running.current = false;
    setState((s) => ({ ...s, running: false, current: null, anyway: false }));
  }, []);

  const importFiles = useCallback(
    (files: readonly File[]) => {
      const jobs = planImport(files);
      if (jobs.length === 0) return;
      const joining = running.current;
      queue.current.push(...jobs.map((job) => ({ job })));
      setState((s) => (joining ? { ...s, total: s.total + jobs.length } : { ...IDLE, running: true, total: jobs.length }));
      void pump();
    },
    [pump],
  );

  const importAnyway = useCallback(
    (index: number) => {
      const result = results.current[index];
      if (!result?.retry || result.pending) return;
      queue.current.push({ job: result.retry, row: index });
      // Not one more file of the batch (its count stays): the row itself says it is being imported.
      setState((s) => ({ ...s, running: true, results: replaceAt(s.results, index, { ...s.results[index], pending: true }) }));
      results.current = replaceAt(results.current, index, { ...result, pending: true });
      void pump();
    },
    [pump],
  );

  const stop = useCallback(() => {
    const dropped = queue.current.splice(0);
    if (dropped.length === 0) return;
    setState((s) => {
      const rows = [...s.results];
      for (const { row } of dropped) if (row !== undefined) rows[row] = { ...rows[row], pending: false }; // still a duplicate
      const fresh = dropped.filter((item) => item.row === undefined);
      return {
        ...s,
        done: s.done + fresh.length,
        results: [...rows, ...fresh.map(({ job }) => ({ name: jobName(job), companions: [], status: 'skipped' as const, warnings: [], reason: 'Import stopped before this file.' }))],
      };
    });
  }, []);

  const reset = useCallback(() => {
    if (!running.current) setState(IDLE);
  }, []);

  return { state, importFiles, importAnyway, stop, reset };
}

/** `list` with `item` at `index`. */
function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = [...list];
  next[index] = item;
  return next;
}
