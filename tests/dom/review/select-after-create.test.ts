import { describe, expect, it } from 'vitest';
import { createReviewActions, type ActionDeps } from '../../../src/renderer/review/actions';

/**
 * Marking a claim saves first and selects the new claim when the save answers. An editor who has
 * meanwhile selected other words (to tag them next) keeps that selection: otherwise the next label
 * digit set the new claim's status instead of tagging the words (seen in the e2e suite under load).
 */
function workspace() {
  const text = 'Heilongjiang recorded a regional GDP of 2.7 trillion yuan, up 5.8%.';
  let answer: () => void = () => undefined;
  const selected: Array<string | null> = [];
  let selection: { start: number; end: number; text: string } | null = null;
  const deps = {
    store: { get: () => ({ document: { text, status: 'in_review' }, annotations: new Map() }), dispatch: () => undefined },
    sync: {
      create: (specs: Array<{ start: number; end: number }>) =>
        new Promise((resolve) => {
          answer = () => resolve({ annotations: specs.map((s, i) => ({ id: `a${i}`, ...s })), claims: [], sources: [] });
        }),
    },
    undo: { run: (work: () => Promise<void>) => work(), push: () => undefined },
    select: (id: string | null) => selected.push(id),
    notify: () => undefined,
    selectedText: () => selection,
  } as unknown as ActionDeps;
  return {
    actions: createReviewActions(deps),
    selected,
    select(start: number, end: number) {
      selection = { start, end, text: text.slice(start, end) };
    },
    answer: () => answer(),
  };
}

describe('selecting what was just made', () => {
  it('selects the new claim when the words are still the ones marked', async () => {
    const w = workspace();
    w.select(22, 57);
    const done = w.actions.markClaim({ start: 22, end: 57 });
    w.answer();
    await done;
    expect(w.selected).toEqual(['a0']);
  });

  it('leaves alone other words the editor selected while the save was on its way', async () => {
    const w = workspace();
    w.select(22, 57);
    const done = w.actions.markClaim({ start: 22, end: 57 });
    w.select(40, 57); // "2.7 trillion yuan", to tag it next
    w.answer();
    await done;
    expect(w.selected).toEqual([]);
  });
});
