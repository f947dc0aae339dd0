/**
 * The team accounts' SQL on PostgreSQL (tables from pg migration 2): users, sessions and invites.
 * SQL only; the rules (expiry, who may do what, hashing) live in accounts.ts. Every function takes
 * the pool or the client holding a transaction first.
 */
import type { Queryable } from '../main/core/pg/types';
import type { Role } from './roles';

/** A team member as the server and the admin's user list see them (never the password hash). */
export interface TeamUser {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  isAdmin: boolean;
  /** When the account was disabled; null while it may sign in. */
  disabledAt: string | null;
  createdAt: string;
}

/** A pending invite. */
export interface InviteRow {
  login: string;
  displayName: string;
  role: Role;
  isAdmin: boolean;
  expiresAt: string;
}

interface UserDbRow {
  id: string;
  login: string;
  display_name: string;
  role: Role;
  is_admin: boolean;
  disabled_at: string | null;
  created_at: string;
}

const USER_COLUMNS = 'u.id, u.login, u.display_name, u.role, u.is_admin, u.disabled_at, u.created_at';

function toUser(row: UserDbRow): TeamUser {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    isAdmin: row.is_admin,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
  };
}

/** Adds a user. Fails on a login taken already (case-insensitively): unique index `users_login`. */
export async function insertUser(q: Queryable, user: TeamUser, passwordHash: string): Promise<void> {
  await q.query(
    `INSERT INTO users (id, login, display_name, role, is_admin, password_hash, disabled_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
    [user.id, user.login, user.displayName, user.role, user.isAdmin, passwordHash, user.disabledAt, user.createdAt],
  );
}

/**
 * The user whose login is `normalLogin` (accounts.ts `normalLogin`: a valid login in lower case) in
 * any case, with their password hash, disabled or not; null when there is none. `lower()` is applied
 * to the C-collated column only (ASCII folding, the `users_login` index), never to the text typed.
 */
export async function findUserByLogin(q: Queryable, normalLogin: string): Promise<{ user: TeamUser; passwordHash: string } | null> {
  const { rows } = await q.query<UserDbRow & { password_hash: string }>(
    `SELECT ${USER_COLUMNS}, u.password_hash FROM users u WHERE lower(u.login) = $1`,
    [normalLogin],
  );
  return rows[0] ? { user: toUser(rows[0]), passwordHash: rows[0].password_hash } : null;
}

/** One user; null when there is none. */
export async function getUser(q: Queryable, id: string): Promise<TeamUser | null> {
  const { rows } = await q.query<UserDbRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

/** Every user, by display name. */
export async function listUsers(q: Queryable): Promise<TeamUser[]> {
  const { rows } = await q.query<UserDbRow>(`SELECT ${USER_COLUMNS} FROM users u ORDER BY lower(u.display_name), u.login`);
  return rows.map(toUser);
}

/** How many enabled admins there are. */
export async function countActiveAdmins(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: string | number }>('SELECT count(*) AS n FROM users WHERE is_admin AND disabled_at IS NULL');
  return Number(rows[0].n);
}

/** What an admin may change about a user. */
export interface UserPatch {
  role?: Role;
  isAdmin?: boolean;
  disabledAt?: string | null;
  passwordHash?: string;
}

/** Changes the given fields of user `id` (locking the row); answers the user as stored, or null. */
export async function updateUser(q: Queryable, id: string, patch: UserPatch, at: string): Promise<TeamUser | null> {
  const sets: string[] = [];
  const values: unknown[] = [id, at];
  const set = (column: string, value: unknown) => {
    values.push(value);
    sets.push(`${column} = $${values.length}`);
  };
  if (patch.role !== undefined) set('role', patch.role);
  if (patch.isAdmin !== undefined) set('is_admin', patch.isAdmin);
  if (patch.disabledAt !== undefined) set('disabled_at', patch.disabledAt);
  if (patch.passwordHash !== undefined) set('password_hash', patch.passwordHash);
  const { rows } = await q.query<UserDbRow>(
    `UPDATE users u SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE u.id = $1 RETURNING ${USER_COLUMNS}`,
    values,
  );
  return rows[0] ? toUser(rows[0]) : null;
}

/** Locks user `id`'s row until the transaction ends (so two admins' changes take turns). */
export async function lockUser(q: Queryable, id: string): Promise<TeamUser | null> {
  const { rows } = await q.query<UserDbRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 FOR UPDATE`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

/** A new session. */
export interface SessionRow {
  digest: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export async function insertSession(q: Queryable, session: SessionRow): Promise<void> {
  await q.query('INSERT INTO sessions (token_digest, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    session.digest,
    session.userId,
    session.createdAt,
    session.lastSeenAt,
    session.expiresAt,
  ]);
}

/**
 * The enabled user of the session with `digest`, when the session has neither expired (`expires_at`
 * after `now`) nor been idle since before `idleCutoff`; with when it was last seen.
 */
export async function sessionUser(
  q: Queryable,
  digest: string,
  now: string,
  idleCutoff: string,
): Promise<{ user: TeamUser; lastSeenAt: string } | null> {
  const { rows } = await q.query<UserDbRow & { last_seen_at: string }>(
    `SELECT ${USER_COLUMNS}, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_digest = $1 AND u.disabled_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3`,
    [digest, now, idleCutoff],
  );
  return rows[0] ? { user: toUser(rows[0]), lastSeenAt: rows[0].last_seen_at } : null;
}

/** Records that the session was used at `at`. */
export async function touchSession(q: Queryable, digest: string, at: string): Promise<void> {
  await q.query('UPDATE sessions SET last_seen_at = $2 WHERE token_digest = $1 AND last_seen_at < $2', [digest, at]);
}

/** Ends one session. */
export async function deleteSession(q: Queryable, digest: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE token_digest = $1', [digest]);
}

/** Ends every session of a user; answers how many there were. */
export async function deleteSessionsOf(q: Queryable, userId: string): Promise<number> {
  const { rowCount } = await q.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  return rowCount ?? 0;
}

/** Forgets sessions that can no longer be used; answers how many. */
export async function deleteStaleSessions(q: Queryable, now: string, idleCutoff: string): Promise<number> {
  const { rowCount } = await q.query('DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [now, idleCutoff]);
  return rowCount ?? 0;
}

export async function insertInvite(q: Queryable, digest: string, invite: InviteRow, invitedBy: string, at: string): Promise<void> {
  await q.query(
    `INSERT INTO invites (token_digest, login, display_name, role, is_admin, invited_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [digest, invite.login, invite.displayName, invite.role, invite.isAdmin, invitedBy, at, invite.expiresAt],
  );
}

/** The unused, unexpired invite with `digest`; null otherwise. */
export async function findInvite(q: Queryable, digest: string, now: string): Promise<InviteRow | null> {
  const { rows } = await q.query<{ login: string; display_name: string; role: Role; is_admin: boolean; expires_at: string }>(
    `SELECT login, display_name, role, is_admin, expires_at FROM invites
     WHERE token_digest = $1 AND used_at IS NULL AND expires_at > $2`,
    [digest, now],
  );
  const row = rows[0];
  return row ? { login: row.login, displayName: row.display_name, role: row.role, isAdmin: row.is_admin, expiresAt: row.expires_at } : null;
}

/** The logins and display names of the invites not yet used and not expired. */
export async function listOpenInvites(q: Queryable, now: string): Promise<{ login: string; displayName: string }[]> {
  const { rows } = await q.query<{ login: string; display_name: string }>(
    'SELECT DISTINCT login, display_name FROM invites WHERE used_at IS NULL AND expires_at > $1',
    [now],
  );
  return rows.map((r) => ({ login: r.login, displayName: r.display_name }));
}

/** Uses up the invite with `digest` if it is still good; answers whether it was. */
export async function useInvite(q: Queryable, digest: string, now: string): Promise<boolean> {
  const { rowCount } = await q.query('UPDATE invites SET used_at = $2 WHERE token_digest = $1 AND used_at IS NULL AND expires_at > $2', [digest, now]);
  return (rowCount ?? 0) === 1;
}

/** Withdraws the open invites for `normalLogin` (lower case; a new invite replaces them). */
export async function withdrawInvitesFor(q: Queryable, normalLogin: string, now: string): Promise<void> {
  await q.query('UPDATE invites SET used_at = $2 WHERE lower(login) = $1 AND used_at IS NULL', [normalLogin, now]);
}
