/**
 * Names to suggest for the two reviewers of a double review: on a team server the team's people (a
 * layer belongs to the name the signed-in account records, so a name typed slightly differently would
 * name nobody), elsewhere the names documents are assigned to. Asked only while a form is open.
 */
import { useEffect, useState } from 'react';
import { call } from '../api/client';

/** The suggested names while `open`, else none (a failed read suggests none: the field still takes any name). */
export function usePeopleNames(open: boolean): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!open) return;
    let live = true;
    call('documents:assignees', {}).then(
      ({ names: found }) => live && setNames(found),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [open]);
  return names;
}
