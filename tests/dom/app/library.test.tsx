import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryView, type LibraryViewProps } from '../../../src/renderer/library/LibraryView';
import { doc, FakeApi } from './fakeApi';
import { button, cleanup, click, press, render, typeInto, waitFor } from './render';

let api: FakeApi;

beforeEach(() => {
  const recent = new Date(Date.now() - 5 * 60_000).toISOString();
  api = new FakeApi().install();
  api.documents = [
    doc({ id: 'd1', title: 'Northeast revitalization', source: 'northeast-revitalization.txt', status: 'in_review', annotationCount: 42, claimCount: 5, claimsVerified: 3, updatedAt: recent }),
    doc({ id: 'd2', title: 'Parasite wins Palme d’Or', source: 'reuters-parasite.html', status: 'reviewed', annotationCount: 7, claimCount: 2, claimsVerified: 2 }),
    doc({ id: 'd3', title: 'Surgical masks', source: 'japantimes-surgical-masks.html', status: 'new' }),
  ];
});
afterEach(cleanup);

/**
 * happy-dom has no layout: the virtualiser is given a 400 px viewport and 40 px rows, so about ten
 * rows (plus its overscan) are rendered, as in a window.
 */
const VIEWPORT: LibraryViewProps['virtual'] = {
  initialRect: { width: 1200, height: 400 },
  observeElementRect: (_instance, onRect) => onRect({ width: 1200, height: 400 }),
  measureElement: () => 40,
};

function Library(props: Omit<LibraryViewProps, 'refreshKey'> & { refreshKey?: number }) {
  return <LibraryView refreshKey={0} virtual={VIEWPORT} {...props} />;
}

function rows(container: HTMLElement): HTMLTableRowElement[] {
  return Array.from(container.querySelectorAll<HTMLTableRowElement>('tbody tr'));
}

/** The queries the library asked the core to search for. */
function searches(): string[] {
  // (Not the one-row request that counts a search ahead of its rows: useLibraryPages.ts.)
  return api.callsOf('documents:page').filter((c) => c.limit !== 1).map((c) => c.query).filter((q) => q);
}

