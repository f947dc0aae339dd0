/**
 * Triage among thousands of pending suggestions (issue 8) changes only what the key is about:
 * accepting or rejecting one is one call to the library and one change in the editor — the text is
 * not rendered again and no other suggestion's highlight is replaced — and ] moves the selection
 * without touching the text or its highlights at all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, settle, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const PENDING = 2000;
const sentence = (i: number) => `Harbin exports rose ${i % 90}.${i % 10}% in the quarter, the bureau said.`;
const TEXT = Array.from({ length: PENDING / 10 }, (_, p) => Array.from({ length: 10 }, (_, j) => sentence(p * 10 + j)).join(' ')).join('\n');

// happy-dom has no CSS Custom Highlight API: a minimal one that counts the ranges added and removed.
let changes = 0;
class CountingHighlight extends Set<AbstractRange> {
  priority = 0;
  override add(range: AbstractRange) {
    changes++;
    return super.add(range);
  }
  override delete(range: AbstractRange) {
    changes++;
    return super.delete(range);
  }
}
const globals = window as unknown as Record<'CSS' | 'Highlight', unknown>;
const original = { CSS: globals.CSS, Highlight: globals.Highlight };

let core: FakeCore;
let ids: string[];
beforeEach(() => {
  globals.CSS = { highlights: new Map() };
  globals.Highlight = CountingHighlight;
  core = new FakeCore(TEXT).install();
  ids = [];
  for (let at = TEXT.indexOf('Harbin'); at >= 0; at = TEXT.indexOf('Harbin', at + 1)) {
    ids.push(core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: { pending: true, reasons: ['gazetteer: city'], score: 0.8 }, start: at, end: at + 6 }).id);
  }
});
afterEach(() => {
  cleanup();
  globals.CSS = original.CSS;
  globals.Highlight = original.Highlight;
});

/** Counts what happens to the text's DOM and highlights while `act` runs. */
async function watched(act: () => Promise<void>): Promise<{ textChanges: number; highlightChanges: number; transactions: number }> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(spy.editor.view.dom, { childList: true, characterData: true, subtree: true });
  const view = spy.editor.view;
  const dispatch = view.dispatch.bind(view);
  let transactions = 0;
  view.dispatch = (tr: any) => {
    transactions++;
    dispatch(tr);
  };
  changes = 0;
  try {
    await act();
    await settle(20);
    records.push(...observer.takeRecords());
    return { textChanges: records.length, highlightChanges: changes, transactions };
  } finally {
    observer.disconnect();
    view.dispatch = dispatch;
  }
}

describe(`triage among ${PENDING.toLocaleString('en')} pending suggestions`, () => {
  it('] moves the selection without rendering the text or replacing a highlight', async () => {
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: ids[0] });
    await waitFor(() => expect(inspector()).not.toBeNull());
    const seen = await watched(async () => {
      for (let i = 0; i < 5; i++) await press(']');
    });
    expect(spy.editor.getSelectedAnnotation()).toBe(ids[5]);
    expect(seen.textChanges).toBe(0);
    expect(seen.highlightChanges).toBe(0);
  });

  it('Enter accepts with one call and one change to the editor: one highlight moves, the text is not rendered again', async () => {
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: ids[0] });
    await waitFor(() => expect(inspector()).not.toBeNull());
    const seen = await watched(async () => {
      await press('Enter');
      await waitFor(() => expect(core.annotations.get(ids[0])!.attrs.pending).toBeUndefined());
    });
    expect(core.callsOf('annotations:update')).toHaveLength(1);
    expect(spy.editor.getSelectedAnnotation()).toBe(ids[1]);
    expect(seen.textChanges).toBe(0);
    expect(seen.highlightChanges).toBe(2); // out of the pending highlight, into the accepted one
    expect(seen.transactions).toBe(2); // the selection moving on; the accepted annotation
  });

  it('D rejects with one call and one change to the editor: its highlight goes, nothing else is repainted', async () => {
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: ids[0] });
    await waitFor(() => expect(inspector()).not.toBeNull());
    const seen = await watched(async () => {
      await press('d');
      await waitFor(() => expect(core.annotations.has(ids[0])).toBe(false));
    });
    expect(core.callsOf('annotations:delete')).toEqual([expect.objectContaining({ ids: [ids[0]] })]);
    expect(spy.editor.getSelectedAnnotation()).toBe(ids[1]);
    expect(seen.textChanges).toBe(0);
    expect(seen.highlightChanges).toBe(1);
    expect(seen.transactions).toBe(2);
  });
});
