/**
 * The renderer's calls to a team server's account routes (src/team/auth-routes.ts): sign-in,
 * invites and the admin's user list. The session travels in an HttpOnly cookie the page never sees;
 * these calls only send JSON and read Results.
 */
import { ApiError, type Result } from '../../shared/result';

/** A signed-in team member as the server describes them. */
export interface TeamMember {
  id: string;
  login: string;
  displayName: string;
  role: 'editor' | 'fact-checker' | 'chief';
  isAdmin: boolean;
}

/** A row of the admin's user list. */
export interface TeamAccount extends TeamMember {
  disabled: boolean;
  createdAt: string;
}

/** What `/auth/me` said about this page: a team server with or without a session, or no team server. */
export type TeamStatus = { kind: 'local' } | { kind: 'signed-out' } | { kind: 'signed-in'; user: TeamMember };

async function post<T>(path: string, body: unknown): Promise<{ status: number; result: Result<T> | null }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  const result = (await response.json().catch(() => null)) as Result<T> | null;
  return { status: response.status, result: result && typeof result === 'object' && 'ok' in result ? result : null };
}

/** Posts to an account route and answers its value, or throws an ApiError with the server's sentence. */
async function call<T>(path: string, body: unknown): Promise<T> {
  let answer;
  try {
    answer = await post<T>(path, body);
  } catch (error) {
    throw new ApiError('internal', `The team server could not be reached (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (answer.result?.ok) return answer.result.value;
  if (answer.result) throw new ApiError(answer.result.error.code, answer.result.error.message);
  throw new ApiError('internal', `The team server answered ${answer.status}.`);
}

/** Asks the server who is signed in. A server without account routes (the local web mode) is `local`. */
export async function teamStatus(): Promise<TeamStatus> {
  try {
    const { status, result } = await post<{ user: TeamMember }>('/auth/me', {});
    if (result?.ok) return { kind: 'signed-in', user: result.value.user };
    if (status === 401 && result) return { kind: 'signed-out' };
    return { kind: 'local' };
  } catch {
    return { kind: 'local' };
  }
}

export const signIn = (login: string, password: string) => call<{ user: TeamMember }>('/auth/sign-in', { login, password });
export const signOut = () => call<{ signedOut: true }>('/auth/sign-out', {});
export const inviteInfo = (token: string) => call<{ login: string; displayName: string; role: TeamMember['role'] }>('/auth/invite', { token });
export const acceptInvite = (token: string, password: string) => call<{ user: TeamMember }>('/auth/accept', { token, password });
export const listAccounts = () => call<{ users: TeamAccount[] }>('/admin/users', {});
export const inviteAccount = (input: { login: string; displayName: string; role: TeamMember['role']; isAdmin: boolean }) =>
  call<{ link: string; expiresAt: string }>('/admin/invite', input);
export const updateAccount = (input: { id: string; role?: TeamMember['role']; isAdmin?: boolean; disabled?: boolean }) =>
  call<{ user: TeamAccount }>('/admin/user', input);

/** How roles are named on screen. */
export const ROLE_LABELS: Record<TeamMember['role'], string> = { editor: 'Editor', 'fact-checker': 'Fact-checker', chief: 'Chief editor' };

/** The invite token in the address (`#/invite/<token>`), or null. */
export function inviteTokenInHash(hash: string): string | null {
  const match = /^#\/invite\/([A-Za-z0-9_-]{20,100})$/.exec(hash);
  return match ? match[1] : null;
}
