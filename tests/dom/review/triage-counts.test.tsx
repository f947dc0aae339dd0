/**
 * Pending counts on every tab that holds suggestions (issue 8, walk-through): the Entities and
 * Claims tabs say how many of their kind are suggested and pending, as the Teasers tab does, in the
 * same count badge, gone at zero, and following the editor's accepting and rejecting.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, mountWorkspace, press, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = [
  'Harbin Electric grew 5.8% last year, the ministry said.',
  'Jilin reported a GDP of 2.7 trillion yuan.',
  'Related: Harbin hosts the 32nd trade fair | economy | Jilin',
].join('\n');
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const pending = (reasons: string[]) => ({ pending: true, reasons, score: 0.8 });

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

/** The "Suggested N" section of the open tab, or null. */
const suggested = (name: string) => sidePanel().querySelector<HTMLElement>(`#rv-tabpanel section[aria-label="${name}"]`);
/** The count its heading shows. */
const countOf = (section: HTMLElement | null) => section?.querySelector('h3 .rv-count')?.textContent;
const openTab = (tab: string) => click(sidePanel().querySelector(`[data-tab="${tab}"]`));

describe('pending counts in the kind tabs', () => {
  it('the Entities and Claims tabs count their pending suggestions as the Teasers tab does, and follow accept and reject', async () => {
    const harbin = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer']), ...at('Harbin Electric') });
    const jilin = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer']), ...at('Jilin reported') });
    const claim = core.seed({ kind: 'claim', origin: 'suggested', attrs: pending(['contains a percentage']), ...at('Harbin Electric grew 5.8% last year') });
    core.claims.delete(claim.id);
    core.seed({ kind: 'teaser', origin: 'suggested', attrs: { ...pending(['tag list']), reason: 'related_teaser' }, ...at('Related: Harbin hosts') });
    core.seed({ kind: 'entity', label: 'ORG', ...at('Harbin Electric') }); // an accepted one, listed below as before
    await mountWorkspace(core, spy as EditorSpy);

    await openTab('teasers');
    const teaserCount = suggested('Teaser candidates')!.querySelector('h3 .rv-count')!;
    await openTab('entities');
    const entities = suggested('Suggested entities');
    expect(countOf(entities)).toBe('2');
    // The same badge as the Teasers tab's count.
    expect(entities!.querySelector('h3 .rv-count')!.className).toBe(teaserCount.className);
    expect(sidePanel().querySelector('#rv-tabpanel')!.textContent).toContain('ORG');
    await openTab('claims');
    expect(countOf(suggested('Suggested claims'))).toBe('1');

    // Accepting by key brings the entity count down at once; rejecting the claim hides its count.
    await openTab('entities');
    await click(button(suggested('Suggested entities')!, 'Show'));
    const rows = suggested('Suggested entities')!.querySelectorAll('.rv-candidate-row');
    expect(Array.from(rows, (r) => r.querySelector('.rv-list-text')!.textContent)).toEqual(['Harbin Electric', 'Jilin reported']);
    await click(button(rows[1], 'Accept'));
    await waitFor(() => expect(core.annotations.get(jilin.id)!.attrs.pending).toBeUndefined());
    await waitFor(() => expect(countOf(suggested('Suggested entities'))).toBe('1'));
    await openTab('claims');
    await click(button(suggested('Suggested claims')!, 'Show'));
    await click(button(suggested('Suggested claims')!.querySelector('.rv-candidate-row')!, 'Reject'));
    await waitFor(() => expect(core.annotations.has(claim.id)).toBe(false));
    await waitFor(() => expect(suggested('Suggested claims')).toBeNull());
    expect(sidePanel().querySelector('#rv-tabpanel')!.textContent).toContain('No claims yet');

    await openTab('entities');
    await press('z', { ctrlKey: true }); // undo the rejection: the claim's count comes back
    await waitFor(() => expect(core.annotations.get(claim.id)?.attrs.pending).toBe(true));
    await openTab('claims');
    await waitFor(() => expect(countOf(suggested('Suggested claims'))).toBe('1'));
    expect(core.annotations.get(harbin.id)!.attrs.pending).toBe(true);
  });

  it('no count at all where nothing is pending, and the Suggestions tab’s own count goes at zero', async () => {
    const only = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer']), ...at('Jilin reported') });
    core.seed({ kind: 'claim', ...at('Jilin reported a GDP of 2.7 trillion yuan.') });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: only.id });
    expect(sidePanel().querySelector('[data-tab="suggestions"] .rv-count')!.textContent).toBe('1');
    await openTab('claims');
    expect(suggested('Suggested claims')).toBeNull();
    await openTab('entities');
    expect(countOf(suggested('Suggested entities'))).toBe('1');

    await press('Enter');
    await waitFor(() => expect(core.annotations.get(only.id)!.attrs.pending).toBeUndefined());
    await waitFor(() => expect(suggested('Suggested entities')).toBeNull());
    expect(sidePanel().querySelector('[data-tab="suggestions"] .rv-count')).toBeNull();
    expect(sidePanel().querySelector('[data-tab="entities"] .rv-count')!.textContent).toBe('1');
  });
});
