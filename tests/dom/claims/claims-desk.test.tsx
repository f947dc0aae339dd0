import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/renderer/App';
import { ClaimsView } from '../../../src/renderer/claims/ClaimsView';
import { ApiError } from '../../../src/shared/result';
import { doc, FakeApi } from '../app/fakeApi';
import { button, cleanup, click, press, render, settle, typeInto, waitFor } from '../app/render';
import { fakeClaimsPage } from './fakeClaims';
import { sampleClaims } from './fixtures';

vi.mock('../../../src/renderer/review/ReviewWorkspace', () => ({
  ReviewWorkspace: ({ documentId, initialAnnotationId, onClose }: { documentId: string; initialAnnotationId?: string; onClose(): void }) => (
    <div data-testid="workspace">
      {documentId}/{initialAnnotationId ?? '-'}
      <button type="button" onClick={onClose}>
        Close document
      </button>
    </div>
  ),
}));

let api: FakeApi;
beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
  api = new FakeApi().install();
  api.documents = [doc({ id: 'd1', title: 'Northeast revitalization' }), doc({ id: 'd2', title: 'Parasite wins Palme d’Or' }), doc({ id: 'd3', title: 'Surgical masks' })];
  api.claims = sampleClaims();
});
afterEach(cleanup);

const rows = (c: HTMLElement) => Array.from(c.querySelectorAll<HTMLTableRowElement>('tbody tr'));
const ids = (c: HTMLElement) => rows(c).map((r) => r.dataset.id);
const toggle = (c: HTMLElement, status: string) => c.querySelector<HTMLButtonElement>(`.status-toggle[data-status="${status}"]`)!;
const chartCount = (c: HTMLElement, status: string) => c.querySelector(`.status-chart-row[data-status="${status}"]`)?.textContent;

async function renderDesk(onOpenClaim = vi.fn()) {
  const rendered = await render(<ClaimsView refreshKey={0} onOpenClaim={onOpenClaim} onLibrary={() => {}} />);
  await waitFor(() => expect(rows(rendered.container)).toHaveLength(6));
  return { ...rendered, onOpenClaim };
}

