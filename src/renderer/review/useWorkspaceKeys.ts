/**
 * The review workspace's keyboard listener: one `keydown` listener on the window for the desk's
 * lifetime, which reads the latest labels, mode and command runner through a ref (so it is never
 * re-attached between renders and never acts on a stale selection). The key → command mapping is
 * keyboard.ts's; carrying the command out is the caller's (`perform`, see desk-commands.ts).
 */
import { useEffect, useRef } from 'react';
import type { Label } from '../../shared/types';
import { commandFor, type ReviewCommand } from './keyboard';

/** What the listener reads at each key press. */
export interface WorkspaceKeys {
  labels: readonly Label[];
  /** Edit-text mode: annotation shortcuts are off and text keys belong to the editor. */
  editing: boolean;
  /** Carries a command out; true when the key was used (its default is then prevented). */
  perform(command: ReviewCommand): boolean;
}

/** Listens for the workspace's keys while the calling component is mounted. */
export function useWorkspaceKeys(keys: WorkspaceKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]')) return; // dialogs handle their own keys
      const { labels, editing, perform } = latest.current;
      const command = commandFor(event, labels, editing);
      if (command && perform(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
