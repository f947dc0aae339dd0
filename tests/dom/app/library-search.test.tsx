/**
 * The library's search box sends as the editor types, one request in flight, the newest waiting
 * (src/renderer/library/latestWins.ts): no typing delay, no queue of outdated searches in front of
 * the one on screen, and an answer to an outdated search never shown.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryView, type LibraryViewProps } from '../../../src/renderer/library/LibraryView';
import { latestWins, Superseded } from '../../../src/renderer/library/latestWins';
import type { TeamMember } from '../../../src/renderer/team/team-client';
import { TeamSessionContext } from '../../../src/renderer/team/team-session';
import { doc, FakeApi } from './fakeApi';
import { cleanup, render, settle, typeInto, waitFor } from './render';

let api: FakeApi;
/** `documents:page` requests the fake core holds until the test answers them. */
let held: Array<{ query: string; answer(): void }>;
/** The count-first requests of a search (one row: useLibraryPages.ts, countFirst), held apart. */
let counts: Array<{ query: string; answer(): void }>;

/** A search's count asked ahead of its rows. */
const isCountFirst = (request: { limit?: number }) => request.limit === 1;

beforeEach(() => {
  api = new FakeApi().install();
  api.documents = [
    doc({ id: 'd1', title: 'Yuan falls against the dollar' }),
    doc({ id: 'd2', title: 'Yukon gold rush' }),
    doc({ id: 'd3', title: 'Surgical masks' }),
  ];
  // Hits: the documents whose title has a word starting with the query's last word.
  api.searchHits = (query) => {
    const prefix = query.split(/\s+/).pop()!.toLowerCase();
    return api.documents
      .filter((d) => d.title.toLowerCase().split(/\s+/).some((w) => w.startsWith(prefix)))
      .map((d) => ({ document: d, snippet: d.title, rank: 1 }));
  };
  held = [];
  counts = [];
  api.overrides['documents:page'] = (request) =>
    new Promise((resolve) => {
      const answer = () => {
        const rows = api.matching(request);
        resolve({ rows: rows.slice(0, request.limit ?? 100), total: rows.length, libraryTotal: api.documents.length, offset: 0, nextCursor: null });
      };
      (isCountFirst(request) ? counts : held).push({ query: request.query ?? '', answer });
    });
});
afterEach(cleanup);

const VIEWPORT: LibraryViewProps['virtual'] = {
  initialRect: { width: 1200, height: 400 },
  observeElementRect: (_instance, onRect) => onRect({ width: 1200, height: 400 }),
  measureElement: () => 40,
};

/** The queries sent to the core, in order ('' for the unfiltered list). */
function sent(): string[] {
  return api.callsOf('documents:page').filter((c) => !isCountFirst(c)).map((c) => c.query ?? '');
}

function countText(container: HTMLElement): string {
  return container.querySelector('.library-count')?.textContent ?? '';
}

/** Answers the oldest held request. */
async function answerNext(): Promise<void> {
  const next = held.shift();
  if (!next) throw new Error('no request is waiting for an answer');
  next.answer();
  await settle(0);
}

async function openLibrary() {
  const { container } = await render(<LibraryView refreshKey={0} virtual={VIEWPORT} onOpen={() => {}} onImport={() => {}} />);
  await waitFor(() => expect(held).toHaveLength(1));
  await answerNext();
  await waitFor(() => expect(countText(container)).toBe('3 documents'));
  return { container, box: container.querySelector<HTMLInputElement>('#library-search')! };
}

