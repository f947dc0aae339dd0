/**
 * The library's bulk "Assign…" for a selection of any size ("all 594 matching" included): the
 * assignment form (assign.AssignForm: a name or nobody; "Take" and "Give back" for an editor or
 * fact-checker on a team server), run a chunk per call through `documents:bulk` with progress, like
 * the bulk status change. A refusal or failure stops it; what was done before it stays done and is said.
 */
import type { DocumentSelection } from '../../shared/library-query';
import { AssignForm } from '../assign/AssignForm';
import type { Assignees } from '../assign/useAssignees';
import { errorMessage } from '../ui/errors';
import { BulkStopped, runBulk } from './bulk';
import '../assign/assign.css';

export interface BulkAssignProps {
  /** The selection as the API takes it; null when nothing is selected. */
  selection: DocumentSelection | null;
  count: number;
  assignees: Assignees;
  disabled: boolean;
  /** Progress of the run (null when it ends). */
  onProgress(progress: { label: string; done: number; count: number } | null): void;
  /** Says how it went, and whether it went well. */
  onDone(message: string, ok: boolean): void;
}

function documents(n: number): string {
  return `${n.toLocaleString()} document${n === 1 ? '' : 's'}`;
}

/** The assignment form for the selected documents. */
export function BulkAssign({ selection, count, assignees, disabled, onProgress, onDone }: BulkAssignProps) {
  async function assign(assignee: string | null) {
    if (!selection) return;
    const label = assignee ? `Assigning ${documents(count)} to ${assignee}` : `Unassigning ${documents(count)}`;
    onProgress({ label, done: 0, count });
    try {
      const done = await runBulk(selection, { kind: 'assign', assignee }, (n) => onProgress({ label, done: n, count }));
      onDone(assignee ? `Assigned ${documents(done)} to ${assignee}.` : `Unassigned ${documents(done)}.`, true);
    } catch (e) {
      const stopped = e instanceof BulkStopped ? e : new BulkStopped(0, e);
      onDone(`Assigning stopped after ${documents(stopped.done)}: ${errorMessage(stopped.reason)}`, false);
    } finally {
      onProgress(null);
    }
  }
  return <AssignForm assignees={assignees} label="Assign the selected documents to" disabled={disabled || !selection} onAssign={assign} />;
}
