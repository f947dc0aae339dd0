/**
 * Triage keys move the outline (issue 8): ] and [ outline the next and previous pending suggestion
 * where its text is (a fake monospace layout, as happy-dom has none), Enter moves it on to the next
 * one, and the panel and the list still say which suggestion is current.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeLayout, lineBoxes, placeElement } from '../editor/fake-layout';
import { cleanup, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = ['Harbin exports rose 5.8% in the quarter, the bureau said.', 'Jilin reported a GDP of 2.7 trillion yuan.', 'Daqing Oilfield pumped less.'].join('\n');
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const MOUNT = { left: 100, top: 50 };

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Three pending entity suggestions, one per line. */
function seed() {
  return ['Harbin', 'Jilin', 'Daqing Oilfield'].map((needle, i) =>
    core.seed({ kind: 'entity', label: i === 2 ? 'ORG' : 'PLACE', origin: 'suggested', attrs: { pending: true, reasons: [`reason ${i}`], score: 0.8 }, ...at(needle) }),
  );
}

/** Mounts the workspace on the fake layout. */
async function mountLaidOut() {
  await mountWorkspace(core, spy as EditorSpy);
  installFakeLayout(() => spy.editor.view);
  placeElement(spy.editor.view.dom.parentElement, MOUNT.left, MOUNT.top);
}

/** The outline as drawn: its boxes' annotation ids and places. */
function outline() {
  return Array.from(document.querySelectorAll<HTMLElement>('.cd-outline .cd-selected')).map((el) => ({
    id: el.getAttribute('data-annotation-id'),
    left: parseFloat(el.style.left),
    top: parseFloat(el.style.top),
    width: parseFloat(el.style.width),
  }));
}
/** Where `needle`'s text is, relative to the text's card. */
function over(id: string, needle: string) {
  const { start, end } = at(needle);
  return lineBoxes(TEXT, start, end).map((b) => ({ id, left: b.left - MOUNT.left, top: b.top - MOUNT.top, width: b.width }));
}

describe('the triage keys move the outline', () => {
  it('] and [ outline the next and previous suggestion where its text is', async () => {
    const [harbin, jilin, daqing] = seed();
    await mountLaidOut();
    expect(outline()).toEqual([]);
    await press(']');
    await waitFor(() => expect(outline()).toEqual(over(harbin.id, 'Harbin')));
    await press(']');
    await waitFor(() => expect(outline()).toEqual(over(jilin.id, 'Jilin')));
    await press(']');
    await waitFor(() => expect(outline()).toEqual(over(daqing.id, 'Daqing Oilfield')));
    await press('[');
    await waitFor(() => expect(outline()).toEqual(over(jilin.id, 'Jilin')));
    // The current one is still said in words: its reasons in the panel, aria-current in the list.
    expect(inspector()!.textContent).toContain('reason 1');
    const tab = sidePanel().querySelector<HTMLElement>('[data-tab="suggestions"]')!;
    tab.click();
    await waitFor(() => expect(sidePanel().querySelector('[aria-current="true"]')?.textContent).toContain('Jilin'));
  });

  it('Enter accepts the outlined suggestion and the outline moves on to the next', async () => {
    const [harbin, jilin] = seed();
    await mountLaidOut();
    await press(']');
    await waitFor(() => expect(outline()).toEqual(over(harbin.id, 'Harbin')));
    await press('Enter');
    await waitFor(() => expect(core.annotations.get(harbin.id)!.attrs.pending).toBeUndefined());
    await waitFor(() => expect(outline()).toEqual(over(jilin.id, 'Jilin')));
  });
});
