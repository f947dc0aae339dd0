/**
 * Triage of suggestions by keyboard in the review workspace (issue 8): counted in the Suggestions
 * tab, ] / [ move between them, Enter accepts and moves on, D and Backspace reject, a label key
 * accepts an entity with that label, Shift+Enter accepts every one of a kind, the reasons show in
 * the panel, G runs the suggesters; and pending suggestions are painted apart from accepted ones.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReviewEditor, type EditorAnnotation, type ReviewEditor } from '../../../src/renderer/editor/index';
import { button, cleanup, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = [
  'Harbin Electric grew 5.8% last year, the ministry said.',
  'Jilin reported a GDP of 2.7 trillion yuan.',
  'Related: Harbin hosts the 32nd trade fair | economy | Jilin',
].join('\n');
const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  return { start, end: start + needle.length };
};
const pending = (reasons: string[]) => ({ pending: true, reasons, score: 0.8 });

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

/** Seeds a pending entity, claim and teaser (a pending claim has no claim row, as in the core). */
function seedSuggestions() {
  const entity = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['known PLACE from 3 documents']), ...at('Harbin Electric') });
  const claim = core.seed({ kind: 'claim', origin: 'suggested', attrs: pending(['contains a percentage', 'attribution: said']), ...at('Harbin Electric grew 5.8% last year') });
  core.claims.delete(claim.id);
  const teaser = core.seed({ kind: 'teaser', origin: 'suggested', attrs: { ...pending(['tag list']), reason: 'related_teaser' }, ...at('Related: Harbin hosts') });
  return { entity, claim, teaser };
}

