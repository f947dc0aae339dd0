/**
 * The import progress and result panel: "Importing 2 of 5 — article.html" with a bar while running,
 * then one line per file (imported ✓ with its warnings, skipped/failed with the reason). After a
 * single-file import it offers "Open".
 */
import { Button } from '../ui/Button';
import { ProgressBar } from '../ui/ProgressBar';
import type { ImportResult, ImportState } from './useImporter';

export interface ImportPanelProps {
  state: ImportState;
  onOpen(documentId: string): void;
  onStop(): void;
  onClose(): void;
}

function summary(state: ImportState): string {
  const imported = state.results.filter((r) => r.status === 'imported').length;
  const notImported = state.results.length - imported;
  const parts = [`${imported} imported`];
  if (notImported > 0) parts.push(`${notImported} not imported`);
  return `Import finished: ${parts.join(', ')}.`;
}

function ResultLine({ result, onOpen, showOpen }: { result: ImportResult; onOpen(id: string): void; showOpen: boolean }) {
  const ok = result.status === 'imported';
  const icon = ok ? (result.warnings.length ? '⚠' : '✓') : '✕';
  return (
    <li className={`import-result import-${result.status}`}>
      <span className="import-icon" aria-hidden="true">
        {icon}
      </span>
      <div className="import-result-body">
        <div className="import-result-head">
          <span className="import-name">{result.name}</span>
          {result.companions.length > 0 && <span className="muted"> + {result.companions.join(', ')}</span>}
          <span className="visually-hidden">{ok ? ' imported' : ` ${result.status}`}</span>
          {ok && showOpen && result.document && (
            <Button small variant="ghost" className="import-open" onClick={() => onOpen(result.document!.id)}>
              Open
            </Button>
          )}
        </div>
        {!ok && result.reason && <div className="import-reason">{result.reason}</div>}
        {result.warnings.length > 0 && (
          <ul className="import-warnings">
            {result.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/** Floating panel showing the current import batch; hidden when there is none. */
export function ImportPanel({ state, onOpen, onStop, onClose }: ImportPanelProps) {
  if (state.total === 0) return null;
  const single = !state.running && state.results.length === 1 ? state.results[0] : null;
  return (
    <section className="import-panel" aria-label="Import">
      <header className="import-panel-head">
        <h2>{state.running ? 'Importing…' : 'Import'}</h2>
        {state.running ? (
          state.done + 1 < state.total && (
            <Button small variant="ghost" onClick={onStop}>
              Stop
            </Button>
          )
        ) : (
          <button type="button" className="icon-button" aria-label="Close import results" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <div aria-live="polite" className="import-status">
        {state.running ? (
          <p>
            Importing {Math.min(state.done + 1, state.total)} of {state.total}
            {state.current && (
              <>
                : <span className="import-name">{state.current}</span>
              </>
            )}
          </p>
        ) : (
          <p>{summary(state)}</p>
        )}
      </div>
      <ProgressBar
        value={state.done}
        max={state.total}
        label="Import progress"
        valueText={`${state.done} of ${state.total} files`}
      />
      {single?.status === 'imported' && single.document && (
        <div className="import-single">
          <Button variant="primary" onClick={() => onOpen(single.document!.id)}>
            Open “{single.document.title}”
          </Button>
        </div>
      )}
      {state.results.length > 0 && (
        <ul className="import-results">
          {state.results.map((result, i) => (
            <ResultLine key={i} result={result} onOpen={onOpen} showOpen={!single} />
          ))}
        </ul>
      )}
    </section>
  );
}