function rowOf(container: HTMLElement, title: string): HTMLTableRowElement {
  const row = rows(container).find((r) => r.querySelector('.doc-title')?.textContent === title);
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

describe('library table', () => {
  it('lists every document with its source, status, annotation count and verified claims', async () => {
    const { container } = await render(<Library onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    const northeast = rowOf(container, 'Northeast revitalization');
    expect(northeast.textContent).toContain('northeast-revitalization.txt');
    expect(northeast.querySelector('.badge')?.textContent).toBe('In review');
    expect(northeast.querySelector('.col-num')?.textContent).toBe('42');
    expect(northeast.querySelector('.claims-meter')?.textContent).toContain('3/5');
    expect(northeast.querySelector('time')?.textContent).toBe('5 min ago');
    const time = northeast.querySelector('time')!;
    await act(async () => void time.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    expect(time.getAttribute('title')).toMatch(/\d/);
    expect(rowOf(container, 'Parasite wins Palme d’Or').querySelector('.badge')?.textContent).toBe('Reviewed');
    expect(rowOf(container, 'Surgical masks').querySelector('.badge')?.textContent).toBe('New');
    expect(container.querySelector('.library-count')?.textContent).toBe('3 documents');
  });

  it('shows claims checked (claims with a verdict / all claims) in a column that says so', async () => {
    const { container } = await render(<Library onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    const header = Array.from(container.querySelectorAll('thead th')).find((th) => th.textContent?.startsWith('Claims checked'))!;
    expect(header.getAttribute('title')).toBe('claims with a verdict / all claims');
    expect(container.textContent).not.toContain('Claims verified');
    const meter = rowOf(container, 'Northeast revitalization').querySelector('.claims-meter');
    expect(meter?.getAttribute('title')).toBe('3 of 5 claims have a verdict');
    expect(meter?.textContent).toBe('3/5 checked');
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
    const { container } = await render(<Library onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    await click(button(container, /^Title/));
    await waitFor(() => expect(rows(container).map((r) => r.querySelector('.doc-title')?.textContent)).toEqual(['Northeast revitalization', 'Parasite wins Palme d’Or', 'Surgical masks']));
    expect(container.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Title');
    await click(button(container, /^Title/));
    await waitFor(() => expect(rows(container)[0].querySelector('.doc-title')?.textContent).toBe('Surgical masks'));
    await click(button(container, /^Status/));
    await waitFor(() => expect(rows(container).map((r) => r.querySelector('.doc-title')?.textContent)).toEqual(['Surgical masks', 'Northeast revitalization', 'Parasite wins Palme d’Or']));
  });

  it('opens a document with the arrow keys and Enter, or a click', async () => {
    const onOpen = vi.fn();
    const { container } = await render(<Library onOpen={onOpen} onImport={() => {}} />);
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    const first = rows(container)[0];
    await act(async () => first.focus());
    await press(first, 'ArrowDown');
    expect(document.activeElement).toBe(rows(container)[1]);
    await press(rows(container)[1], 'Enter');
    expect(onOpen).toHaveBeenCalledWith(rows(container)[1].dataset.id);
    await click(rows(container)[2].querySelector('.doc-title'));
    expect(onOpen).toHaveBeenLastCalledWith(rows(container)[2].dataset.id);
  });

  it('explains how to import when the library is empty', async () => {
    api.documents = [];
    const onImport = vi.fn();
    const { container } = await render(<Library onOpen={() => {}} onImport={onImport} />);
    await waitFor(() => expect(container.textContent).toContain('Your library is empty'));
    expect(container.textContent).toContain('drop files here');
    await click(button(container, 'Import files…'));
    expect(onImport).toHaveBeenCalledOnce();
  });

  it('renames a document through a dialog', async () => {
    const { container } = await render(<Library onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    await click(button(container, 'Rename “Surgical masks”'));
    const input = container.querySelector<HTMLInputElement>('[role="dialog"] input')!;
    expect(input.value).toBe('Surgical masks');
    await typeInto(input, 'Masks: what the science says');
    await click(button(container.querySelector('[role="dialog"]')!, 'Rename'));
    expect(api.callsOf('documents:rename')).toEqual([{ id: 'd3', title: 'Masks: what the science says' }]);
    await waitFor(() => rowOf(container, 'Masks: what the science says'));
  });
});

describe('library search', () => {
  it('shows ranked hits with the matched words marked, and Esc clears the search', async () => {
    api.searchHits = (query) => [{ document: api.documents[0], snippet: `output of \u0001${query}\u0002 grew by 5.8%`, rank: 1 }];
    const { container } = await render(<Library onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    const search = container.querySelector<HTMLInputElement>('#library-search')!;
    await typeInto(search, 'GDP');
    await waitFor(() => expect(rows(container)).toHaveLength(1));
    expect(searches()).toEqual(['GDP']);
    const marks = container.querySelectorAll('tbody mark');
    expect(Array.from(marks).map((m) => m.textContent)).toEqual(['GDP']);
    expect(container.querySelector('.doc-snippet')?.textContent).toBe('output of GDP grew by 5.8%');
    expect(container.querySelector('.library-count')?.textContent).toContain('match “GDP”');
    await press(search, 'Escape');
    expect(search.value).toBe('');
    await waitFor(() => expect(rows(container)).toHaveLength(3));
  });

  it('never renders HTML from a snippet: markup in the text stays text', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    api.searchHits = [
      { document: api.documents[1], snippet: 'a <b>bold</b> \u0001<img src=x onerror="window.pwned=true">\u0002 tail', rank: 1 },
    ];
    const { container } = await render(<Library onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    await typeInto(container.querySelector<HTMLInputElement>('#library-search')!, 'img');
    await waitFor(() => expect(rows(container)).toHaveLength(1));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('tbody b')).toBeNull();
    expect(container.querySelector('tbody mark')?.textContent).toBe('<img src=x onerror="window.pwned=true">');
    expect(container.querySelector('.doc-snippet')?.textContent).toContain('a <b>bold</b>');
    expect((window as unknown as { pwned?: boolean }).pwned).toBe(false);
  });
});

describe('deleting documents', () => {
  it('asks for confirmation naming the document, and deletes only after confirming', async () => {
    const { container } = await render(<Library onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    await click(button(container, 'Delete “Northeast revitalization”'));
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Delete “Northeast revitalization”?');
    expect(dialog.textContent).toContain('42 annotations');
    expect(api.callsOf('documents:bulk')).toEqual([]);

    await click(button(dialog, 'Cancel'));
    expect(container.querySelector('[role="dialog"]')).toBeNull();
    expect(api.callsOf('documents:bulk')).toEqual([]);

    await click(button(container, 'Delete “Northeast revitalization”'));
    await click(button(container.querySelector('[role="dialog"]')!, 'Delete document'));
    expect(api.callsOf('documents:bulk')).toEqual([{ selection: { ids: ['d1'] }, action: { kind: 'delete' } }]);
    await waitFor(() => expect(rows(container)).toHaveLength(2));
    expect(container.querySelector('[role="dialog"]')).toBeNull();
  });

  it('deletes several checked documents in one confirmed batch', async () => {
    const { container } = await render(<Library onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    await click(container.querySelector('input[aria-label="Select “Surgical masks”"]'));
    await click(container.querySelector('input[aria-label="Select “Parasite wins Palme d’Or”"]'));
    expect(container.textContent).toContain('2 selected');
    await click(button(container, 'Delete 2…'));
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Delete 2 documents?');
    expect(dialog.textContent).toContain('Surgical masks');
    expect(dialog.textContent).toContain('Parasite wins Palme d’Or');
    expect(api.callsOf('documents:bulk')).toEqual([]);
    await click(button(dialog, 'Delete 2 documents'));
    expect(api.callsOf('documents:bulk').flatMap((c) => c.selection.ids).sort()).toEqual(['d2', 'd3']);
    await waitFor(() => expect(rows(container).map((r) => r.dataset.id)).toEqual(['d1']));
  });
});