describe('triage by keyboard', () => {
  it('counts them, shows the reasons, and ] Enter D walk through accepting and rejecting', async () => {
    const { entity, claim, teaser } = seedSuggestions();
    await mountWorkspace(core, spy as EditorSpy);
    const tab = sidePanel().querySelector<HTMLElement>('[data-tab="suggestions"]')!;
    expect(tab.textContent).toContain('3');
    await act(async () => tab.click());
    expect(sidePanel().textContent).toContain('3 suggestions: 1 teaser, 1 claim, 1 entity');
    // Accepted lists leave pending ones out.
    expect(sidePanel().querySelector('[data-tab="entities"]')!.textContent).toContain('0');

    await press(']');
    await waitFor(() => expect(inspector()!.textContent).toContain('contains a percentage'));
    expect(inspector()!.textContent).toContain('attribution: said');
    // The claim (longest at the same start) comes first; D rejects it and moves to the entity.
    await press('d');
    await waitFor(() => expect(core.annotations.has(claim.id)).toBe(false));
    await waitFor(() => expect(inspector()!.textContent).toContain('known PLACE from 3 documents'));
    await press('Enter');
    await waitFor(() => expect(core.annotations.get(entity.id)!.attrs.pending).toBeUndefined());
    expect(core.annotations.get(entity.id)!.label).toBe('PLACE');
    await waitFor(() => expect(inspector()!.textContent).toContain('tag list'));
    await press('Backspace');
    await waitFor(() => expect(core.annotations.has(teaser.id)).toBe(false));
    await waitFor(() => expect(sidePanel().textContent).toContain('No suggestions pending'));

    // Undo brings the rejected teaser back as a suggestion.
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.annotations.get(teaser.id)?.attrs.pending).toBe(true));
  });

  it('a label key accepts a suggested entity with that label; Shift+Enter accepts every one of its kind as one step', async () => {
    const a = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer']), ...at('Harbin Electric') });
    const b = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer']), ...at('Jilin') });
    const c = core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer']), ...at('Jilin', at('economy').start) });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: a.id });
    await press('2'); // ORG
    await waitFor(() => expect(core.annotations.get(a.id)).toMatchObject({ label: 'ORG', attrs: { reasons: ['gazetteer'] } }));
    expect(core.annotations.get(a.id)!.attrs.pending).toBeUndefined();
    await waitFor(() => expect(inspector()!.textContent).toContain('Jilin'));
    await press('Enter', { shiftKey: true });
    await waitFor(() => expect([b, c].every((x) => core.annotations.get(x.id)!.attrs.pending === undefined)).toBe(true));
    await press('z', { ctrlKey: true });
    await waitFor(() => expect([b, c].every((x) => core.annotations.get(x.id)!.attrs.pending === true)).toBe(true));
    expect(core.annotations.get(a.id)!.attrs.pending).toBeUndefined();
  });

  it('Enter on a focused button stays the button’s: it does not accept the selected suggestion', async () => {
    const { entity } = seedSuggestions();
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: entity.id });
    const close = inspector()!.querySelector<HTMLButtonElement>('button[aria-label^="Close panel"]')!;
    close.focus();
    await press('Enter', {}, close);
    expect(core.annotations.get(entity.id)!.attrs.pending).toBe(true);
  });

  it('shows what the background run after the import found once it is done, without reloading', async () => {
    let polls = 0;
    core.overrides['suggestions:status'] = () => {
      polls++;
      // Still running at the first look; done by the second, having added a suggestion.
      if (polls === 2) core.seed({ id: 'late-1', kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer']), ...at('Jilin') });
      return { running: polls === 1 };
    };
    await mountWorkspace(core, spy as EditorSpy);
    await waitFor(() => expect(spy.editor.getAnnotation('late-1')).toMatchObject({ kind: 'entity', label: 'PLACE' }), 3000);
    expect(sidePanel().querySelector('[data-tab="suggestions"]')!.textContent).toContain('1');
  });

  it('shows what the background run found when it finished after the document loaded but before the first look', async () => {
    const answer = core.handlers['suggestions:status']!;
    let polls = 0;
    core.overrides['suggestions:status'] = (input) => {
      // The run stored its suggestion after the bundle was read: the first look already finds it done.
      if (++polls === 1) core.seed({ id: 'late-2', kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: pending(['gazetteer']), ...at('Jilin') });
      return answer(input);
    };
    await mountWorkspace(core, spy as EditorSpy);
    await waitFor(() => expect(spy.editor.getAnnotation('late-2')).toMatchObject({ kind: 'entity', label: 'PLACE' }));
    expect(sidePanel().querySelector('[data-tab="suggestions"]')!.textContent).toContain('1');
    expect(polls).toBe(1);
  });

  it('does not fetch the document again when the first look finds nothing new', async () => {
    seedSuggestions();
    await mountWorkspace(core, spy as EditorSpy);
    await waitFor(() => expect(core.callsOf('suggestions:status')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(core.callsOf('documents:bundle')).toHaveLength(1);
  });

  it('says which kind a long run is at while it runs', async () => {
    let polls = 0;
    core.overrides['suggestions:status'] = () => (++polls < 3 ? { running: true, step: 'claims (2 of 3)' } : { running: false });
    await mountWorkspace(core, spy as EditorSpy);
    await act(async () => sidePanel().querySelector<HTMLElement>('[data-tab="suggestions"]')!.click());
    await waitFor(() => expect(sidePanel().textContent).toContain('Looking for suggestions… claims (2 of 3)'));
    await waitFor(() => expect(sidePanel().textContent).toContain('No suggestions pending'), 4000);
  });

  it('G runs the suggesters and shows the new suggestions without reloading', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    core.nextSuggestions = [{ id: 'sugg-1', kind: 'entity', label: 'PLACE', attrs: pending(['gazetteer']), ...at('Jilin') }];
    await press('g');
    await waitFor(() => expect(core.callsOf('suggestions:run')).toHaveLength(1));
    await waitFor(() => expect(sidePanel().textContent).toContain('1 suggestion: 1 entity'));
    expect(spy.editor.getAnnotation('sugg-1')).toMatchObject({ kind: 'entity', label: 'PLACE' });
    expect(button(sidePanel(), 'Suggest')).toBeTruthy();
  });
});

// happy-dom has no CSS Custom Highlight API: a minimal one, as Chromium has (see highlight-painter.test.ts).
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const globals = window as unknown as Record<'CSS' | 'Highlight', unknown>;

describe('drawing', () => {
  let editor: ReviewEditor | null = null;
  const original = { CSS: globals.CSS, Highlight: globals.Highlight };
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = new Map();
    globals.CSS = { highlights: registry };
    globals.Highlight = FakeHighlight;
  });
  afterEach(() => {
    editor?.destroy();
    editor = null;
    globals.CSS = original.CSS;
    globals.Highlight = original.Highlight;
  });

  it('paints pending suggestions in their own highlights, and as accepted ones once accepted', () => {
    const div = document.createElement('div');
    document.body.appendChild(div);
    const accepted: EditorAnnotation = { id: 'a', kind: 'entity', label: 'PLACE', ...at('Jilin') };
    const suggested: EditorAnnotation = { id: 's', kind: 'entity', label: 'ORG', ...at('Harbin Electric'), attrs: { pending: true } };
    const claim: EditorAnnotation = { id: 'c', kind: 'claim', label: null, ...at('Jilin reported a GDP'), attrs: { pending: true } };
    editor = createReviewEditor(div, { text: TEXT, annotations: [accepted, suggested, claim], labels: [], editable: false });
    expect(registry.get('cd-suggested-entity-ORG')?.size).toBe(1);
    expect(registry.get('cd-suggested-claim')?.size).toBe(1);
    expect(registry.get('cd-entity-ORG')?.size ?? 0).toBe(0);
    expect(registry.get('cd-entity-PLACE')?.size).toBe(1);
    editor.updateAnnotations([{ ...suggested, attrs: { reasons: ['gazetteer'] } }]);
    expect(registry.get('cd-suggested-entity-ORG')?.size ?? 0).toBe(0);
    expect(registry.get('cd-entity-ORG')?.size).toBe(1);
  });
});

