/**
 * Assigning documents to a person, as the library's bulk action and the review workspace's
 * "Assigned to" field both offer it. Whoever may assign others (everyone on this computer, the chief
 * editor on a team server) types or picks a name — the names already in use and the team's people
 * are suggested — or clears it; an editor or fact-checker on a team server gets "Take" (assign to me)
 * and "Give back" only, which is all the server lets them do.
 */
import { useId, useState } from 'react';
import { Button } from '../ui/Button';
import type { Assignees } from './useAssignees';

export interface AssignFormProps {
  assignees: Assignees;
  /** The accessible name of the name field ("Assign the selected documents to"). */
  label: string;
  /** Saves the assignment (null: nobody); resolves when it is stored. */
  onAssign(assignee: string | null): Promise<void> | void;
  disabled?: boolean;
  /** The current assignee when the form is about one document (hides "Give back" when it is not mine). */
  current?: string | null;
}

/** A name field with suggestions, "Assign" and "Unassign"; or "Take" and "Give back". */
export function AssignForm({ assignees, label, onAssign, disabled = false, current }: AssignFormProps) {
  const listId = useId();
  const [name, setName] = useState('');
  const { me, assignOthers } = assignees;
  if (!assignOthers) {
    return (
      <span className="assign-form">
        {current !== me && (
          <Button small disabled={disabled || (current !== undefined && current !== null)} onClick={() => void onAssign(me)} title={`Assign to me (${me})`}>
            Take
          </Button>
        )}
        {(current === undefined || current === me) && (
          <Button small disabled={disabled} onClick={() => void onAssign(null)} title="Unassign from me">
            Give back
          </Button>
        )}
      </span>
    );
  }
  const typed = name.trim();
  return (
    <form
      className="assign-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!typed) return;
        void Promise.resolve(onAssign(typed)).then(() => setName(''));
      }}
    >
      <input
        type="text"
        aria-label={label}
        placeholder={me ? `Assign to… (${me})` : 'Assign to…'}
        list={listId}
        value={name}
        maxLength={200}
        disabled={disabled}
        onChange={(e) => setName(e.target.value)}
      />
      <datalist id={listId}>
        {assignees.names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <Button small type="submit" disabled={disabled || !typed}>
        Assign
      </Button>
      {current !== null && (
        <Button small disabled={disabled} onClick={() => void onAssign(null)}>
          Unassign
        </Button>
      )}
    </form>
  );
}
