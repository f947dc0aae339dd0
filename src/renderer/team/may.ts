/**
 * What the signed-in person may do, asked of the same table the team server enforces
 * (src/team/roles.ts: `refusal`), so a control is offered exactly when its request would be
 * accepted. Outside a team server (no session: the desktop app, the local web mode) the one user
 * may do everything. roles.ts imports only a type, so the renderer bundle pulls no Node code.
 */
import type { OperationName } from '../../shared/api';
import { isRole, refusal, whoMay } from '../../team/roles';
import { useTeamSession, type TeamSession } from './team-session';

/** Whether an operation is allowed; when not, the sentence the server would answer with. */
export interface Permission {
  allowed: boolean;
  reason?: string;
  /** When refused: who may, as a short tag ("Editors and chief editors only"). */
  only?: string;
}

const ALLOWED: Permission = { allowed: true };

/**
 * The permission of `session` for one call. A role the table does not know is treated as the
 * least trusted one the server would also refuse: every write the table gives a role is refused.
 */
export function permissionOf(session: TeamSession | null, operation: OperationName, input?: unknown): Permission {
  if (session === null) return ALLOWED;
  const role = session.user.role;
  if (!isRole(role)) return { allowed: false, reason: `Your account’s role (${String(role)}) is not one Copydesk knows; ask an administrator.`, only: 'Not for your account’s role' };
  const reason = refusal(role, operation, input);
  return reason === null ? ALLOWED : { allowed: false, reason, only: whoMay(operation, input) };
}

/** Whether the signed-in person may call `operation` with `input` (the request as it would be sent). */
export function useMay(operation: OperationName, input?: unknown): Permission {
  return permissionOf(useTeamSession(), operation, input);
}

/** A checker for many operations at once, for code that decides per key or per menu entry. */
export function useMayCheck(): (operation: OperationName, input?: unknown) => Permission {
  const session = useTeamSession();
  return (operation, input) => permissionOf(session, operation, input);
}

/**
 * The first refusal among `operations` (the sentence of the first one `check` refuses), or null when
 * every one is allowed: for work that sends several calls, such as an undo step (review/undo.ts).
 */
export function firstRefusal(check: (operation: OperationName) => Permission, operations: readonly OperationName[]): string | null {
  for (const operation of operations) {
    const permission = check(operation);
    if (!permission.allowed) return permission.reason ?? 'Your role may not do this.';
  }
  return null;
}
