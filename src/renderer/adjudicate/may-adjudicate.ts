/**
 * Who is offered the chief editor's double-review controls (start, Adjudicate). On a team server
 * only a chief editor may call those operations (src/team/roles.ts), so nobody else sees a button the
 * server would refuse; on this computer (no team session) the one user may do everything.
 */
import { useTeamSession } from '../team/team-session';

/** Whether the signed-in person may start double reviews and adjudicate them. */
export function useMayAdjudicate(): boolean {
  const session = useTeamSession();
  return session === null || session.user.role === 'chief';
}
