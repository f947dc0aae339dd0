/** A page as a team server serves it, for the team DOM tests: its marker, fetch answers, and cleanup. */
import { vi } from 'vitest';
import { cleanup } from '../app/render';

/** Marks the document as served by a team server (the server adds this meta tag). */
export function markAsTeamPage(): void {
  const meta = document.createElement('meta');
  meta.name = 'copydesk-server';
  meta.content = 'team';
  document.head.appendChild(meta);
}

/** A JSON answer as the server's fetch would give it. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Unmounts, removes the team marker and the stubbed globals and mocks (use in afterEach). */
export function leaveTeamPage(): void {
  cleanup();
  document.head.querySelectorAll('meta[name="copydesk-server"]').forEach((m) => m.remove());
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
}
