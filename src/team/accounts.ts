/**
 * Team accounts: sign-in, sessions, invites and the admin's changes, over the SQL in accounts-repo.ts.
 *
 * - Passwords are scrypt hashes (passwords.ts). A failed sign-in says only "login or password is
 *   wrong", and an unknown login costs as long as a wrong password.
 * - A session is a random token (the cookie); the database keeps its digest, when it was last used
 *   and when it ends at the latest. It stops working after `idleMs` without use or `absoluteMs` after
 *   sign-in, whichever comes first. Every request looks the session up together with its user, so a
 *   disabled user (whose sessions are also deleted) is refused from the very next request.
 * - An invite is a one-time token for one login, expiring after `inviteMs`; the invited person
 *   chooses their password with it and is signed in.
 */
import type { Pool, PoolClient } from 'pg';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../shared/result';
import type { Queryable } from '../main/core/pg/types';
import { DEFAULT_COST, hashPassword, passwordProblem, verifyNothing, verifyPassword, type ScryptCost } from './passwords';
import * as repo from './accounts-repo';
import type { TeamUser } from './accounts-repo';
import { isRole, type Role } from './roles';
import { looksLikeToken, newToken, tokenDigest } from './tokens';

/** How long sessions and invites last, in milliseconds. */
export interface AccountTimes {
  /** A session unused this long ends (default 12 hours). */
  idleMs: number;
  /** A session ends this long after sign-in, used or not (default 7 days). */
  absoluteMs: number;
  /** An invite link works this long (default 3 days). */
  inviteMs: number;
}

export const DEFAULT_TIMES: AccountTimes = { idleMs: 12 * 3600_000, absoluteMs: 7 * 24 * 3600_000, inviteMs: 3 * 24 * 3600_000 };

/** Last-use times are written at most this often per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/** What `Accounts` needs. */
export interface AccountsOptions {
  pool: Pool;
  times?: Partial<AccountTimes>;
  /** The clock (tests move it). */
  now?: () => number;
  /** The password hashing cost (tests lower it). */
  cost?: ScryptCost;
}

/** A new account's details. */
export interface NewAccount {
  login: string;
  displayName: string;
  role: Role;
  isAdmin: boolean;
}

/** A signed-in session: the cookie's token and who it belongs to. */
export interface SignedIn {
  token: string;
  user: TeamUser;
  /** When the session ends at the latest (ISO). */
  expiresAt: string;
}

const LOGIN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** Why `login` cannot be a login, as a sentence; null when it can. */
export function loginProblem(login: string): string | null {
  return LOGIN.test(login) ? null : 'A login is 1 to 64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit.';
}

/**
 * The form a login is compared and throttled in: lower case, or null when `login` could not be a
 * login at all. Logins are ASCII (LOGIN), so JavaScript's lower case is PostgreSQL's on the C-collated
 * column; text outside it never reaches SQL `lower()`, which on a UTF-8 database folds "İ" to "i" and
 * would let "ADMİN" sign in as admin under a throttle key of its own.
 */
export function normalLogin(login: string): string | null {
  return loginProblem(login) === null ? login.toLowerCase() : null;
}

