/**
 * The names an "Assigned to" field offers (`documents:assignees`): names already used for documents
 * and claims, the team's people on a team server, who "me" is, and whether this user may assign
 * others (on a team server only the chief editor may; editors and fact-checkers take and give back).
 * Asked again whenever `refreshKey` changes; until the answer arrives nobody is offered.
 */
import { useEffect, useState } from 'react';
import type { Output } from '../../shared/api';
import { call } from '../api/client';

export type Assignees = Output<'documents:assignees'>;

/** While the names are loading, or when they cannot be read: only the typed name is offered. */
export const NO_ASSIGNEES: Assignees = { names: [], me: '', assignOthers: true };

/** The current assignee names; `refreshKey` asks again (after an assignment, a library change). */
export function useAssignees(refreshKey: unknown = 0): Assignees {
  const [answer, setAnswer] = useState<Assignees>(NO_ASSIGNEES);
  useEffect(() => {
    let live = true;
    call('documents:assignees', {}).then(
      (value) => live && setAnswer(value),
      () => {}, // the field still takes a typed name
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return answer;
}
