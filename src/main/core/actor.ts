/**
 * Who is acting. On this computer it is the reviewer named in Settings; on a team server it is the
 * signed-in user of the request being answered, which the server sets for the length of the call
 * with {@link actingAs}. Every write's audit event, claim verdict and suggestion acceptance names
 * {@link currentActorOf}.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { UNNAMED_ACTOR } from '../../shared/verdict-author';
import type { StoreTx } from './store/types';

/** The signed-in user a team server answers for. */
export interface SignedInUser {
  id: string;
  /** The name the audit log and exports show. */
  name: string;
  role: string;
}

const requestUser = new AsyncLocalStorage<SignedInUser>();

/** Runs `fn` (and everything it awaits) as `user`. */
export function actingAs<T>(user: SignedInUser, fn: () => T): T {
  return requestUser.run(user, fn);
}

/** The signed-in user of the current team-server call, if any. */
export function signedInUser(): SignedInUser | undefined {
  return requestUser.getStore();
}

/**
 * Who a newly marked claim is assigned to. On this computer, the reviewer named in Settings (the one
 * person checks what they mark). On a team server nobody: the desk hands claims out (the chief
 * assigns, a fact-checker takes), and whoever marks a claim is rarely who checks it.
 */
export async function newClaimAssignee(store: StoreTx): Promise<string | null> {
  if (signedInUser()) return null;
  return (await store.settings.getReviewerName()).trim() || null;
}

/** The name to record for a write: the signed-in user, else the reviewer named in Settings, else "editor". */
export async function currentActorOf(store: StoreTx): Promise<string> {
  const user = signedInUser();
  if (user) return user.name;
  return (await store.settings.getReviewerName()).trim() || UNNAMED_ACTOR;
}
