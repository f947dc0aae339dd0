/** On a page a team server served: sign-in until signed in, the member in the top bar, sign-in again when the session ends. */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamGate } from '../../../src/renderer/team/TeamGate';
import { TeamMenu } from '../../../src/renderer/team/TeamMenu';
import { render, typeInto, waitFor } from '../app/render';
import { json, leaveTeamPage, markAsTeamPage } from './team-page';

const ADA = { id: 'u1', login: 'ada', displayName: 'Ada Chief', role: 'chief', isAdmin: true };

afterEach(leaveTeamPage);

const app = (
  <>
    <TeamMenu />
    <p className="the-app">the app</p>
  </>
);

describe('the team gate', () => {
  it('leaves the local web mode alone: the app shows, nothing is asked', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { container } = await render(<TeamGate enabled={false} noAccess={false} localNoAccess={<p>no access</p>}>{app}</TeamGate>);
    expect(container.querySelector('.the-app')).not.toBeNull();
    expect(container.querySelector('.team-menu')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the sign-in page instead of the app when nobody is signed in, and sends login and password as JSON', async () => {
    markAsTeamPage();
    const fetch = vi.fn(async (path: string, _init?: RequestInit) =>
      path === '/auth/me' ? json(401, { ok: false, error: { code: 'unauthorized', message: 'not signed in' } }) : json(401, { ok: false, error: { code: 'unauthorized', message: 'The login or the password is wrong (or the account is disabled).' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const { container } = await render(<TeamGate enabled noAccess={false} localNoAccess={null}>{app}</TeamGate>);
    await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Sign in to Copydesk'));
    expect(container.querySelector('.the-app')).toBeNull();
    await typeInto(container.querySelector('input[name="login"]') as HTMLInputElement, 'ada ');
    await typeInto(container.querySelector('input[name="password"]') as HTMLInputElement, 'wrong password');
    await act(async () => (container.querySelector('form') as HTMLFormElement).requestSubmit());
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe('The login or the password is wrong (or the account is disabled).'));
    const signIn = fetch.mock.calls.find(([path]) => path === '/auth/sign-in')!;
    expect(JSON.parse(String(signIn[1]!.body))).toEqual({ login: 'ada', password: 'wrong password' });
    expect((signIn[1]!.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('shows the app with the signed-in member, their role and Users for an admin', async () => {
    markAsTeamPage();
    vi.stubGlobal('fetch', vi.fn(async () => json(200, { ok: true, value: { user: ADA } })));
    const { container } = await render(<TeamGate enabled noAccess={false} localNoAccess={null}>{app}</TeamGate>);
    await waitFor(() => expect(container.querySelector('.the-app')).not.toBeNull());
    expect(container.querySelector('.team-who')?.textContent).toBe('Ada Chief · Chief editor');
    expect([...container.querySelectorAll('.team-menu button')].map((b) => b.textContent)).toEqual(['Users', 'Sign out']);
  });

  it('asks to sign in again when the server refuses the session while the app is open', async () => {
    markAsTeamPage();
    vi.stubGlobal('fetch', vi.fn(async () => json(200, { ok: true, value: { user: ADA } })));
    const { container } = await render(<TeamGate enabled noAccess localNoAccess={<p>local no access</p>}>{app}</TeamGate>);
    await waitFor(() => expect(container.textContent).toContain('Your session has ended; sign in again.'));
    expect(container.querySelector('.the-app')).toBeNull();
    expect(container.textContent).not.toContain('local no access');
  });

  it('opens the invite page for an invite link, naming who it is for', async () => {
    markAsTeamPage();
    window.location.hash = '#/invite/' + 'A'.repeat(43);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) =>
        path === '/auth/invite' ? json(200, { ok: true, value: { login: 'fred', displayName: 'Fred Checker', role: 'fact-checker' } }) : json(401, { ok: false, error: { code: 'unauthorized', message: 'no' } }),
      ),
    );
    const { container } = await render(<TeamGate enabled noAccess={false} localNoAccess={null}>{app}</TeamGate>);
    await waitFor(() => expect(container.textContent).toContain('You are invited as Fred Checker (Fact-checker), login fred.'));
    window.location.hash = '';
  });
});
