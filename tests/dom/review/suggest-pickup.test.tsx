/**
 * When the background run after an import finishes while the document is open, the Suggestions tab
 * goes from "Looking for suggestions…" straight to what was found. It used to say "No suggestions
 * pending" (and "Press Suggest (G)…") while the suggestions were being fetched — a third of a second
 * on a 1 MB document with 8,000 of them — as if the run had found nothing.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Harbin Electric grew 5.8% last year, the ministry said.\nJilin reported a GDP of 2.7 trillion yuan.';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('picking up the background run', () => {
  it('never says "No suggestions pending" between the run ending and its suggestions arriving', async () => {
    let polls = 0;
    core.overrides['suggestions:status'] = () => {
      polls++;
      if (polls === 2) {
        const start = TEXT.indexOf('Jilin');
        core.seed({ id: 'late', kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: { pending: true, reasons: ['gazetteer'], score: 0.8 }, start, end: start + 5 });
      }
      return { running: polls === 1, step: polls === 1 ? 'entities (3 of 3)' : undefined };
    };
    await mountWorkspace(core, spy as EditorSpy);
    await act(async () => sidePanel().querySelector<HTMLElement>('[data-tab="suggestions"]')!.click());
    await waitFor(() => expect(sidePanel().textContent).toContain('Looking for suggestions…'));

    // The fetch of what the run found is slow; watch the tab's words all the while.
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const answer = core.handlers['documents:bundle']!;
    core.overrides['documents:bundle'] = async (input) => {
      await slow;
      return answer(input);
    };
    const seen = new Set<string>();
    const watch = setInterval(() => seen.add(sidePanel().querySelector('.rv-suggestion-count')?.textContent ?? ''), 5);
    await waitFor(() => expect(polls).toBe(2), 3000);
    await new Promise((resolve) => setTimeout(resolve, 60));
    release();
    await waitFor(() => expect(sidePanel().textContent).toContain('1 suggestion: 1 entity'));
    clearInterval(watch);
    expect([...seen].filter((words) => words.includes('No suggestions'))).toEqual([]);
  });
});
