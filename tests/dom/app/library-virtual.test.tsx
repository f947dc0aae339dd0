import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryView, type LibraryViewProps } from '../../../src/renderer/library/LibraryView';
import { ToastProvider } from '../../../src/renderer/ui/Toasts';
import { doc, FakeApi } from './fakeApi';
import { installScrollBox, viewport } from './viewport';
import { button, cleanup, click, press, render, typeInto, waitFor } from './render';

let api: FakeApi;

const pad = (i: number) => String(i).padStart(4, '0');

installScrollBox('library-scroll', 2100);

beforeEach(() => {
  api = new FakeApi().install();
  // 2,000 documents; every third mentions the harpooneer.
  api.documents = Array.from({ length: 2000 }, (_, i) =>
    doc({ id: `d${pad(i)}`, title: `Wire story ${pad(i)}`, updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }),
  );
  api.searchHits = (query) =>
    api.documents.filter((_, i) => i % 3 === 0 && query === 'harpooneer').map((d) => ({ document: d, snippet: `the \u0001harpooneer\u0002 of ${d.title}`, rank: 1 }));
});
afterEach(cleanup);

async function library(props: Partial<LibraryViewProps> = {}) {
  const rendered = await render(
    <ToastProvider>
      <LibraryView refreshKey={0} onOpen={() => {}} onImport={() => {}} virtual={viewport()} {...props} />
    </ToastProvider>,
  );
  await waitFor(() => expect(rows(rendered.container).length).toBeGreaterThan(0));
  return rendered;
}

function rows(container: HTMLElement): HTMLTableRowElement[] {
  return Array.from(container.querySelectorAll<HTMLTableRowElement>('tbody tr.library-row'));
}

function titles(container: HTMLElement): string[] {
  return rows(container).map((r) => r.querySelector('.doc-title')?.textContent ?? '');
}

