/**
 * Which API operation a workspace command would call, so that on a team server a key the
 * signed-in role may not use says why (team/may.ts) instead of sending a request the server
 * refuses. Commands that only move, show or read map to null.
 */
import type { Annotation } from '../../shared/types';
import type { OperationName } from '../../shared/api';
import type { Permission } from '../team/may';
import { statusOfDigit, type KeyBinding, type ReviewCommand } from './keyboard';

/** An operation and the part of its input the access rule reads. */
export interface CommandCall {
  operation: OperationName;
  input?: unknown;
}

/** The call `command` would make with this selection; null for commands that write nothing. */
export function commandCall(command: ReviewCommand, selected: Annotation | null, hasRange: boolean): CommandCall | null {
  switch (command.type) {
    case 'tag':
      // A digit on a selected claim sets its status; on a selected entity it relabels or accepts it.
      if (!hasRange && selected?.kind === 'claim' && statusOfDigit(command.label.hotkey) && !command.all) return { operation: 'claims:update' };
      if (!hasRange && selected?.kind === 'entity') return { operation: 'annotations:update' };
      return { operation: 'annotations:create' };
    case 'status':
    case 'verdict':
      return { operation: 'claims:update' };
    case 'flag':
    case 'flagBlock':
    case 'flagToEnd':
    case 'claim':
    case 'sentence':
    case 'tagAll':
      return { operation: 'annotations:create' };
    case 'delete':
      return selected ? { operation: 'annotations:delete' } : null;
    case 'confirmCandidate':
    case 'rejectCandidate':
    case 'confirmAllCandidates':
    case 'reuseVerdict':
      return { operation: 'annotations:update' };
    case 'suggest':
      return { operation: 'suggestions:run' };
    case 'markReviewed':
      return { operation: 'documents:setStatus', input: { status: 'reviewed' } };
    case 'editText':
      return { operation: 'documents:updateText' };
    default:
      return null;
  }
}

/**
 * The call a row of the key table stands for, whatever is selected (the shortcuts sheet marks the
 * rows the role may not use); null for rows that only move, show or read, and for Undo/Redo, which
 * are checked per step (undo.ts).
 */
export function bindingCall(row: KeyBinding): CommandCall | null {
  if (row.writes) return { operation: row.writes };
  if (!row.match) return null;
  // Delete writes only with an annotation selected, which is what its row is about.
  if (row.match.command === 'delete') return { operation: 'annotations:delete' };
  return commandCall({ type: row.match.command } as ReviewCommand, null, false);
}

/** Why `command` may not run for this person, or null when it may (or writes nothing). */
export function commandRefusal(
  command: ReviewCommand,
  selected: Annotation | null,
  hasRange: boolean,
  may: (operation: OperationName, input?: unknown) => Permission,
): string | null {
  const call = commandCall(command, selected, hasRange);
  if (!call) return null;
  const permission = may(call.operation, call.input);
  return permission.allowed ? null : (permission.reason ?? null);
}
