/**
 * The import progress and result panel: "Importing 2 of 5 — article.html" with a bar while running,
 * then one line per file (imported ✓ with its warnings, skipped/failed with the reason). After a
 * single-file import it offers "Open". A file skipped because its text is already in the library
 * offers "Open" (the document that has it) and "Import anyway" (a second copy, in place of its line).
 */
import { useEffect, useId, useRef, type RefObject } from 'react';
import { Button } from '../ui/Button';
import { ProgressBar } from '../ui/ProgressBar';
import type { ImportResult, ImportState } from './useImporter';
import { shortTitle } from '../../shared/short-title';

/** Characters of the title "Open “…”" shows: the panel is about 400 px wide, so two lines at most. */
const OPEN_TITLE_LENGTH = 60;

export interface ImportPanelProps {
  state: ImportState;
  /** Open a document the batch imported (the panel's work is done). */
  onOpen(documentId: string): void;
  /** Open the document a duplicate was found in, keeping the results (more duplicates may be waiting). */
  onOpenExisting(documentId: string): void;
  /** Import the duplicate of result row `index` anyway. */
  onImportAnyway(index: number): void;
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

interface ResultLineProps {
  result: ImportResult;
  onOpen(id: string): void;
  showOpen: boolean;
  onOpenExisting(id: string): void;
  onImportAnyway(): void;
}

function ResultLine({ result, onOpen, showOpen, onOpenExisting, onImportAnyway }: ResultLineProps) {
  const ok = result.status === 'imported';
  const duplicate = !ok && result.duplicateOf !== undefined;
  const icon = ok ? (result.warnings.length ? '⚠' : '✓') : duplicate ? '=' : '✕';
  const nameId = useId();
  const reasonId = useId();
  const line = useRef<HTMLLIElement>(null);
  const refocus = useKeepFocus(line, result.pending === true);
  return (
    <li ref={line} tabIndex={-1} className={`import-result import-${result.status}${duplicate ? ' import-duplicate' : ''}`}>
      <span className="import-icon" aria-hidden="true">
        {icon}
      </span>
      <div className="import-result-body">
        <div className="import-result-head">
          <span className="import-name" id={nameId}>
            {result.name}
          </span>
          {result.companions.length > 0 && <span className="muted"> + {result.companions.join(', ')}</span>}
          <span className="visually-hidden">{ok ? ' imported' : ` ${result.status}`}</span>
          {ok && showOpen && result.document && (
            <Button small variant="ghost" className="import-open" onClick={() => onOpen(result.document!.id)}>
              Open
            </Button>
          )}
        </div>
        {!ok && result.reason && (
          <div className="import-reason" id={reasonId}>
            {result.reason}
          </div>
        )}
        {duplicate && (
          <div className="import-actions">
            <Button small aria-describedby={reasonId} onClick={() => onOpenExisting(result.duplicateOf!)}>
              Open
            </Button>
            <Button
              small
              aria-describedby={nameId}
              aria-disabled={result.pending || undefined}
              onClick={() => {
                if (result.pending) return;
                refocus();
                onImportAnyway();
              }}
            >
              {result.pending ? 'Importing…' : 'Import anyway'}
            </Button>
          </div>
        )}
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

/**
 * Keeps keyboard focus in a result line whose buttons are about to go: call the returned function
 * when the user acts; once `pending` has come and gone (the line was replaced by its new result), the
 * line's first button takes the focus — else the panel's "Open “…”" of a single import, else the line
 * itself — if nothing else has taken it meanwhile.
 */
function useKeepFocus(line: RefObject<HTMLLIElement | null>, pending: boolean): () => void {
  const armed = useRef(false);
  const wasPending = useRef(pending);
  useEffect(() => {
    const settled = wasPending.current && !pending;
    wasPending.current = pending;
    if (!settled || !armed.current) return;
    armed.current = false;
    const element = line.current;
    const active = document.activeElement;
    if (!element || (active && active !== document.body && !element.contains(active))) return;
    const target =
      element.querySelector<HTMLElement>('button') ?? element.closest('.import-panel')?.querySelector<HTMLElement>('.import-single button');
    (target ?? element).focus();
  }, [line, pending]);
  return () => {
    armed.current = true;
  };
}

/** Floating panel showing the current import batch; hidden when there is none. */
export function ImportPanel({ state, onOpen, onOpenExisting, onImportAnyway, onStop, onClose }: ImportPanelProps) {
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
        {state.running && state.anyway ? (
          <p>
            Importing anyway: <span className="import-name">{state.current}</span>
          </p>
        ) : state.running ? (
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
          <Button variant="primary" onClick={() => onOpen(single.document!.id)} title={single.document.title}>
            Open “{shortTitle(single.document.title, OPEN_TITLE_LENGTH)}”
          </Button>
        </div>
      )}
      {state.results.length > 0 && (
        <ul className="import-results">
          {state.results.map((result, i) => (
            <ResultLine
              key={i}
              result={result}
              onOpen={onOpen}
              showOpen={!single}
              onOpenExisting={onOpenExisting}
              onImportAnyway={() => onImportAnyway(i)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
