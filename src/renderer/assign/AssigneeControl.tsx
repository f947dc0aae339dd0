/**
 * The review workspace's "Assigned to" control, beside the document status: who has the document,
 * and a small menu to assign it (a name, with the names in use and the team's people suggested),
 * unassign it, or — for an editor or fact-checker on a team server — take it or give it back.
 * It saves through `documents:bulk` with the one document as the selection, the library's path.
 * The names are asked for when the menu opens, not with every document opened.
 */
import { useState } from 'react';
import { call } from '../api/client';
import { useToasts } from '../ui/Toasts';
import { AssignForm } from './AssignForm';
import { useAssignees, type Assignees } from './useAssignees';
import './assign.css';

export interface AssigneeControlProps {
  documentId: string;
  /** Who has the document as loaded. */
  assignee: string | null;
}

/** "Assigned to Mei Chen ▾" / "Unassigned ▾" and its menu. */
export function AssigneeControl({ documentId, assignee: loaded }: AssigneeControlProps) {
  const [assignee, setAssignee] = useState(loaded);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const toasts = useToasts();

  async function assign(next: string | null) {
    setBusy(true);
    try {
      await call('documents:bulk', { selection: { ids: [documentId] }, action: { kind: 'assign', assignee: next } });
      setAssignee(next);
      setOpen(false);
      toasts.show(next ? `Assigned to ${next}.` : 'Unassigned.', 'success');
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      className="assignee-control"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button type="button" className="assignee-button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen(!open)} title="Who has this document">
        {assignee ? `Assigned to ${assignee}` : 'Unassigned'} ▾
      </button>
      {open && <AssigneeMenu current={assignee} busy={busy} onAssign={assign} />}
    </div>
  );
}

/** The open menu: the form once the names have arrived. */
function AssigneeMenu({ current, busy, onAssign }: { current: string | null; busy: boolean; onAssign(assignee: string | null): Promise<void> }) {
  const assignees: Assignees | null = useAssignees(current);
  return (
    <div className="assignee-menu" role="group" aria-label="Assign this document">
      {assignees ? (
        <AssignForm assignees={assignees} label="Assign this document to" current={current} disabled={busy} onAssign={onAssign} />
      ) : (
        <span className="muted">Loading names…</span>
      )}
    </div>
  );
}
