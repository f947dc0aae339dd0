/**
 * Whether label names are written on the text (the L key), remembered between documents and
 * sessions in localStorage: an editor who reads by the names keeps them on. Storage that is missing
 * or refuses (private mode, full) only means the choice is not remembered.
 */
import { useCallback, useState } from 'react';

const KEY = 'copydesk.labelTags';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The current choice and a toggle that remembers it. */
export function useLabelTags(): [boolean, () => void] {
  const [on, setOn] = useState(() => storage()?.getItem(KEY) === 'on');
  const toggle = useCallback(() => {
    setOn((was) => {
      const next = !was;
      try {
        storage()?.setItem(KEY, next ? 'on' : 'off');
      } catch {
        // not remembered; the choice still applies now
      }
      return next;
    });
  }, []);
  return [on, toggle];
}
