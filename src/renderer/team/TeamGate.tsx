/**
 * In front of the app on a page a team server served: asks the server once who is signed in. On a team server
 * without a session it shows the sign-in page (or the invite page for `#/invite/<token>`); with a
 * session it shows the app with the signed-in member in context (the top bar's TeamMenu). A
 * session that ends while the app is open (signed out elsewhere, disabled, expired) comes back as a
 * 401 from the API, which `noAccess` reports: the sign-in page replaces the app then too.
 * The server is asked again whenever the window comes back into view (focus, a tab shown again): a
 * role an administrator changed meanwhile reaches the open window then, so its controls, keys and
 * Undo follow the new role instead of offering what the server now refuses.
 * In the desktop app and the local web mode it renders its children unchanged.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { inviteTokenInHash, signOut, teamStatus, type TeamMember, type TeamStatus } from './team-client';
import { InvitePage, SignInPage } from './SignInPage';
import { TeamSessionContext } from './team-session';
export { isTeamPage } from './team-page';
import './team.css';

export interface TeamGateProps {
  /** This page came from a team server ({@link isTeamPage}); else the gate lets everything through. */
  enabled: boolean;
  /** The API refused this page (401). */
  noAccess: boolean;
  /** What to show when this is not a team server and access was refused (the local web mode's page). */
  localNoAccess: ReactNode;
  children: ReactNode;
}

export function TeamGate({ enabled, noAccess, localNoAccess, children }: TeamGateProps) {
  const [status, setStatus] = useState<TeamStatus | null>(enabled ? null : { kind: 'local' });
  const [invite, setInvite] = useState(() => (enabled ? inviteTokenInHash(window.location.hash) : null));

  useEffect(() => {
    if (enabled) void teamStatus().then(setStatus);
  }, [enabled]);
  useEffect(() => {
    if (!enabled) return;
    const onHash = () => setInvite(inviteTokenInHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [enabled]);

  const signedIn = status?.kind === 'signed-in' ? status.user : null;
  useEffect(() => {
    if (!enabled || !signedIn) return;
    const recheck = () => {
      if (document.visibilityState === 'hidden') return;
      void teamStatus().then((next) => {
        // An unanswered check ('local') changes nothing: the API's own 401 ends a session that ended.
        if (next.kind === 'signed-out' || (next.kind === 'signed-in' && !sameMember(next.user, signedIn))) setStatus(next);
      });
    };
    window.addEventListener('focus', recheck);
    document.addEventListener('visibilitychange', recheck);
    return () => {
      window.removeEventListener('focus', recheck);
      document.removeEventListener('visibilitychange', recheck);
    };
  }, [enabled, signedIn]);

  const reload = useCallback(() => window.location.reload(), []);
  const leave = useCallback(() => {
    void signOut()
      .catch(() => undefined)
      .then(reload);
  }, [reload]);

  if (status === null) return null; // a moment, once: the answer to /auth/me
  if (!enabled) return <>{noAccess ? localNoAccess : children}</>;
  if (status.kind === 'local') return <SignInPage notice="The team server did not answer; try signing in again." onSignedIn={reload} />;
  if (invite) return <InvitePage token={invite} onSignedIn={reload} />;
  if (status.kind === 'signed-out') return <SignInPage onSignedIn={reload} />;
  if (noAccess) return <SignInPage notice="Your session has ended; sign in again." onSignedIn={reload} />;
  return <TeamSessionContext.Provider value={{ user: status.user, signOut: leave }}>{children}</TeamSessionContext.Provider>;
}

/** The same member with the same role, name and admin flag (nothing the window shows has changed). */
function sameMember(a: TeamMember, b: TeamMember): boolean {
  return a.id === b.id && a.role === b.role && a.displayName === b.displayName && a.isAdmin === b.isAdmin && a.login === b.login;
}