function requireValid(problem: string | null): void {
  if (problem !== null) throw new ApiError('invalid_input', problem);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

/** The team's accounts. */
export class Accounts {
  /** The team library's database (the sign-in throttle keeps its counts there too). */
  readonly pool: Pool;
  private readonly times: AccountTimes;
  private readonly now: () => number;
  private readonly cost: ScryptCost;

  constructor(options: AccountsOptions) {
    this.pool = options.pool;
    this.times = { ...DEFAULT_TIMES, ...options.times };
    this.now = options.now ?? Date.now;
    this.cost = options.cost ?? DEFAULT_COST;
  }

  private iso(offsetMs = 0): string {
    return new Date(this.now() + offsetMs).toISOString();
  }

  private async transaction<T>(fn: (q: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Creates an account with a password (the first admin, from the command line). */
  async createUser(account: NewAccount, password: string): Promise<TeamUser> {
    requireValid(loginProblem(account.login));
    requireValid(passwordProblem(password));
    const displayName = account.displayName.trim() || account.login;
    const user: TeamUser = { id: randomUUID(), ...account, displayName, disabledAt: null, createdAt: this.iso() };
    const hash = await hashPassword(password, this.cost);
    try {
      await repo.insertUser(this.pool, user, hash);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ApiError('conflict', `There is already an account with the login “${account.login}”.`);
      throw error;
    }
    return user;
  }

  private async startSession(q: Queryable, user: TeamUser): Promise<SignedIn> {
    const token = newToken();
    const createdAt = this.iso();
    const expiresAt = this.iso(this.times.absoluteMs);
    await repo.insertSession(q, { digest: tokenDigest(token), userId: user.id, createdAt, lastSeenAt: createdAt, expiresAt });
    return { token, user, expiresAt };
  }

  /** Signs in with a login and password; null when either is wrong or the account is disabled. */
  async signIn(login: string, password: string): Promise<SignedIn | null> {
    const normal = normalLogin(login);
    const found = normal !== null && password.length <= 1000 ? await repo.findUserByLogin(this.pool, normal) : null;
    if (found === null) return verifyNothing(password).then(() => null);
    if (!(await verifyPassword(password, found.passwordHash))) return null;
    if (found.user.disabledAt !== null) return null;
    return this.startSession(this.pool, found.user);
  }

  /** The user of the session `token`, or null when it is unknown, ended, expired or its user disabled. */
  async userOf(token: string): Promise<TeamUser | null> {
    if (!looksLikeToken(token)) return null;
    const digest = tokenDigest(token);
    const now = this.now();
    const found = await repo.sessionUser(this.pool, digest, this.iso(), this.iso(-this.times.idleMs));
    if (found === null) return null;
    if (now - Date.parse(found.lastSeenAt) >= TOUCH_EVERY_MS) await repo.touchSession(this.pool, digest, this.iso());
    return found.user;
  }

  /** Ends the session `token` (sign-out). */
  async signOut(token: string): Promise<void> {
    if (looksLikeToken(token)) await repo.deleteSession(this.pool, tokenDigest(token));
  }

  /** Forgets sessions that have expired; answers how many (run now and then). */
  deleteStaleSessions(): Promise<number> {
    return repo.deleteStaleSessions(this.pool, this.iso(), this.iso(-this.times.idleMs));
  }

  /** Every account, for the admin. */
  listUsers(): Promise<TeamUser[]> {
    return repo.listUsers(this.pool);
  }

  /**
   * The people work can be handed to: enabled accounts and open invites. An invite fixes the
   * display name its account will have, so work assigned before it is accepted reaches that person.
   */
  async memberNames(): Promise<{ login: string; displayName: string }[]> {
    const [users, invites] = await Promise.all([repo.listUsers(this.pool), repo.listOpenInvites(this.pool, this.iso())]);
    const enabled = users.filter((u) => u.disabledAt === null).map((u) => ({ login: u.login, displayName: u.displayName }));
    const logins = new Set(users.map((u) => u.login.toLowerCase()));
    return [...enabled, ...invites.filter((i) => !logins.has(i.login.toLowerCase()))];
  }

  /**
   * Invites someone (admins only): answers the one-time token for their link and when it expires. A
   * new invite for the same login withdraws the earlier ones.
   */
  async invite(by: TeamUser, account: NewAccount): Promise<{ token: string; expiresAt: string }> {
    if (!by.isAdmin) throw new ApiError('unauthorized', 'Only an administrator can invite people.');
    requireValid(loginProblem(account.login));
    if (!isRole(account.role)) throw new ApiError('invalid_input', 'The role must be editor, fact-checker or chief.');
    const displayName = account.displayName.trim() || account.login;
    if (displayName.length > 200) throw new ApiError('invalid_input', 'A name may have at most 200 characters.');
    return this.transaction(async (q) => {
      const normal = account.login.toLowerCase(); // valid: checked above
      if ((await repo.findUserByLogin(q, normal)) !== null) {
        throw new ApiError('conflict', `There is already an account with the login “${account.login}”.`);
      }
      await repo.withdrawInvitesFor(q, normal, this.iso());
      const token = newToken();
      const expiresAt = this.iso(this.times.inviteMs);
      await repo.insertInvite(q, tokenDigest(token), { ...account, displayName, expiresAt }, by.id, this.iso());
      return { token, expiresAt };
    });
  }

  /** Who an invite is for, to greet them; null when it is unknown, used or expired. */
  async inviteFor(token: string): Promise<repo.InviteRow | null> {
    if (!looksLikeToken(token)) return null;
    return repo.findInvite(this.pool, tokenDigest(token), this.iso());
  }

  /** Accepts an invite: creates the account with `password` and signs it in. Each invite works once. */
  async acceptInvite(token: string, password: string): Promise<SignedIn> {
    requireValid(passwordProblem(password));
    const gone = new ApiError('not_found', 'This invite link has expired or has been used; ask your administrator for a new one.');
    if (!looksLikeToken(token)) throw gone;
    const digest = tokenDigest(token);
    const hash = await hashPassword(password, this.cost);
    return this.transaction(async (q) => {
      const invite = await repo.findInvite(q, digest, this.iso());
      if (invite === null || !(await repo.useInvite(q, digest, this.iso()))) throw gone;
      const user: TeamUser = {
        id: randomUUID(),
        login: invite.login,
        displayName: invite.displayName,
        role: invite.role,
        isAdmin: invite.isAdmin,
        disabledAt: null,
        createdAt: this.iso(),
      };
      try {
        await repo.insertUser(q, user, hash);
      } catch (error) {
        if (isUniqueViolation(error)) throw new ApiError('conflict', `There is already an account with the login “${invite.login}”.`);
        throw error;
      }
      return this.startSession(q, user);
    });
  }

  /**
   * An admin changes a user's role, admin flag or whether they may sign in. Disabling ends all the
   * user's sessions in the same transaction. The last enabled admin cannot be disabled or demoted,
   * and nobody disables themselves.
   */
  async updateUser(by: TeamUser, id: string, patch: { role?: Role; isAdmin?: boolean; disabled?: boolean }): Promise<TeamUser> {
    if (!by.isAdmin) throw new ApiError('unauthorized', 'Only an administrator can change accounts.');
    if (patch.role !== undefined && !isRole(patch.role)) throw new ApiError('invalid_input', 'The role must be editor, fact-checker or chief.');
    if (patch.disabled === true && id === by.id) throw new ApiError('invalid_input', 'You cannot disable your own account.');
    return this.transaction(async (q) => {
      // Account changes take turns (they are rare), so two admins demoting each other cannot leave none.
      await q.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE');
      const current = await repo.lockUser(q, id);
      if (current === null) throw new ApiError('not_found', 'There is no such account.');
      const at = this.iso();
      const disabledAt = patch.disabled === undefined ? undefined : patch.disabled ? (current.disabledAt ?? at) : null;
      const updated = await repo.updateUser(q, id, { role: patch.role, isAdmin: patch.isAdmin, disabledAt }, at);
      if (updated === null) throw new ApiError('not_found', 'There is no such account.');
      if (current.isAdmin && current.disabledAt === null && (!updated.isAdmin || updated.disabledAt !== null)) {
        if ((await repo.countActiveAdmins(q)) === 0) throw new ApiError('conflict', 'The team needs at least one administrator; make someone else an administrator first.');
      }
      if (updated.disabledAt !== null) await repo.deleteSessionsOf(q, id);
      return updated;
    });
  }

  /** Sets a new password for `id` (the command line's reset); ends the user's other sessions. */
  async setPassword(id: string, password: string): Promise<void> {
    requireValid(passwordProblem(password));
    const hash = await hashPassword(password, this.cost);
    await this.transaction(async (q) => {
      if ((await repo.updateUser(q, id, { passwordHash: hash }, this.iso())) === null) throw new ApiError('not_found', 'There is no such account.');
      await repo.deleteSessionsOf(q, id);
    });
  }

  /** Finds an account by login (the command line). */
  async findByLogin(login: string): Promise<TeamUser | null> {
    const normal = normalLogin(login);
    return normal === null ? null : ((await repo.findUserByLogin(this.pool, normal))?.user ?? null);
  }
}
