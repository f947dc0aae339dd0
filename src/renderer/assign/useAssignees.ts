/**
 * The names an "Assigned to" field offers (`documents:assignees`): names already used for documents
 * and claims, the team's people on a team server, who "me" is, and whether this user may assign
 * others (on a team server only the chief editor may; editors and fact-checkers take and give back).
 * Asked again whenever `refreshKey` changes; null until the first answer arrives (and when it
 * cannot be read: a form then falls back to {@link NO_ASSIGNEES}, a typed name).
 */
import { useEffect, useState } from 'react';
import type { Output } from '../../shared/api';
import { call } from '../api/client';

export type Assignees = Output<'documents:assignees'>;

/** When the names cannot be read: only a typed name is offered (the server still decides who may). */
export const NO_ASSIGNEES: Assignees = { names: [], me: '', assignOthers: true };

/** A `refreshKey` that holds the request back (the library asks only once its first rows are on screen). */
export const NOT_YET: unique symbol = Symbol('not yet');

/** The current assignee names; `refreshKey` asks again (after an assignment, a library change), {@link NOT_YET} waits. */
export function useAssignees(refreshKey: unknown = 0): Assignees | null {
  const [answer, setAnswer] = useState<Assignees | null>(null);
  useEffect(() => {
    if (refreshKey === NOT_YET) return;
    let live = true;
    call('documents:assignees', {}).then(
      (value) => live && setAnswer(value),
      () => live && setAnswer((a) => a ?? NO_ASSIGNEES), // the field still takes a typed name
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return answer;
}
