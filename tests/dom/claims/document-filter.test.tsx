/**
 * The claims desk's document filter with 1,000 documents: its options are drawn once the editor
 * reaches for the filter, not with the desk's first rows (1,000 <option>s were most of that frame).
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimsView } from '../../../src/renderer/claims/ClaimsView';
import { CLAIMS_DESK_STORAGE_KEY } from '../../../src/renderer/claims/persist';
import { DEFAULT_SORT, NO_FILTERS } from '../../../src/renderer/claims/rows';
import { FakeApi } from '../app/fakeApi';
import { cleanup, render, waitFor } from '../app/render';
import { installScrollBox, viewport } from '../app/viewport';
import { claimRow } from './fixtures';

let api: FakeApi;
installScrollBox('claims-scroll', 1000);

beforeEach(() => {
  localStorage.clear();
  api = new FakeApi().install();
  // One claim in each of 1,000 documents.
  api.claims = Array.from({ length: 1000 }, (_, i) =>
    claimRow({ id: `c${String(i).padStart(4, '0')}`, documentId: `d${String(i).padStart(4, '0')}`, documentTitle: `Story ${String(i).padStart(4, '0')}`, quote: `Claim ${i}`, start: i }),
  );
});
afterEach(cleanup);

const filter = (c: HTMLElement) => c.querySelector<HTMLSelectElement>('select[aria-label="Filter by document"]')!;
const rowIds = (c: HTMLElement) => Array.from(c.querySelectorAll<HTMLTableRowElement>('tbody tr.claims-row')).map((r) => r.dataset.id);

describe('the claims desk’s document filter', () => {
  it('draws its 1,000 options only once focused, then filters by the one chosen', async () => {
    const { container } = await render(<ClaimsView refreshKey={0} onOpenClaim={() => {}} onLibrary={() => {}} virtual={viewport()} />);
    await waitFor(() => expect(rowIds(container).length).toBeGreaterThan(0));
    await waitFor(() => expect(api.callsOf('claims:documents').length).toBe(1));
    await act(async () => {});
    expect(filter(container).options.length).toBe(1);
    expect(filter(container).options[0].textContent).toBe('All documents');
    const nodes = container.getElementsByTagName('*').length;
    expect(nodes).toBeLessThan(900);

    await act(async () => filter(container).focus());
    await act(async () => {});
    expect(filter(container).options.length).toBe(1001);
    expect(filter(container).options[1000].textContent).toBe('Story 0999');
    await act(async () => {
      filter(container).value = 'd0420';
      filter(container).dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(rowIds(container)).toEqual(['c0420']));
  });

  it('shows a remembered document’s title before the options are drawn', async () => {
    localStorage.setItem(CLAIMS_DESK_STORAGE_KEY, JSON.stringify({ filters: { ...NO_FILTERS, documentId: 'd0007' }, sort: DEFAULT_SORT, activeId: null }));
    const { container } = await render(<ClaimsView refreshKey={0} onOpenClaim={() => {}} onLibrary={() => {}} virtual={viewport()} />);
    await waitFor(() => expect(rowIds(container)).toEqual(['c0007']));
    await waitFor(() => expect(filter(container).options.length).toBe(2));
    expect(filter(container).value).toBe('d0007');
    expect(filter(container).selectedOptions[0].textContent).toBe('Story 0007');
  });
});
