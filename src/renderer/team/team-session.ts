/** The signed-in team member, for the views that show or use it (the top bar's menu). */
import { createContext, useContext } from 'react';
import type { TeamMember } from './team-client';

export interface TeamSession {
  user: TeamMember;
  signOut(): void;
}

export const TeamSessionContext = createContext<TeamSession | null>(null);

/** The team session, or null outside a team server (the desktop app, the local web mode). */
export function useTeamSession(): TeamSession | null {
  return useContext(TeamSessionContext);
}
