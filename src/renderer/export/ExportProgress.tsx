/** A running or finished batch export: the progress bar (n of N, current document) and how each document went. */
import { shortTitle } from '../../shared/short-title';
import { ProgressBar } from '../ui/ProgressBar';
import type { BatchExportState } from './useBatchExport';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line summing up a finished batch. */
export function batchSummary(state: BatchExportState): string {
  const failed = state.outcomes.filter((o) => o.errors.length > 0).length;
  const files = state.outcomes.reduce((sum, o) => sum + o.files.length, 0) + state.batchFiles.filter((f) => f.file !== null).length;
  const verb = state.destination?.kind === 'download' ? 'downloaded' : 'written';
  const parts = [`${plural(files, 'file')} ${verb} for ${plural(state.outcomes.length - failed, 'document')}`];
  if (failed > 0) parts.push(`${plural(failed, 'document')} failed`);
  if (state.stopped) parts.push(`stopped with ${plural(state.progress.total - state.outcomes.length, 'document')} not exported`);
  return `${parts.join('; ')}.`;
}

/** Progress and the result list. */
export function ExportProgress({ state }: { state: BatchExportState }) {
  const { progress, outcomes, phase } = state;
  const running = phase === 'running';
  return (
    <div className="export-progress">
      <ProgressBar value={progress.done} max={progress.total} label="Export progress" valueText={`${progress.done} of ${progress.total} documents`} />
      <p className="export-status" role="status">
        {running ? (
          <>
            {progress.current ? `Exporting ${progress.done + 1} of ${progress.total}: ` : `${progress.done} of ${progress.total} exported`}
            {progress.current && <span className="export-current">{shortTitle(progress.current.title)}</span>}
            {state.stopping && ' — stopping after this document…'}
          </>
        ) : (
          batchSummary(state)
        )}
      </p>
      {outcomes.length > 0 && (
        <ul className="export-results" aria-label="Export results">
          {outcomes.map((o) => {
            const failed = o.errors.length > 0;
            return (
              <li key={o.document.id} className={`export-result ${failed ? 'export-failed' : 'export-ok'}`}>
                <span className="export-icon" aria-hidden="true">
                  {failed ? '✕' : '✓'}
                </span>
                <div className="export-result-body">
                  <div className="export-result-title">
                    {shortTitle(o.document.title)}
                    <span className="visually-hidden">{failed ? ' (failed)' : ' (exported)'}</span>
                  </div>
                  {o.errors.map((message, i) => (
                    <p key={i} className="export-error">
                      {message}
                    </p>
                  ))}
                  {o.warnings.map((message, i) => (
                    <p key={i} className="export-warning">
                      {message}
                    </p>
                  ))}
                  {o.notes.map((message, i) => (
                    <p key={i} className="export-note">
                      {message}
                    </p>
                  ))}
                  {o.files.length > 0 && (
                    <ul className="export-files">
                      {o.files.map((file) => (
                        <li key={file}>{file}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {state.batchFiles.length > 0 && (
        <ul className="export-results" aria-label="Files for the whole export">
          {state.batchFiles.map((f, i) => (
            <li key={i} className={`export-result ${f.failed ? 'export-failed' : 'export-ok'}`}>
              <span className="export-icon" aria-hidden="true">
                {f.failed ? '✕' : f.file ? '✓' : '–'}
              </span>
              <div className="export-result-body">
                <p className={f.failed ? 'export-error' : 'export-note'}>{f.message}</p>
                {f.file && (
                  <ul className="export-files">
                    <li>{f.file}</li>
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
