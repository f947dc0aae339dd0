/**
 * The bar above the document: back to the library, title, review status, undo/redo, the view
 * toggles (clean view, edit text), "Show original", export and the keyboard sheet.
 */
import { useEffect, type ReactNode } from 'react';
import { shortTitle } from '../../shared/short-title';
import type { DocumentStatus } from '../../shared/types';
import { Button } from '../ui/Button';
import { ExportMenu } from './ExportMenu';
import { StatusControl } from './StatusControl';
import { AssigneeControl } from '../assign/AssigneeControl';
import { useMay } from '../team/may';

/** Props of `DocumentBar`. */
export interface DocumentBarProps {
  documentId: string;
  title: string;
  status: DocumentStatus;
  onStatus(status: DocumentStatus): void;
  /** Who has the document as loaded; the "Assigned to" control shows when given. */
  assignee?: string | null;
  /** More controls beside status and assignee (the "Double review…" offer). */
  controls?: ReactNode;
  onClose(): void;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Why this person may not send the undo (or redo) on offer, on a team server; it is then shown disabled. */
  undoRefusal?: string | null;
  redoRefusal?: string | null;
  onUndo(): void;
  onRedo(): void;
  clean: boolean;
  onToggleClean(): void;
  editing: boolean;
  onToggleEdit(): void;
  /** Words about the text save in edit mode ("Saving…", "Saved"); null otherwise. */
  textState: string | null;
  /** Shown with the save state when the last correction could not be saved: sends it again. */
  onRetryText?(): void;
  onShowOriginal(): void;
  onHelp(): void;
  /** Suggestions are being made; the Suggest button runs them (G). */
  suggesting?: boolean;
  onSuggest?(): void;
}

/** The document's header bar. */
export function DocumentBar(props: DocumentBarProps) {
  const { documentId, title, status, onStatus, onClose, undoLabel, redoLabel, onUndo, onRedo } = props;
  // On a team server a fact-checker neither corrects the text nor runs the suggesters (team/may.ts).
  const mayEdit = useMay('documents:updateText').allowed;
  const maySuggest = useMay('suggestions:run').allowed;
  // The window's (or browser tab's) title names the document, cut at a word; the app sets it back on leaving.
  useEffect(() => {
    document.title = `${shortTitle(title, 60)} · Copydesk`;
  }, [title]);
  return (
    <header className="rv-bar">
      <div className="rv-bar-left">
        <Button small variant="ghost" onClick={onClose} title="Back to the library">
          ← Library
        </Button>
        <h1 className="rv-title" title={title}>
          {shortTitle(title)}
        </h1>
        <StatusControl documentId={documentId} status={status} onStatus={onStatus} />
        {props.assignee !== undefined && <AssigneeControl key={documentId} documentId={documentId} assignee={props.assignee} />}
        {props.controls}
      </div>
      <div className="rv-bar-right" role="toolbar" aria-label="Document">
        <Button small variant="ghost" onClick={onUndo} disabled={!undoLabel || props.editing || Boolean(props.undoRefusal)} title={historyTitle('Undo', undoLabel, props.undoRefusal, 'Ctrl+Z')}>
          Undo
        </Button>
        <Button small variant="ghost" onClick={onRedo} disabled={!redoLabel || props.editing || Boolean(props.redoRefusal)} title={historyTitle('Redo', redoLabel, props.redoRefusal, 'Ctrl+Shift+Z')}>
          Redo
        </Button>
        <Button small aria-pressed={props.clean} onClick={props.onToggleClean} title="Hide flagged teaser content (V)">
          Clean view
        </Button>
        {(mayEdit || props.editing) && (
          <Button small aria-pressed={props.editing} onClick={props.onToggleEdit} title="Correct the text; annotations move with it">
            {props.editing ? 'Done editing' : 'Edit text'}
          </Button>
        )}
        {props.textState && (
          <span className={`rv-save-state${props.onRetryText ? ' rv-save-failed' : ''}`} role={props.onRetryText ? 'alert' : 'status'}>
            {props.textState}
            {props.onRetryText && (
              <Button small onClick={props.onRetryText} title="Send the correction again">
                Retry
              </Button>
            )}
          </span>
        )}
        {props.onSuggest && maySuggest && (
          <Button small onClick={props.onSuggest} disabled={props.suggesting || props.editing} title="Find teasers, claims and entities in this document (G)">
            {props.suggesting ? 'Suggesting…' : 'Suggest'}
          </Button>
        )}
        <Button small variant="ghost" onClick={props.onShowOriginal} title="The text as first imported">
          Show original
        </Button>
        <ExportMenu documentId={documentId} />
        <Button small variant="ghost" onClick={props.onHelp} aria-label="Keyboard shortcuts (?)" title="Keyboard shortcuts (?)">
          ?
        </Button>
      </div>
    </header>
  );
}

/** The Undo/Redo button's hover text: the step it would take back or do again, or why it cannot. */
function historyTitle(verb: 'Undo' | 'Redo', label: string | null, refusal: string | null | undefined, key: string): string {
  if (!label) return `Nothing to ${verb.toLowerCase()}`;
  return refusal ? `Cannot ${verb.toLowerCase()} “${label}”: ${refusal}` : `${verb}: ${label} (${key})`;
}
