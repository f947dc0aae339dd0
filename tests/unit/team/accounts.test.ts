import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../../src/main/core/pg/cluster';
import { ApiError } from '../../../src/shared/result';
import { freshTeamDb, startCluster } from './team-db';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(() => cluster?.stop());

const HOUR = 3600_000;
const ADMIN = { login: 'ada', displayName: 'Ada Chief', role: 'chief' as const, isAdmin: true };

describe('team accounts', () => {
  it('signs in with the right password only, whatever the login’s case', async () => {
    const db = await freshTeamDb(cluster);
    await db.accounts.createUser(ADMIN, 'ada password 1');
    const session = await db.accounts.signIn('ADA', 'ada password 1');
    expect(session?.user.displayName).toBe('Ada Chief');
    expect(await db.accounts.signIn('ada', 'ada password 2')).toBeNull();
    expect(await db.accounts.signIn('nobody', 'ada password 1')).toBeNull();
    expect((await db.accounts.userOf(session!.token))?.login).toBe('ada');
    await db.close();
  });

  it('keeps only a digest of the session token and a salted hash of the password', async () => {
    const db = await freshTeamDb(cluster);
    await db.accounts.createUser(ADMIN, 'ada password 1');
    const session = await db.accounts.signIn('ada', 'ada password 1');
    const dump = JSON.stringify((await db.pool.query('SELECT * FROM users')).rows) + JSON.stringify((await db.pool.query('SELECT * FROM sessions')).rows);
    expect(dump).not.toContain(session!.token);
    expect(dump).not.toContain('ada password 1');
    await db.close();
  });

  it('ends a session after the idle time without use, and after the absolute time even in use', async () => {
    const db = await freshTeamDb(cluster, { idleMs: 2 * HOUR, absoluteMs: 10 * HOUR });
    await db.accounts.createUser(ADMIN, 'ada password 1');
    const idle = (await db.accounts.signIn('ada', 'ada password 1'))!;
    const busy = (await db.accounts.signIn('ada', 'ada password 1'))!;
    for (let hour = 1; hour <= 9; hour++) {
      db.clock.now += HOUR;
      expect(await db.accounts.userOf(busy.token), `hour ${hour}`).not.toBeNull();
      if (hour === 1) expect(await db.accounts.userOf(idle.token)).not.toBeNull();
      if (hour === 4) expect(await db.accounts.userOf(idle.token)).toBeNull(); // unused since hour 1
    }
    db.clock.now += HOUR; // 10 hours after sign-in
    expect(await db.accounts.userOf(busy.token)).toBeNull();
    await db.close();
  });

  it('signs out: the token stops working', async () => {
    const db = await freshTeamDb(cluster);
    await db.accounts.createUser(ADMIN, 'ada password 1');
    const session = (await db.accounts.signIn('ada', 'ada password 1'))!;
    await db.accounts.signOut(session.token);
    expect(await db.accounts.userOf(session.token)).toBeNull();
    await db.close();
  });

  it('invites: the link works once, before it expires, and signs the new user in with the role given', async () => {
    const db = await freshTeamDb(cluster, { inviteMs: 24 * HOUR });
    const admin = await db.accounts.createUser(ADMIN, 'ada password 1');
    const { token } = await db.accounts.invite(admin, { login: 'fred', displayName: 'Fred Checker', role: 'fact-checker', isAdmin: false });
    expect(await db.accounts.inviteFor(token)).toMatchObject({ login: 'fred', role: 'fact-checker' });
    const session = await db.accounts.acceptInvite(token, 'fred password 1');
    expect(session.user).toMatchObject({ login: 'fred', displayName: 'Fred Checker', role: 'fact-checker', isAdmin: false });
    expect(await db.accounts.userOf(session.token)).not.toBeNull();
    await expect(db.accounts.acceptInvite(token, 'another password')).rejects.toThrow(/expired or has been used/);
    expect(await db.accounts.signIn('fred', 'fred password 1')).not.toBeNull();

    const late = await db.accounts.invite(admin, { login: 'gina', displayName: '', role: 'editor', isAdmin: false });
    db.clock.now += 25 * HOUR;
    expect(await db.accounts.inviteFor(late.token)).toBeNull();
    await expect(db.accounts.acceptInvite(late.token, 'gina password 1')).rejects.toThrow(/expired/);
    await db.close();
  });

  it('refuses to invite a login that exists, and lets only admins invite', async () => {
    const db = await freshTeamDb(cluster);
    const admin = await db.accounts.createUser(ADMIN, 'ada password 1');
    const editor = await db.accounts.createUser({ login: 'ed', displayName: 'Ed', role: 'editor', isAdmin: false }, 'ed password 1');
    await expect(db.accounts.invite(admin, { login: 'ED', displayName: '', role: 'editor', isAdmin: false })).rejects.toThrow(/already an account/);
    await expect(db.accounts.invite(editor, { login: 'x', displayName: '', role: 'editor', isAdmin: false })).rejects.toThrow(/Only an administrator/);
    await db.close();
  });

  it('disabling a user locks them out at once: every session ends and the password stops working', async () => {
    const db = await freshTeamDb(cluster);
    const admin = await db.accounts.createUser(ADMIN, 'ada password 1');
    const ed = await db.accounts.createUser({ login: 'ed', displayName: 'Ed', role: 'editor', isAdmin: false }, 'ed password 1');
    const first = (await db.accounts.signIn('ed', 'ed password 1'))!;
    const second = (await db.accounts.signIn('ed', 'ed password 1'))!;
    await db.accounts.updateUser(admin, ed.id, { disabled: true });
    expect(await db.accounts.userOf(first.token)).toBeNull();
    expect(await db.accounts.userOf(second.token)).toBeNull();
    expect(await db.accounts.signIn('ed', 'ed password 1')).toBeNull();
    expect(Number((await db.pool.query('SELECT count(*) AS n FROM sessions WHERE user_id = $1', [ed.id])).rows[0].n)).toBe(0);

    await db.accounts.updateUser(admin, ed.id, { disabled: false });
    expect(await db.accounts.signIn('ed', 'ed password 1')).not.toBeNull();
    await db.close();
  });

  it('a role change applies to the open session at once', async () => {
    const db = await freshTeamDb(cluster);
    const admin = await db.accounts.createUser(ADMIN, 'ada password 1');
    const ed = await db.accounts.createUser({ login: 'ed', displayName: 'Ed', role: 'editor', isAdmin: false }, 'ed password 1');
    const session = (await db.accounts.signIn('ed', 'ed password 1'))!;
    await db.accounts.updateUser(admin, ed.id, { role: 'fact-checker' });
    expect((await db.accounts.userOf(session.token))?.role).toBe('fact-checker');
    await db.close();
  });

  it('keeps at least one admin, and nobody disables themselves', async () => {
    const db = await freshTeamDb(cluster);
    const admin = await db.accounts.createUser(ADMIN, 'ada password 1');
    await expect(db.accounts.updateUser(admin, admin.id, { disabled: true })).rejects.toThrow(/your own account/);
    await expect(db.accounts.updateUser(admin, admin.id, { isAdmin: false })).rejects.toBeInstanceOf(ApiError);
    const bob = await db.accounts.createUser({ login: 'bob', displayName: 'Bob', role: 'chief', isAdmin: true }, 'bob password 1');
    await db.accounts.updateUser(admin, admin.id, { isAdmin: false });
    await expect(db.accounts.updateUser(bob, bob.id, { isAdmin: false })).rejects.toThrow(/at least one administrator/);
    await db.close();
  });
});