describe('the library at scale', () => {
  it('renders only the rows in view, fetches one page, and says how many documents there are in all', async () => {
    const { container } = await library();
    expect(container.querySelector('.library-count')?.textContent).toBe('2,000 documents');
    expect(rows(container).length).toBeLessThan(40);
    expect(titles(container)[0]).toBe('Wire story 1999');
    expect(api.callsOf('documents:page')).toEqual([{ query: '', sort: 'updated', direction: 'desc', offset: 0, limit: 50 }]);
  });

  it('tells the app once, when its first rows are on screen (the editor is fetched after them, not in their way)', async () => {
    const rowsWhenTold: number[] = [];
    const onRowsShown = vi.fn(() => rowsWhenTold.push(document.querySelectorAll('tbody tr.library-row[data-id]').length));
    const { container } = await library({ onRowsShown });
    await waitFor(() => expect(onRowsShown).toHaveBeenCalledTimes(1));
    expect(rowsWhenTold[0]).toBeGreaterThan(0);
    await typeInto(container.querySelector<HTMLInputElement>('#library-search')!, 'harpooneer');
    await waitFor(() => expect(container.querySelector('.library-count')?.textContent).toContain('match'));
    expect(onRowsShown).toHaveBeenCalledTimes(1);
  });

  it('moves with the keyboard past the rendered rows: End reaches the last document, fetching its page', async () => {
    const onOpen = vi.fn();
    const { container } = await library({ onOpen });
    const first = rows(container)[0];
    await act(async () => first.focus());
    await press(first, 'ArrowDown');
    expect(document.activeElement).toBe(rows(container)[1]);
    await press(rows(container)[1], 'End');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('d0000'));
    expect(api.callsOf('documents:page').map((c) => c.offset)).toContain(1950);
    expect(rows(container).length).toBeLessThan(40);
    await press(document.activeElement!, 'PageUp');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('d0010'));
    await press(document.activeElement!, 'Enter');
    expect(onOpen).toHaveBeenCalledWith('d0010');
  });

  it('search shows the true number of matches, not the size of a page', async () => {
    const { container } = await library();
    await typeInto(container.querySelector<HTMLInputElement>('#library-search')!, 'harpooneer');
    await waitFor(() => expect(container.querySelector('.library-count')?.textContent).toBe('667 of 2,000 documents match “harpooneer”'));
    expect(container.querySelector('tbody mark')?.textContent).toBe('harpooneer');
  });

  it('a selection spans pages, "Select all matching" takes every match, and a bulk status change covers them all', async () => {
    const onSelectionChange = vi.fn();
    const { container } = await library({ onSelectionChange });
    await typeInto(container.querySelector<HTMLInputElement>('#library-search')!, 'harpooneer');
    await waitFor(() => expect(container.textContent).toContain('667 of 2,000'));
    await click(rows(container)[0].querySelector('input[type="checkbox"]'));
    // Down to the far end of the list (the best hit is d0000, the last d1998), and select a row there too.
    await act(async () => rows(container)[0].focus());
    await press(rows(container)[0], 'End');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('d1998'));
    await press(document.activeElement!, ' ');
    expect(container.textContent).toContain('2 selected');
    expect(onSelectionChange).toHaveBeenLastCalledWith(['d0000', 'd1998']);

    await click(button(container, 'Select all 667 matching'));
    expect(container.textContent).toContain('667 selected');
    await waitFor(() => expect(onSelectionChange.mock.lastCall?.[0]).toHaveLength(667));

    await typeInto(container.querySelector<HTMLSelectElement>('select[aria-label="Set the status of the selected documents"]')!, 'reviewed', 'change');
    await waitFor(() => expect(api.callsOf('documents:bulk')).toHaveLength(1));
    expect(api.callsOf('documents:bulk')[0]).toMatchObject({ selection: { filter: { query: 'harpooneer' }, except: [] }, action: { kind: 'setStatus', status: 'reviewed' } });
    expect(api.documents.filter((d) => d.status === 'reviewed')).toHaveLength(667);
  });

  it('delete of "all matching" except one names the count and spares the unchecked document', async () => {
    const { container } = await library();
    await typeInto(container.querySelector<HTMLInputElement>('#library-search')!, 'harpooneer');
    await waitFor(() => expect(container.textContent).toContain('667 of 2,000'));
    await click(container.querySelector('input[aria-label="Select all 667 matching documents"]'));
    await click(rows(container)[0].querySelector('input[type="checkbox"]'));
    expect(container.textContent).toContain('666 selected');
    await click(button(container, 'Delete 666…'));
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Delete 666 documents?');
    await click(button(dialog, 'Delete 666 documents'));
    await waitFor(() => expect(api.documents).toHaveLength(2000 - 666));
    expect(api.documents.some((d) => d.id === 'd0000')).toBe(true);
    expect(api.documents.some((d) => d.id === 'd0003')).toBe(false);
  });

  it('a status filter runs in the core and the count says how many of the library match', async () => {
    api.documents.forEach((d, i) => (d.status = i % 4 === 0 ? 'reviewed' : 'new'));
    const { container } = await library();
    await typeInto(container.querySelector<HTMLSelectElement>('select[aria-label="Filter by status"]')!, 'reviewed', 'change');
    await waitFor(() => expect(container.querySelector('.library-count')?.textContent).toBe('500 of 2,000 documents'));
    expect(api.callsOf('documents:page').at(-1)).toMatchObject({ status: ['reviewed'], offset: 0 });
    expect(rows(container).every((r) => r.querySelector('.badge')?.textContent === 'Reviewed')).toBe(true);
  });

  it('a document added elsewhere appears without a reload', async () => {
    const { container } = await library();
    api.documents.push(doc({ id: 'fresh', title: 'Imported by the CLI', updatedAt: '2027-01-01T00:00:00.000Z' }));
    api.version++;
    await waitFor(() => expect(titles(container)[0]).toBe('Imported by the CLI'), 5000);
    expect(container.querySelector('.library-count')?.textContent).toBe('2,001 documents');
  });
});
