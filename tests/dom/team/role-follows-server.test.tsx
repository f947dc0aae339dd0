/**
 * A role an administrator changes while a member's window is open reaches that window when it comes
 * back into view: the gate asks the server again, and everything that asks `useMay` follows (here:
 * the role shown and whether tagging is offered). A check the server does not answer changes nothing.
 */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMay } from '../../../src/renderer/team/may';
import { TeamGate } from '../../../src/renderer/team/TeamGate';
import { useTeamSession } from '../../../src/renderer/team/team-session';
import { render, waitFor } from '../app/render';
import { json, leaveTeamPage, markAsTeamPage } from './team-page';

const MEI = { id: 'u2', login: 'mei', displayName: 'Mei Chen', role: 'editor', isAdmin: false };

afterEach(leaveTeamPage);

function Probe() {
  const role = useTeamSession()?.user.role;
  const mayTag = useMay('annotations:create').allowed;
  return <p className="probe">{`${role} ${mayTag ? 'may tag' : 'may not tag'}`}</p>;
}

describe('the signed-in role while the window is open', () => {
  it('follows a change made on the server once the window is back in view', async () => {
    markAsTeamPage();
    let answer: () => Response | Promise<Response> = () => json(200, { ok: true, value: { user: MEI } });
    vi.stubGlobal('fetch', vi.fn(async () => answer()));
    const { container } = await render(
      <TeamGate enabled noAccess={false} localNoAccess={null}>
        <Probe />
      </TeamGate>,
    );
    const probe = () => container.querySelector('.probe')?.textContent;
    await waitFor(() => expect(probe()).toBe('editor may tag'));

    // The server cannot be reached for a moment: the window keeps what it knew.
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    await act(async () => window.dispatchEvent(new Event('focus')));
    expect(probe()).toBe('editor may tag');

    // An administrator made Mei a fact-checker; she comes back to her window.
    answer = () => json(200, { ok: true, value: { user: { ...MEI, role: 'fact-checker' } } });
    await act(async () => window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(probe()).toBe('fact-checker may not tag'));

    // Her account was disabled meanwhile: the sign-in page replaces the app.
    answer = () => json(401, { ok: false, error: { code: 'unauthorized', message: 'You are not signed in.' } });
    await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Sign in to Copydesk'));
    expect(probe()).toBeUndefined();
  });
});
