/**
 * The state of one batch export for the dialog: setup → running (progress, outcomes so far, a stop
 * request honoured between documents) → done. Closing the dialog mid-run stops after the current document.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../shared/types';
import { runBatchExport, type BatchFileOutcome, type BatchProgress, type Destination, type DocumentOutcome, type ExportTarget } from './batch';
import { downloadInTurn } from './download';

export type BatchPhase = 'setup' | 'running' | 'done';

/** What the dialog reads. */
export interface BatchExportState {
  phase: BatchPhase;
  progress: BatchProgress;
  outcomes: DocumentOutcome[];
  /** Files made for the whole batch: the combined claims.csv, the downloads' annotation.conf. */
  batchFiles: BatchFileOutcome[];
  /** Stop was asked for; the current document finishes first. */
  stopping: boolean;
  /** The batch ended before its last document. */
  stopped: boolean;
  destination: Destination | null;
}

const IDLE: BatchExportState = {
  phase: 'setup',
  progress: { done: 0, total: 0, current: null },
  outcomes: [],
  batchFiles: [],
  stopping: false,
  stopped: false,
  destination: null,
};

/** Run, stop and reset a batch export. `gapMs` spaces out downloads (tests pass 0). */
export function useBatchExport(gapMs?: number) {
  const [state, setState] = useState<BatchExportState>(IDLE);
  const stopRequested = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stopRequested.current = true;
    };
  }, []);

  const update = useCallback((patch: (s: BatchExportState) => BatchExportState) => {
    if (mounted.current) setState(patch);
  }, []);

  const start = useCallback(
    async (documents: ExportTarget[], formats: ExportFormat[], destination: Destination, combinedCsv = false) => {
      stopRequested.current = false;
      setState({ ...IDLE, phase: 'running', destination, progress: { done: 0, total: documents.length, current: null } });
      const { stopped } = await runBatchExport({
        documents,
        formats,
        destination,
        onProgress: (progress) => update((s) => ({ ...s, progress })),
        onOutcome: (outcome) => update((s) => ({ ...s, outcomes: [...s.outcomes, outcome] })),
        shouldStop: () => stopRequested.current,
        combinedCsv,
        onBatchFile: (outcome) => update((s) => ({ ...s, batchFiles: [...s.batchFiles, outcome] })),
        save: (files) => downloadInTurn(files, gapMs),
      });
      update((s) => ({ ...s, phase: 'done', stopped, stopping: false }));
    },
    [gapMs, update],
  );

  const stop = useCallback(() => {
    stopRequested.current = true;
    update((s) => (s.phase === 'running' ? { ...s, stopping: true } : s));
  }, [update]);

  const reset = useCallback(() => update(() => IDLE), [update]);

  return { state, start, stop, reset };
}
