/**
 * The batch export dialog: choose formats and a destination, then export the chosen documents (or
 * the whole library) one by one with a progress bar, a result per document and a Stop button that
 * takes effect between documents. The formats and folder last used are remembered. With the CSV
 * format, the claims can go into one claims.csv for the whole batch.
 */
import { useEffect, useState } from 'react';
import { call, platform as runningPlatform } from '../api/client';
import { shortTitle } from '../../shared/short-title';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errors';
import type { Destination } from './batch';
import { DestinationChoice } from './DestinationChoice';
import { ExportProgress } from './ExportProgress';
import { FormatChoice } from './FormatChoice';
import { loadExportPrefs, saveExportPrefs, type ExportPrefs } from './prefs';
import { useBatchExport } from './useBatchExport';
import './export.css';

/** What the dialog needs of each document: its id, and its title for the heading, progress and results. */
type ExportableDocument = { id: string; title: string };

export interface ExportDialogProps {
  /** The documents to export, in order; null exports the whole library. */
  documentIds: readonly string[] | null;
  onClose(): void;
  /** Defaults to the running app's platform. */
  platform?: 'electron' | 'web';
  /** Defaults to the desktop app's folder dialog (`window.copydesk.chooseFolder`) when it has one. */
  chooseFolder?: (() => Promise<string | null>) | null;
  /** Pause between browser downloads (tests pass 0). */
  downloadGapMs?: number;
}

function desktopFolderDialog(): (() => Promise<string | null>) | null {
  const fn = typeof window !== 'undefined' ? window.copydesk?.chooseFolder : undefined;
  return typeof fn === 'function' ? () => (fn as () => Promise<string | null>).call(window.copydesk) : null;
}

function heading(ids: readonly string[] | null, docs: ExportableDocument[] | null): string {
  if (ids === null) return docs ? `Export the library (${docs.length} document${docs.length === 1 ? '' : 's'})` : 'Export the library';
  if (ids.length === 1 && docs?.length === 1) return `Export “${shortTitle(docs[0].title, 80)}”`;
  return `Export ${ids.length} document${ids.length === 1 ? '' : 's'}`;
}

/** The export dialog. */
export function ExportDialog({ documentIds, onClose, platform = runningPlatform, chooseFolder, downloadGapMs }: ExportDialogProps) {
  const [prefs, setPrefs] = useState<ExportPrefs>(loadExportPrefs);
  const [docs, setDocs] = useState<ExportableDocument[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { state, start, stop, reset } = useBatchExport(downloadGapMs);
  const folderDialog = chooseFolder === undefined ? desktopFolderDialog() : chooseFolder;

  useEffect(() => {
    let live = true;
    // Ids and titles only: the summaries' counts would cost seconds on a large library.
    call('documents:titles', documentIds === null ? {} : { ids: [...documentIds] }).then(
      (list) => {
        if (live) setDocs(list);
      },
      (e) => live && setLoadError(`The documents could not be listed. ${errorMessage(e)}`),
    );
    return () => {
      live = false;
    };
  }, [documentIds]);

  // The button that had the focus goes away when the phase changes: move it to the next one.
  useEffect(() => {
    if (state.phase !== 'setup') document.querySelector<HTMLElement>('.export-dialog [data-autofocus]')?.focus();
  }, [state.phase]);

  const toFolder = platform === 'electron' || prefs.delivery === 'folder';
  const dir = prefs.dir.trim();
  const problem =
    docs !== null && docs.length === 0
      ? 'There is nothing to export: the library has no documents.'
      : prefs.formats.length === 0
        ? 'Choose at least one format.'
        : toFolder && !dir
          ? 'Choose the folder to write to.'
          : null;

  function change(patch: Partial<ExportPrefs>) {
    setPrefs((p) => ({ ...p, ...patch }));
  }

  function run() {
    if (!docs || problem) return;
    saveExportPrefs({ ...prefs, dir });
    const destination: Destination = toFolder ? { kind: 'folder', dir } : { kind: 'download' };
    void start(
      docs.map((d) => ({ id: d.id, title: d.title })),
      prefs.formats,
      destination,
      prefs.combinedCsv && prefs.formats.includes('csv'),
    );
  }

  const footer =
    state.phase === 'setup' ? (
      <>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" onClick={run} disabled={docs === null || problem !== null}>
          {docs ? `Export ${docs.length} document${docs.length === 1 ? '' : 's'}` : 'Export'}
        </Button>
      </>
    ) : state.phase === 'running' ? (
      <Button onClick={stop} data-autofocus="" disabled={state.stopping || state.progress.total - state.progress.done <= 1}>
        {state.stopping ? 'Stopping…' : 'Stop after this document'}
      </Button>
    ) : (
      <>
        <Button onClick={reset}>Export again…</Button>
        <Button variant="primary" onClick={onClose} data-autofocus="">
          Close
        </Button>
      </>
    );

  return (
    <Dialog
      title={heading(documentIds, docs)}
      className="export-dialog"
      onClose={() => state.phase !== 'running' && onClose()}
      initialFocus=".export-formats input"
      footer={footer}
    >
      {loadError && (
        <p className="form-error" role="alert">
          {loadError}
        </p>
      )}
      {state.phase === 'setup' ? (
        <div className="export-setup">
          <FormatChoice selected={prefs.formats} onChange={(formats) => change({ formats })} />
          {prefs.formats.includes('csv') && (
            <label className="export-combined">
              <input type="checkbox" checked={prefs.combinedCsv} onChange={(e) => change({ combinedCsv: e.target.checked })} />
              One claims.csv for all the documents (with a Document ID column) instead of a CSV each
            </label>
          )}
          <DestinationChoice
            platform={platform}
            delivery={prefs.delivery}
            onDelivery={(delivery) => change({ delivery })}
            dir={prefs.dir}
            onDir={(value) => change({ dir: value })}
            chooseFolder={folderDialog}
          />
          {problem && docs !== null && <p className="field-hint export-problem">{problem}</p>}
        </div>
      ) : (
        <ExportProgress state={state} />
      )}
    </Dialog>
  );
}
