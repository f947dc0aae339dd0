/** Moving between annotations (J/K, lists), the overlap chooser, and Esc. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Liaoning signed 224 projects in Shenyang.\nJilin grew by 5.8% last year.';

let core: FakeCore;
let ids: { claim: string; place: string; number: string; jilin: string };
beforeEach(() => {
  core = new FakeCore(TEXT).install();
  const claim = core.seed({ kind: 'claim', start: 0, end: 41 });
  const place = core.seed({ kind: 'entity', label: 'PLACE', start: 0, end: 8 });
  const number = core.seed({ kind: 'entity', label: 'QUANTITY', start: 16, end: 19 });
  const jilin = core.seed({ kind: 'entity', label: 'PLACE', start: 42, end: 47 });
  ids = { claim: claim.id, place: place.id, number: number.id, jilin: jilin.id };
});
afterEach(cleanup);

describe('moving between annotations', () => {
  it('J and K walk the annotations in document order and select them in the editor', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await press('j');
    expect(spy.editor.getSelectedAnnotation()).toBe(ids.claim); // the outer one first at the same start
    await press('j');
    expect(spy.editor.getSelectedAnnotation()).toBe(ids.place);
    expect(inspector()!.querySelector('.rv-quote')!.textContent).toBe('Liaoning');
    await press('j');
    await press('j');
    expect(spy.editor.getSelectedAnnotation()).toBe(ids.jilin);
    await press('k');
    expect(spy.editor.getSelectedAnnotation()).toBe(ids.number);
    expect(inspector()!.querySelector('.rv-quote')!.textContent).toBe('224');
  });

  it('clicking an item in the side panel selects it; Esc closes the panel', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(sidePanel(), /Shenyang|224/));
    expect(spy.editor.getSelectedAnnotation()).toBe(ids.number);
    await click(button(sidePanel(), /^Claims/));
    await click(sidePanel().querySelector('.rv-list-claim'));
    expect(spy.editor.getSelectedAnnotation()).toBe(ids.claim);
    await press('Escape');
    expect(inspector()).toBeNull();
    expect(spy.editor.getSelectedAnnotation()).toBeNull();
  });
});

describe('overlapping annotations', () => {
  it('a click on several annotations offers a chooser; picking one opens its panel', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await act(async () => spy.options.onAnnotationClick([ids.place, ids.claim], { left: 40, top: 40, bottom: 60 }));
    const menu = await waitFor(() => document.querySelector<HTMLElement>('[role="menu"][aria-label="Overlapping annotations"]')!);
    const items = menu.querySelectorAll('[role="menuitem"]');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('PLACE');
    expect(items[1].textContent).toContain('Claim');

    await click(items[1]);
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(inspector()!.textContent).toContain('Claim · Unverified');
  });

  it('a click on one annotation opens its panel directly; Esc closes the chooser first', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await act(async () => spy.options.onAnnotationClick([ids.jilin], null));
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(inspector()!.querySelector('.rv-quote')!.textContent).toBe('Jilin');

    await act(async () => spy.options.onAnnotationClick([ids.place, ids.claim], null));
    await press('Escape', {}, document.querySelector('[role="menuitem"]')!);
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(inspector()).not.toBeNull();
  });
});
