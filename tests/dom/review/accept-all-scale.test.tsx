/**
 * Shift+Enter among hundreds of pending suggestions (issue 8, "accept all of this kind"): the editor
 * and the side panel take the accepted ones in ONE change, and its undo gives them back in one.
 * Accepting them one change at a time copied the whole annotation map and re-rendered the panel per
 * suggestion: on a 1 MB text (3,000 suggested claims among 11,600 suggestions) Shift+Enter had
 * accepted a third of them after ten minutes, and closing the window left the rest pending with no
 * undo step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, settle, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const PENDING = 600;
const sentence = (i: number) => `Harbin exports rose ${i % 90}.${i % 10}% in the quarter, the bureau said.`;
const TEXT = Array.from({ length: PENDING / 10 }, (_, p) => Array.from({ length: 10 }, (_, j) => sentence(p * 10 + j)).join(' ')).join('\n');
const suggested = (reason: string) => ({ origin: 'suggested' as const, attrs: { pending: true, reasons: [reason], score: 0.8 } });

let core: FakeCore;
let entities: string[];
let claims: string[];
beforeEach(() => {
  core = new FakeCore(TEXT).install();
  entities = [];
  for (let at = TEXT.indexOf('Harbin'); at >= 0; at = TEXT.indexOf('Harbin', at + 1)) {
    entities.push(core.seed({ kind: 'entity', label: 'PLACE', ...suggested('gazetteer: city'), start: at, end: at + 6 }).id);
  }
  // Three suggested claims (a pending claim has no claim row yet, as in the core).
  claims = [0, 1, 2].map((i) => {
    const start = TEXT.indexOf(sentence(i));
    const claim = core.seed({ kind: 'claim', ...suggested('contains a percentage'), start, end: start + sentence(i).length });
    core.claims.delete(claim.id);
    return claim.id;
  });
});
afterEach(cleanup);

/** How many transactions the editor's view dispatches while `act` runs. */
async function transactionsDuring(act: () => Promise<void>): Promise<number> {
  const view = spy.editor.view;
  const dispatch = view.dispatch.bind(view);
  let transactions = 0;
  view.dispatch = (tr: any) => {
    transactions++;
    dispatch(tr);
  };
  try {
    await act();
    await settle(20);
    return transactions;
  } finally {
    view.dispatch = dispatch;
  }
}

const pendingEntities = () => entities.filter((id) => core.annotations.get(id)!.attrs.pending === true).length;
const tabCount = (tab: string) => sidePanel().querySelector(`[data-tab="${tab}"]`)!.textContent;

describe(`accept all among ${PENDING} suggested entities`, () => {
  it('Shift+Enter accepts them in one change to the editor, and undo gives them back in one', async () => {
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: entities[0] });
    await waitFor(() => expect(inspector()).not.toBeNull());

    const accepting = await transactionsDuring(async () => {
      await press('Enter', { shiftKey: true });
      await waitFor(() => expect(pendingEntities()).toBe(0), 20_000);
      await waitFor(() => expect(tabCount('suggestions')).not.toContain(String(PENDING)));
    });
    expect(accepting).toBeLessThanOrEqual(2);
    // Nothing in the text changes until all are saved: a toast says that it started, another that it is done.
    expect(document.body.textContent).toContain(`Accepting ${PENDING} suggested entities…`);
    expect(document.body.textContent).toContain(`Accepted ${PENDING} suggested entities.`);
    expect(tabCount('entities')).toContain(String(PENDING));
    // The claims were another kind: still pending.
    expect(claims.every((id) => core.annotations.get(id)!.attrs.pending === true)).toBe(true);

    const undoing = await transactionsDuring(async () => {
      await press('z', { ctrlKey: true });
      await waitFor(() => expect(pendingEntities()).toBe(PENDING), 20_000);
    });
    expect(undoing).toBeLessThanOrEqual(2);
    await waitFor(() => expect(tabCount('suggestions')).toContain(String(PENDING + claims.length)));
  }, 60_000);

  it('accepting every suggested claim gives each its verification row (Unverified) in the Claims tab', async () => {
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: claims[0] });
    await waitFor(() => expect(inspector()).not.toBeNull());
    await press('Enter', { shiftKey: true });
    await waitFor(() => expect(claims.every((id) => core.annotations.get(id)!.attrs.pending === undefined)).toBe(true));
    await waitFor(() => expect(tabCount('claims')).toContain('3'));
    expect(pendingEntities()).toBe(PENDING);
  }, 60_000);
});
