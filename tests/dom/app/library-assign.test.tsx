import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryView, type LibraryViewProps } from '../../../src/renderer/library/LibraryView';
import { MY_QUEUE_STORAGE_KEY } from '../../../src/renderer/library/my-queue';
import { doc, FakeApi } from './fakeApi';
import { button, cleanup, click, render, typeInto, waitFor } from './render';

let api: FakeApi;

/** The fake core answers the assignee filter, "My queue" (as Mei Chen) and bulk assignments. */
beforeEach(() => {
  localStorage.clear();
  api = new FakeApi().install();
  api.documents = [
    doc({ id: 'd1', title: 'Northeast revitalization', assignee: 'Mei Chen' }),
    doc({ id: 'd2', title: 'Parasite wins Palme d’Or', assignee: 'Ana Ruiz' }),
    doc({ id: 'd3', title: 'Surgical masks' }),
  ];
  const page = (request: { mine?: boolean; assignee?: string | null; sort?: string; direction?: string }) => {
    const who = request.mine ? 'Mei Chen' : request.assignee;
    const rows = api.documents.filter((d) => who === undefined || d.assignee === who).map((document) => ({ document }));
    return { rows, total: rows.length, libraryTotal: api.documents.length, offset: 0, nextCursor: null };
  };
  api.overrides['documents:page'] = page;
  api.overrides['documents:ids'] = ({ filter }) => ({ ids: page(filter).rows.map((r) => r.document.id) });
  api.overrides['documents:assignees'] = () => ({ names: ['Ana Ruiz', 'Mei Chen'], me: 'Mei Chen', assignOthers: true });
  api.overrides['documents:bulk'] = ({ selection, action }) => {
    for (const id of selection.ids) Object.assign(api.documents.find((d) => d.id === id)!, { assignee: action.assignee });
    return { done: selection.ids.length, nextSeq: null };
  };
});
afterEach(cleanup);

const VIEWPORT: LibraryViewProps['virtual'] = {
  initialRect: { width: 1200, height: 400 },
  observeElementRect: (_instance, onRect) => onRect({ width: 1200, height: 400 }),
  measureElement: () => 40,
};

function titles(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('tbody .doc-title')).map((t) => t.textContent ?? '');
}

describe('documents assigned to people in the library', () => {
  it('asks for the assignee names only after the first rows, so they never wait behind them', async () => {
    const { container } = await render(<LibraryView refreshKey={0} virtual={VIEWPORT} onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(titles(container)).toHaveLength(3));
    await waitFor(() => expect(api.callsOf('documents:assignees')).toHaveLength(1));
    const order = api.calls.map((c) => c.name).filter((name) => name === 'documents:page' || name === 'documents:assignees');
    expect(order.slice(0, 2)).toEqual(['documents:page', 'documents:assignees']);
    // Searching does not ask for the names again.
    await typeInto(container.querySelector('#library-search') as HTMLInputElement, 'mask');
    await waitFor(() => expect(api.callsOf('documents:page').some((r) => r.query === 'mask')).toBe(true));
    expect(api.callsOf('documents:assignees')).toHaveLength(1);
  });

  it('shows who has each document in a sortable "Assigned" column', async () => {
    const { container } = await render(<LibraryView refreshKey={0} virtual={VIEWPORT} onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(titles(container)).toHaveLength(3));
    const cells = Array.from(container.querySelectorAll('tbody .col-assignee')).map((c) => c.textContent);
    expect(cells).toEqual(['Mei Chen', 'Ana Ruiz', '—']);
    await click(button(container, /^Assigned/));
    await waitFor(() => expect(api.callsOf('documents:page').at(-1)).toMatchObject({ sort: 'assignee', direction: 'asc' }));
  });

  it('"My queue" lists only my documents with the true count, and stays on after leaving the library', async () => {
    const first = await render(<LibraryView refreshKey={0} virtual={VIEWPORT} onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(titles(first.container)).toHaveLength(3));
    await click(button(first.container, 'My queue'));
    await waitFor(() => expect(titles(first.container)).toEqual(['Northeast revitalization']));
    expect(first.container.querySelector('.library-count')?.textContent).toBe('1 of 3 documents');
    expect(button(first.container, 'My queue').getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(MY_QUEUE_STORAGE_KEY)).toBe('on');
    first.unmount();

    const again = await render(<LibraryView refreshKey={0} virtual={VIEWPORT} onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(titles(again.container)).toEqual(['Northeast revitalization']));
    expect(button(again.container, 'My queue').getAttribute('aria-pressed')).toBe('true');
    expect(api.callsOf('documents:page').at(-1)).toMatchObject({ mine: true });
  });

  it('says whose queue is empty', async () => {
    for (const d of api.documents) d.assignee = null;
    const { container } = await render(<LibraryView refreshKey={0} virtual={VIEWPORT} onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(titles(container)).toHaveLength(3));
    await click(button(container, 'My queue'));
    await waitFor(() => expect(container.querySelector('.no-results')?.textContent).toContain('Nothing is assigned to you (Mei Chen).'));
  });

  it('filters by assignee or "Unassigned", and assigns the selected documents to a typed name', async () => {
    const { container } = await render(<LibraryView refreshKey={0} virtual={VIEWPORT} onOpen={() => {}} onImport={() => {}} />);
    await waitFor(() => expect(titles(container)).toHaveLength(3));
    const byAssignee = container.querySelector<HTMLSelectElement>('select[aria-label="Filter by assignee"]')!;
    await waitFor(() => expect(Array.from(byAssignee.options).map((o) => o.textContent)).toEqual(['Anyone', 'Unassigned', 'Ana Ruiz', 'Mei Chen']));
    await typeInto(byAssignee, '\u0000', 'change');
    await waitFor(() => expect(titles(container)).toEqual(['Surgical masks']));
    expect(api.callsOf('documents:page').at(-1)).toMatchObject({ assignee: null });

    await click(container.querySelector('input[aria-label="Select “Surgical masks”"]'));
    const name = await waitFor(() => container.querySelector<HTMLInputElement>('input[aria-label="Assign the selected documents to"]')!);
    await typeInto(name, 'Sam Lee');
    await act(async () => {
      name.form!.requestSubmit();
    });
    await waitFor(() => expect(api.callsOf('documents:bulk')).toEqual([{ selection: { ids: ['d3'] }, action: { kind: 'assign', assignee: 'Sam Lee' } }]));
    expect(api.documents.find((d) => d.id === 'd3')?.assignee).toBe('Sam Lee');
  });
});
