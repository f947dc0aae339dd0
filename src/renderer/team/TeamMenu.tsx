/**
 * The top bar's corner on a team server: who is signed in and as what, Users (admins), Sign out.
 * Renders nothing in the desktop app and the local web mode.
 */
import { useState } from 'react';
import { Button } from '../ui/Button';
import { ROLE_LABELS } from './team-client';
import { useTeamSession } from './team-session';
import { UsersDialog } from './UsersDialog';

export function TeamMenu() {
  const session = useTeamSession();
  const [managing, setManaging] = useState(false);
  if (!session) return null;
  const { user } = session;
  return (
    <div className="team-menu">
      <span className="team-who" title={`Signed in as ${user.login}`}>
        {user.displayName} · {ROLE_LABELS[user.role]}
      </span>
      {user.isAdmin && (
        <Button small variant="ghost" onClick={() => setManaging(true)}>
          Users
        </Button>
      )}
      <Button small variant="ghost" onClick={session.signOut}>
        Sign out
      </Button>
      {managing && <UsersDialog me={user} onClose={() => setManaging(false)} />}
    </div>
  );
}