describe('claims desk', () => {
  it('lists every claim across documents with its document, status, age, assignee and sources', async () => {
    const { container } = await renderDesk();
    expect(api.callsOf('claims:page')).toEqual([{ statuses: [], documentId: null, text: '', mine: false, sort: 'age', direction: 'desc', offset: 0, limit: 100 }]);
    const gdp = rows(container).find((r) => r.dataset.id === 'c1')!;
    expect(gdp.querySelector('.claim-quote')?.textContent).toBe('a regional GDP of 2.7 trillion yuan');
    expect(gdp.querySelector('.claim-quote')?.getAttribute('title')).toBe('a regional GDP of 2.7 trillion yuan');
    expect(gdp.querySelector('.cl-document')?.textContent).toBe('Northeast revitalization');
    expect(gdp.querySelector('.claim-status')?.textContent).toBe('Verified');
    expect(gdp.querySelector('.claim-status')?.className).toContain('claim-status-verified');
    expect(gdp.querySelector('.cl-age')?.textContent).toBe('10 days');
    expect(gdp.querySelector('.cl-assignee')?.textContent).toBe('Ana');
    expect(gdp.querySelector('.cl-sources')?.textContent).toBe('2');
    const masks = rows(container).find((r) => r.dataset.id === 'c6')!;
    expect(masks.querySelector('.cl-document')?.textContent).toBe('Surgical masks');
    expect(masks.querySelector('.cl-age')?.textContent).toBe('20 min');
    expect(masks.querySelector('.cl-assignee')?.textContent).toBe('Unassigned');
    await waitFor(() => expect(container.querySelector('.claims-count')?.textContent).toBe('6 claims'));
  });

  it('counts claims per status on the toggles and in the chart, and filters by status', async () => {
    const { container } = await renderDesk();
    await waitFor(() => expect(toggle(container, 'unverified').textContent).toBe('Unverified 3'));
    await waitFor(() => expect(toggle(container, 'in_progress').textContent).toBe('In progress 1'));
    await waitFor(() => expect(toggle(container, 'misleading').textContent).toBe('Misleading 0'));
    await waitFor(() => expect(chartCount(container, 'unverified')).toBe('Unverified3'));
    await waitFor(() => expect(chartCount(container, 'false')).toBe('False1'));

    await click(toggle(container, 'unverified'));
    expect(toggle(container, 'unverified').getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(ids(container)).toEqual(['c2', 'c4', 'c6']));
    await click(toggle(container, 'verified'));
    await waitFor(() => expect(ids(container)).toEqual(['c1', 'c2', 'c4', 'c6']));
    await waitFor(() => expect(container.querySelector('.claims-count')?.textContent).toBe('4 of 6 claims'));

    // The document filter narrows the counts too.
    const select = container.querySelector<HTMLSelectElement>('select[aria-label="Filter by document"]')!;
    await act(async () => select.focus()); // the options are drawn once the filter is reached (DocumentFilter.tsx)
    await act(async () => {
      select.value = 'd2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(ids(container)).toEqual(['c4']));
    await waitFor(() => expect(toggle(container, 'unverified').textContent).toBe('Unverified 1'));
    await waitFor(() => expect(chartCount(container, 'in_progress')).toBe('In progress1'));

    await click(button(container, /^All/));
    await waitFor(() => expect(ids(container)).toEqual(['c3', 'c4']));
  });

  it('filters by words in the claim, document or assignee', async () => {
    const { container } = await renderDesk();
    await typeInto(container.querySelector<HTMLInputElement>('input[type="search"]')!, 'palme');
    await waitFor(() => expect(ids(container)).toEqual(['c3', 'c4']));
    await typeInto(container.querySelector<HTMLInputElement>('input[type="search"]')!, 'masks 80%');
    await waitFor(() => expect(ids(container)).toEqual(['c5']));
  });

  it('"My queue" shows only the claims assigned to me, in one click, and is remembered', async () => {
    const { container, unmount } = await renderDesk();
    const queue = button(container, 'My queue');
    expect(queue.getAttribute('aria-pressed')).toBe('false');
    await click(queue);
    await waitFor(() => expect(ids(container)).toEqual(['c1'])); // Ana's; Bo's and the unassigned ones are not mine
    expect(api.callsOf('claims:page').at(-1)).toMatchObject({ mine: true });
    expect(button(container, 'My queue').getAttribute('aria-pressed')).toBe('true');
    unmount();
    const again = await render(<ClaimsView refreshKey={0} onOpenClaim={vi.fn()} onLibrary={() => {}} />);
    await waitFor(() => expect(ids(again.container)).toEqual(['c1']));
    await click(button(again.container, 'My queue'));
    await waitFor(() => expect(rows(again.container)).toHaveLength(6));
  });

  it('sorts by age, oldest first, and reverses on a second click', async () => {
    const { container } = await renderDesk();
    await click(button(container, /^Status/));
    await waitFor(() => expect(ids(container)[0]).toMatch(/^c[246]$/));
    await click(button(container, /^Age/));
    expect(container.querySelector('th[aria-sort]')?.textContent).toContain('Age');
    expect(container.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('descending');
    await waitFor(() => expect(ids(container)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']));
    await click(button(container, /^Age/));
    await waitFor(() => expect(ids(container)).toEqual(['c6', 'c5', 'c4', 'c3', 'c2', 'c1']));
  });

  it('moves with the arrow keys and opens the claim with Enter', async () => {
    const { container, onOpenClaim } = await renderDesk();
    await act(async () => rows(container)[0].focus());
    await press(rows(container)[0], 'ArrowDown');
    await press(document.activeElement!, 'ArrowDown');
    await waitFor(() => expect(document.activeElement).toBe(rows(container)[2]));
    await press(rows(container)[2], 'Enter');
    await waitFor(() => expect(onOpenClaim).toHaveBeenCalledWith('d2', 'c3'));
  });

  it('remembers the filters and sort when the desk is left and opened again', async () => {
    const first = await renderDesk();
    await click(toggle(first.container, 'unverified'));
    await click(button(first.container, /^Document/));
    first.unmount();
    const { container } = await render(<ClaimsView refreshKey={0} onOpenClaim={() => {}} onLibrary={() => {}} />);
    await waitFor(() => expect(ids(container)).toEqual(['c2', 'c4', 'c6']));
    expect(toggle(container, 'unverified').getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('th[aria-sort]')?.textContent).toContain('Document');
  });

  it('explains how claims are marked when there are none', async () => {
    api.claims = [];
    const { container } = await render(<ClaimsView refreshKey={0} onOpenClaim={() => {}} onLibrary={() => {}} />);
    await waitFor(() => expect(container.textContent).toContain('No claims marked yet'));
    expect(container.textContent).toContain('select the statement in the text and press C');
  });

  it('says so when the claims cannot be loaded, and retries', async () => {
    let fail = true;
    api.overrides['claims:page'] = (request) => {
      if (fail) throw new ApiError('database', 'The library file is locked by another program.');
      return fakeClaimsPage(api.claims, request);
    };
    const { container } = await render(<ClaimsView refreshKey={0} onOpenClaim={() => {}} onLibrary={() => {}} />);
    await waitFor(() => expect(container.querySelector('.error-banner')?.textContent).toContain('locked by another program'));
    fail = false;
    await click(button(container, 'Try again'));
    await waitFor(() => expect(rows(container)).toHaveLength(6));
  });
});

describe('next unverified claim (N)', () => {
  it('opens the next unverified claim after the current row in its document, and carries on from there', async () => {
    window.location.hash = '#/claims';
    const { container } = await render(<App />);
    await waitFor(() => expect(rows(container)).toHaveLength(6));
    expect(container.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Claims');

    // On the third row (c3, in progress): N skips to c4, the next unverified one.
    await act(async () => rows(container)[2].focus());
    await press(rows(container)[2], 'n');
    await waitFor(() => expect(container.querySelector('[data-testid="workspace"]')?.textContent).toContain('d2/c4'));
    expect(window.location.hash).toBe('#/doc/d2/a/c4');

    // Closing the document goes back to the desk, which carries on after c4.
    await click(button(container, 'Close document'));
    await waitFor(() => expect(rows(container)).toHaveLength(6));
    expect(window.location.hash).toBe('#/claims');
    await press(document.body, 'N');
    await waitFor(() => expect(window.location.hash).toBe('#/doc/d3/a/c6'));
  });

  it('wraps around to the first unverified claim and ignores N while typing', async () => {
    const { container, onOpenClaim } = await renderDesk();
    const search = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(async () => search.focus());
    await press(search, 'n');
    await settle(50);
    expect(onOpenClaim).not.toHaveBeenCalled();
    await act(async () => rows(container)[5].focus());
    await press(rows(container)[5], 'n');
    await waitFor(() => expect(onOpenClaim).toHaveBeenCalledWith('d1', 'c2'));
  });

  it('the button does the same and is disabled when nothing is unverified', async () => {
    const { container, onOpenClaim } = await renderDesk();
    await click(button(container, /^Next unverified/));
    await waitFor(() => expect(onOpenClaim).toHaveBeenCalledWith('d1', 'c2'));
    cleanup();
    api.claims = sampleClaims().filter((r) => r.claim.status !== 'unverified');
    const { container: done } = await render(<ClaimsView refreshKey={0} onOpenClaim={() => {}} onLibrary={() => {}} />);
    await waitFor(() => expect(rows(done)).toHaveLength(3));
    expect(button(done, /^Next unverified/).disabled).toBe(true);
  });
});
