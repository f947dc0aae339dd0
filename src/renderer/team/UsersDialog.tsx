/**
 * The admin's user list: everyone's role and whether they may sign in, changed in place, and a form
 * that invites someone and shows the one-time link to send them. Disabling ends the person's
 * sessions at once (the server does it in the same transaction).
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { inviteAccount, listAccounts, ROLE_LABELS, updateAccount, type TeamAccount, type TeamMember } from './team-client';

const ROLES = Object.keys(ROLE_LABELS) as Array<TeamMember['role']>;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function InviteForm({ onInvited }: { onInvited(): void }) {
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<TeamMember['role']>('editor');
  const [isAdmin, setIsAdmin] = useState(false);
  const [link, setLink] = useState<{ link: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setLink(await inviteAccount({ login: login.trim(), displayName: displayName.trim(), role, isAdmin }));
      setLogin('');
      setDisplayName('');
      onInvited();
    } catch (e) {
      setError(message(e));
    }
  }

  return (
    <form className="team-invite" onSubmit={submit} aria-label="Invite someone">
      <h3>Invite someone</h3>
      <div className="team-invite-fields">
        <label>
          Login
          <input name="invite-login" value={login} onChange={(e) => setLogin(e.target.value)} required />
        </label>
        <label>
          Name
          <input name="invite-name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} placeholder="as the history shows it" />
        </label>
        <label>
          Role
          <select name="invite-role" value={role} onChange={(e) => setRole(e.target.value as TeamMember['role'])}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label className="team-check">
          <input type="checkbox" checked={isAdmin} onChange={(e) => setIsAdmin(e.target.checked)} /> Administrator
        </label>
        <Button type="submit" variant="primary" small>
          Invite
        </Button>
      </div>
      {error && (
        <p className="team-error" role="alert">
          {error}
        </p>
      )}
      {link && (
        <p className="team-link">
          Send this link to them (it works once, until {new Date(link.expiresAt).toLocaleString()}):{' '}
          <input readOnly value={link.link} aria-label="Invite link" onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
    </form>
  );
}

/** The dialog; `me` is the admin using it (who cannot disable themselves). */
export function UsersDialog({ me, onClose }: { me: TeamMember; onClose(): void }) {
  const [users, setUsers] = useState<TeamAccount[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    listAccounts().then(
      ({ users: list }) => setUsers(list),
      (e: unknown) => setError(message(e)),
    );
  }, []);
  useEffect(reload, [reload]);

  async function change(user: TeamAccount, patch: { role?: TeamMember['role']; isAdmin?: boolean; disabled?: boolean }) {
    setError(null);
    try {
      const { user: updated } = await updateAccount({ id: user.id, ...patch });
      setUsers((list) => list?.map((u) => (u.id === updated.id ? updated : u)) ?? null);
    } catch (e) {
      setError(message(e));
    }
  }

  return (
    <Dialog title="Users" onClose={onClose} className="team-users-dialog" footer={<Button onClick={onClose}>Close</Button>}>
      {error && (
        <p className="team-error" role="alert">
          {error}
        </p>
      )}
      {users === null ? (
        <p>Loading…</p>
      ) : (
        <table className="team-users">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Login</th>
              <th scope="col">Role</th>
              <th scope="col">Admin</th>
              <th scope="col">Access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className={user.disabled ? 'team-disabled' : undefined}>
                <td>{user.displayName}</td>
                <td>{user.login}</td>
                <td>
                  <select aria-label={`Role of ${user.displayName}`} value={user.role} onChange={(e) => void change(user, { role: e.target.value as TeamMember['role'] })}>
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input type="checkbox" aria-label={`${user.displayName} is an administrator`} checked={user.isAdmin} onChange={(e) => void change(user, { isAdmin: e.target.checked })} />
                </td>
                <td>
                  {user.id === me.id ? (
                    'you'
                  ) : (
                    <Button small variant={user.disabled ? 'default' : 'danger'} onClick={() => void change(user, { disabled: !user.disabled })}>
                      {user.disabled ? `Enable ${user.displayName}` : `Disable ${user.displayName}`}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <InviteForm onInvited={reload} />
    </Dialog>
  );
}