describe('a claim checked before', () => {
  it('shows the verdict and sources of the claim it repeats, and U accepts it with them in one undoable step', async () => {
    const checked = core.seed({ kind: 'claim', ...at('Jilin reported a GDP of 2.7 trillion yuan.') }, { status: 'verified', verdict: 'Matches the bureau’s release' });
    core.sources.set('src-1', {
      id: 'src-1',
      annotationId: checked.id,
      url: 'https://stats.example.org/jilin',
      title: 'Jilin statistics bureau',
      quote: '',
      note: '',
      consultedAt: null,
      createdAt: '2025-03-12T10:00:00.000Z',
    });
    const suggested = core.seed({
      kind: 'claim',
      origin: 'suggested',
      attrs: { ...pending(['checked before in “Jilin”: verified']), checkedBefore: checked.id },
      ...at('Harbin Electric grew 5.8% last year'),
    });
    core.claims.delete(suggested.id);
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: suggested.id });
    const before = await waitFor(() => inspector()!.querySelector<HTMLElement>('[aria-label="Checked before"]')!);
    expect(before.textContent).toContain('Verified');
    expect(before.textContent).toContain('Matches the bureau’s release');
    expect(before.textContent).toContain('Jilin statistics bureau');
    // Where it was checked is said once, in the box, with the document's title shortened at a word;
    // the core's reason (the whole title and verdict, cut at 300 characters) is not listed as well.
    await waitFor(() => expect(before.textContent).toContain(`in “${core.document.title}”`));
    expect([...inspector()!.querySelectorAll('.rv-reasons li')].map((li) => li.textContent)).not.toContain('checked before in “Jilin”: verified');

    await press('u');
    await waitFor(() => expect(core.claims.get(suggested.id)).toMatchObject({ status: 'verified', verdict: 'Matches the bureau’s release' }));
    expect(core.annotations.get(suggested.id)!.attrs.pending).toBeUndefined();
    expect([...core.sources.values()].filter((s) => s.annotationId === suggested.id).map((s) => s.url)).toEqual(['https://stats.example.org/jilin']);

    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.annotations.get(suggested.id)!.attrs.pending).toBe(true));
    expect([...core.sources.values()].filter((s) => s.annotationId === suggested.id)).toHaveLength(0);
    expect(core.claims.has(suggested.id)).toBe(false);

    // Redo accepts it again with the verdict and the source: the core gave it a new claim row, which
    // the workspace must save against (it used to keep the old row, and the verdict was refused).
    await press('z', { ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(core.claims.get(suggested.id)).toMatchObject({ status: 'verified', verdict: 'Matches the bureau’s release' }));
    await waitFor(() => expect([...core.sources.values()].filter((s) => s.annotationId === suggested.id).map((s) => s.url)).toEqual(['https://stats.example.org/jilin']));
    expect(core.annotations.get(suggested.id)!.attrs.pending).toBeUndefined();
  });
});
