import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimsView } from '../../../src/renderer/claims/ClaimsView';
import { FakeApi } from '../app/fakeApi';
import { cleanup, press, render, waitFor } from '../app/render';
import { installScrollBox, viewport } from '../app/viewport';
import { claimRow } from './fixtures';

let api: FakeApi;
// Rows are estimated at 41 px before measuring: the box is a little taller than 3,000 × 40 px.
installScrollBox('claims-scroll', 3100);

beforeEach(() => {
  localStorage.clear();
  api = new FakeApi().install();
  // 3,000 claims over 30 documents; every tenth is verified.
  api.claims = Array.from({ length: 3000 }, (_, i) =>
    claimRow({
      id: `c${String(i).padStart(4, '0')}`,
      documentId: `d${i % 30}`,
      documentTitle: `Story ${String(i % 30).padStart(2, '0')}`,
      quote: `Claim number ${i}`,
      status: i % 10 === 0 ? 'verified' : 'unverified',
      age: (3000 - i) * 60_000,
      start: i,
    }),
  );
});
afterEach(cleanup);

const rows = (c: HTMLElement) => Array.from(c.querySelectorAll<HTMLTableRowElement>('tbody tr.claims-row'));

describe('the claims desk at scale', () => {
  it('renders only the rows in view, shows true counts per status, and reaches the last claim with End', async () => {
    const onOpenClaim = vi.fn();
    const { container } = await render(<ClaimsView refreshKey={0} onOpenClaim={onOpenClaim} onLibrary={() => {}} virtual={viewport()} />);
    await waitFor(() => expect(rows(container).length).toBeGreaterThan(0));
    expect(rows(container).length).toBeLessThan(40);
    expect(container.querySelector('.claims-count')?.textContent).toBe('3,000 claims');
    expect(container.querySelector('.status-toggle[data-status="verified"]')?.textContent).toBe('Verified 300');
    expect(container.querySelector('.status-chart-row[data-status="unverified"]')?.textContent).toBe('Unverified2700');
    // Oldest first: c0000 on top, c2999 at the very end (page 30, fetched when reached).
    expect(rows(container)[0].dataset.id).toBe('c0000');
    await act(async () => rows(container)[0].focus());
    await press(rows(container)[0], 'End');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('c2999'));
    expect(api.callsOf('claims:page').map((c) => c.offset)).toContain(2900);
    await press(document.activeElement!, 'Enter');
    expect(onOpenClaim).toHaveBeenCalledWith('d29', 'c2999');
  });

  it('N finds the next unverified claim past the loaded pages, not the first one above', async () => {
    api.claims = api.claims.map((r) => ({ ...r, claim: { ...r.claim, status: ['c0005', 'c2950'].includes(r.annotation.id) ? 'unverified' : 'verified' } }));
    const onOpenClaim = vi.fn();
    const { container } = await render(<ClaimsView refreshKey={0} onOpenClaim={onOpenClaim} onLibrary={() => {}} virtual={viewport()} />);
    await waitFor(() => expect(rows(container).length).toBeGreaterThan(10));
    const current = rows(container).find((r) => r.dataset.id === 'c0010')!;
    await act(async () => current.focus());
    await press(current, 'n');
    await waitFor(() => expect(onOpenClaim).toHaveBeenCalledWith('d10', 'c2950'));
    expect(api.callsOf('claims:page').some((c) => c.after === 'c0010')).toBe(true);
  });
});
