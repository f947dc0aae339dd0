/**
 * One word for one action (issue 8, walk-through): a pending suggestion is accepted or rejected —
 * in the Teasers tab, the context menu and the undo toast alike, as in the Suggestions tab — never
 * "confirmed" or "dismissed".
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, mountWorkspace, press, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = ['Harbin Electric grew 5.8% last year, the ministry said.', 'Related: Harbin hosts the 32nd trade fair | economy | Jilin'].join('\n');
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const pending = (reasons: string[]) => ({ pending: true, reasons, score: 0.8 });
const menuItems = () =>
  Array.from(document.querySelectorAll('[role="menu"].rv-context-menu [role="menuitem"]')).map((i) => i.textContent ?? '');

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('words for a pending suggestion', () => {
  it('the Teasers tab offers Accept and Reject for a suggested teaser, and undo names the acceptance', async () => {
    const teaser = core.seed({ kind: 'teaser', origin: 'suggested', attrs: { ...pending(['tag list']), reason: 'related_teaser' }, ...at('Related: Harbin hosts') });
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(sidePanel(), /^Teasers/));
    const row = sidePanel().querySelector('.rv-candidate-row')!;
    const words = Array.from(row.querySelectorAll('button')).map((b) => b.textContent?.trim());
    expect(words).toContain('Accept');
    expect(words).toContain('Reject');
    expect(sidePanel().textContent).not.toContain('Confirm');

    await click(button(row, 'Accept'));
    await waitFor(() => expect(core.annotations.get(teaser.id)!.attrs.pending).toBeUndefined());
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.annotations.get(teaser.id)!.attrs.pending).toBe(true));
    expect(document.querySelector('.toasts')!.textContent).toContain('Undone: Accept teaser');
  });

  it('the context menu on a pending suggestion accepts and rejects it in the same words', async () => {
    const teaser = core.seed({ kind: 'teaser', origin: 'suggested', attrs: { ...pending(['tag list']), reason: 'related_teaser' }, ...at('Related: Harbin hosts') });
    const entity = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer']), ...at('Harbin Electric') });
    await mountWorkspace(core, spy as EditorSpy);
    const rightClick = (id: string) => act(async () => spy.options.onContextMenu([id], { left: 100, top: 100, bottom: 100 }, false));

    await rightClick(teaser.id);
    expect(menuItems()).toEqual(expect.arrayContaining(['Accept suggested teaserEnter', 'Reject suggested teaserX']));
    expect(menuItems().join(' ')).not.toMatch(/Confirm|Dismiss/);
    await click(Array.from(document.querySelectorAll<HTMLElement>('.rv-context-menu [role="menuitem"]')).find((i) => i.textContent?.startsWith('Reject'))!);
    await waitFor(() => expect(core.annotations.has(teaser.id)).toBe(false));

    await rightClick(entity.id);
    expect(menuItems()).toEqual(expect.arrayContaining(['Accept suggested PLACEEnter', 'Reject suggested PLACEX']));
    await click(Array.from(document.querySelectorAll<HTMLElement>('.rv-context-menu [role="menuitem"]')).find((i) => i.textContent?.startsWith('Accept'))!);
    await waitFor(() => expect(core.annotations.get(entity.id)!.attrs.pending).toBeUndefined());
  });
});
