/**
 * The team server's sign-in page, and the page an invite link opens, where the invited person
 * chooses their password. Both end by reloading the app, which then finds the session cookie.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { acceptInvite, inviteInfo, ROLE_LABELS, signIn, type TeamMember } from './team-client';

function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Copydesk`;
  }, [title]);
}

/** Sign in with login and password; `notice` says why (a session that ended). */
export function SignInPage({ notice, onSignedIn }: { notice?: string; onSignedIn(): void }) {
  useTitle('Sign in');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(login.trim(), password);
      onSignedIn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <main className="team-page">
      <form className="team-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Copydesk</h1>
        {notice && <p className="team-notice">{notice}</p>}
        <label>
          Login
          <input name="login" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {error && (
          <p className="team-error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </main>
  );
}

/** The page of an invite link: who it is for, and a new password (twice). */
export function InvitePage({ token, onSignedIn }: { token: string; onSignedIn(): void }) {
  useTitle('Welcome');
  const [invite, setInvite] = useState<{ login: string; displayName: string; role: TeamMember['role'] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    inviteInfo(token).then(setInvite, (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  }, [token]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== again) {
      setProblem('The two passwords differ.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await acceptInvite(token, password);
      window.history.replaceState(null, '', window.location.pathname); // the used token leaves the address bar
      onSignedIn();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <main className="team-page">
      <form className="team-card" onSubmit={submit} aria-labelledby="invite-title">
        <h1 id="invite-title">Welcome to Copydesk</h1>
        {invite ? (
          <>
            <p>
              You are invited as <strong>{invite.displayName}</strong> ({ROLE_LABELS[invite.role]}), login <code>{invite.login}</code>. Choose a
              password of at least 10 characters.
            </p>
            <label>
              New password
              <input name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required autoFocus />
            </label>
            <label>
              The same password again
              <input name="again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} required />
            </label>
          </>
        ) : (
          !problem && <p>Checking the invite…</p>
        )}
        {problem && (
          <p className="team-error" role="alert">
            {problem}
          </p>
        )}
        {invite && (
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Setting up…' : 'Set password and sign in'}
          </Button>
        )}
      </form>
    </main>
  );
}