describe('the search box: latest wins, one request in flight', () => {
  it('sends the first letter at once, with no typing delay', async () => {
    const { container, box } = await openLibrary();
    await typeInto(box, 'y');
    expect(sent()).toEqual(['', 'y']);
    expect(countText(container)).toBe('Searching for “y”…');
    await answerNext();
    await waitFor(() => expect(countText(container)).toBe('2 of 3 documents match “y”'));
  });

  it('shows a search’s true count as soon as it is counted, the old rows marked busy until its own arrive', async () => {
    const { container, box } = await openLibrary();
    await typeInto(box, 'yuan');
    expect(counts.map((c) => c.query)).toEqual(['yuan']);
    expect(countText(container)).toBe('Searching for “yuan”…');
    counts.shift()!.answer();
    await waitFor(() => expect(countText(container)).toBe('1 of 3 documents match “yuan”'));
    // The whole library is still on screen, marked busy: "yuan"'s rows are on their way.
    expect(container.querySelector('.library-scroll')?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(3);
    await answerNext();
    await waitFor(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(1));
    expect(container.querySelector('.doc-snippet')?.textContent).toContain('Yuan');
    expect(container.querySelector('.library-scroll')?.getAttribute('aria-busy')).toBe('false');
    expect(countText(container)).toBe('1 of 3 documents match “yuan”');

    // The same search again later: counted again, not the count from before.
    await typeInto(box, '');
    await answerNext();
    await waitFor(() => expect(countText(container)).toBe('3 documents'));
    await typeInto(box, 'yuan');
    expect(counts.map((c) => c.query)).toEqual(['yuan']);
    expect(countText(container)).toBe('Searching for “yuan”…');
    counts.shift()!.answer();
    await waitFor(() => expect(countText(container)).toBe('1 of 3 documents match “yuan”'));
  });

  it('on a team library asks for the rows alone (its core does not remember the count for them)', async () => {
    const user: TeamMember = { id: 'u1', login: 'u', displayName: 'Mei Chen', role: 'editor', isAdmin: false };
    const { container } = await render(
      <TeamSessionContext.Provider value={{ user, signOut: () => {} }}>
        <LibraryView refreshKey={0} virtual={VIEWPORT} onOpen={() => {}} onImport={() => {}} />
      </TeamSessionContext.Provider>,
    );
    await waitFor(() => expect(held).toHaveLength(1));
    await answerNext();
    await typeInto(container.querySelector<HTMLInputElement>('#library-search')!, 'yuan');
    expect(sent()).toEqual(['', 'yuan']);
    expect(counts).toHaveLength(0);
    await answerNext();
    await waitFor(() => expect(countText(container)).toBe('1 of 3 documents match “yuan”'));
  });

  it('never shows an outdated search’s count', async () => {
    const { container, box } = await openLibrary();
    await typeInto(box, 'y');
    await typeInto(box, 'yuan');
    counts.shift()!.answer(); // "y": 2 matches, but the box says "yuan"
    await settle(0);
    expect(countText(container)).toBe('Searching for “yuan”…');
    await answerNext(); // "y"'s rows: outdated; "yuan" and its count go out
    await waitFor(() => expect(counts.map((c) => c.query)).toEqual(['yuan']));
    counts.shift()!.answer();
    await waitFor(() => expect(countText(container)).toBe('1 of 3 documents match “yuan”'));
  });

  it('while a search is on its way, sends only the newest text when it is answered, and never shows the outdated answer', async () => {
    const { container, box } = await openLibrary();
    await typeInto(box, 'y');
    await typeInto(box, 'yu');
    await typeInto(box, 'yua');
    await typeInto(box, 'yuan');
    expect(sent()).toEqual(['', 'y']);

    await answerNext(); // "y" answered: its two hits are outdated, "yuan" goes out
    await waitFor(() => expect(sent()).toEqual(['', 'y', 'yuan']));
    expect(countText(container)).toBe('Searching for “yuan”…');
    // The whole library stays on screen until "yuan" is answered: "y"'s two hits never showed.
    expect(container.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(container.querySelector('.doc-snippet')).toBeNull();

    await answerNext();
    await waitFor(() => expect(countText(container)).toBe('1 of 3 documents match “yuan”'));
    expect(held).toHaveLength(0);
  });

  it('clearing the box while a search is on its way brings the whole library back after it', async () => {
    const { container, box } = await openLibrary();
    await typeInto(box, 'yuan');
    await typeInto(box, '');
    expect(sent()).toEqual(['', 'yuan']);
    await answerNext();
    await waitFor(() => expect(sent()).toEqual(['', 'yuan', '']));
    await answerNext();
    await waitFor(() => expect(countText(container)).toBe('3 documents'));
    expect(container.querySelectorAll('tbody tr')).toHaveLength(3);
  });
});

describe('latestWins', () => {
  function deferred() {
    let resolve!: (value: string) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  }

  it('runs only the newest of the lists asked for while one was in flight; the ones it replaced reject as Superseded', async () => {
    const gate = latestWins();
    const runs: string[] = [];
    const first = deferred();
    const a = gate('a', () => (runs.push('a'), first.promise));
    const b = gate('b', () => (runs.push('b'), Promise.resolve('B')));
    const c = gate('c', () => (runs.push('c'), Promise.resolve('C')));
    expect(runs).toEqual(['a']);
    await expect(b).rejects.toBeInstanceOf(Superseded);
    first.resolve('A');
    expect(await a).toBe('A');
    expect(await c).toBe('C');
    expect(runs).toEqual(['a', 'c']);
  });

  it('sends more pages of the list in flight beside it, and goes on after a failure', async () => {
    const gate = latestWins();
    const runs: string[] = [];
    const page0 = deferred();
    const a0 = gate('a', () => (runs.push('a0'), page0.promise));
    const a1 = gate('a', () => (runs.push('a1'), Promise.resolve('A1')));
    expect(runs).toEqual(['a0', 'a1']);
    const b = gate('b', () => (runs.push('b'), Promise.resolve('B')));
    page0.reject(new Error('the core stopped'));
    await expect(a0).rejects.toThrow('the core stopped');
    expect(await a1).toBe('A1');
    expect(await b).toBe('B');
    expect(runs).toEqual(['a0', 'a1', 'b']);
  });
});
