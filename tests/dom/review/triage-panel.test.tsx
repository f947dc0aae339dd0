/**
 * The inspector follows the triage keys in place (issue 8: ] within a frame with 5,000 pending):
 * ] and [ show the selected suggestion's quote, reasons, label and counts in the same panel, and
 * nothing typed or opened for one annotation shows up for the next — a note or canonical name typed
 * for one suggestion is saved to that one, a claim's half-typed source stays with its claim.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/result';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, settle, sidePanel, typeInto, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = [
  'Harbin exports rose 5.8% in the quarter, the bureau said. Harbin, Harbin.',
  'Jilin reported a GDP of 2.7 trillion yuan; Jilin grew.',
  'Daqing Oilfield pumped less.',
].join('\n');
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

let core: FakeCore;
beforeEach(() => {
  localStorage.clear();
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

/** Three pending entity suggestions, each with its own reason. */
function seed() {
  return [
    core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: { pending: true, reasons: ['gazetteer: city'], score: 0.8 }, ...at('Harbin') }),
    core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: { pending: true, reasons: ['gazetteer: province'], score: 0.7 }, ...at('Jilin') }),
    core.seed({ kind: 'entity', label: 'ORG', origin: 'suggested', attrs: { pending: true, reasons: ['organisation suffix: Oilfield'], score: 0.9 }, ...at('Daqing Oilfield') }),
  ];
}

/** The inspector's field labelled `label`. */
function field<T extends HTMLElement>(label: string): T {
  const panel = inspector();
  const labelled = Array.from(panel?.querySelectorAll('label') ?? []).find((l) => l.textContent === label);
  if (!labelled) throw new Error(`no field ${label}`);
  return document.getElementById(labelled.htmlFor) as T;
}

describe('the inspector during triage', () => {
  it('shows each suggestion ] and [ reach, with its reasons, label and untagged count, in the same panel', async () => {
    const [harbin, jilin] = seed();
    await mountWorkspace(core, spy as EditorSpy);
    await click(sidePanel().querySelector('[data-tab="suggestions"]'));

    await press(']');
    const panel = await waitFor(() => {
      expect(inspector()!.textContent).toContain('gazetteer: city');
      return inspector()!;
    });
    expect(panel.querySelector('blockquote')!.textContent).toBe('Harbin');
    expect(field<HTMLSelectElement>('Label').value).toBe('PLACE');
    expect(panel.textContent).toContain('2 untagged occurrences in the text.');
    expect(spy.editor.getSelectedAnnotation()).toBe(harbin.id);
    const note = field<HTMLTextAreaElement>('Note');

    await press(']');
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: province'));
    expect(inspector()).toBe(panel); // updated in place, not built again
    expect(field('Note')).toBe(note);
    expect(panel.textContent).not.toContain('gazetteer: city');
    expect(panel.querySelector('blockquote')!.textContent).toBe('Jilin');
    expect(panel.textContent).toContain('1 untagged occurrence in the text.');
    expect(spy.editor.getSelectedAnnotation()).toBe(jilin.id);
    const current = sidePanel().querySelector('.rv-suggestions [aria-current="true"]');
    expect(current!.textContent).toContain('Jilin');

    await press(']');
    await waitFor(() => expect(inspector()!.textContent).toContain('organisation suffix: Oilfield'));
    expect(field<HTMLSelectElement>('Label').value).toBe('ORG');
    expect(inspector()!.textContent).toContain('Every occurrence is tagged.');

    await press('[');
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: province'));
    expect(field<HTMLSelectElement>('Label').value).toBe('PLACE');
  });

  it('counts untagged occurrences afresh once an entity is tagged', async () => {
    const [harbin] = seed();
    core.seed({ kind: 'entity', label: 'PLACE', ...at('Harbin, Harbin.') }); // covers two of the three
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: harbin.id });
    await waitFor(() => expect(inspector()!.textContent).toContain('Every occurrence is tagged.'));
    await press('Enter'); // accepted: the count is asked again on the next store, for the next suggestion
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: province'));
    expect(inspector()!.textContent).toContain('1 untagged occurrence in the text.');
  });

  it('Enter on the last suggestion moves on to the first one still pending; D likewise', async () => {
    const [harbin, jilin, daqing] = seed();
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: daqing.id });
    await waitFor(() => expect(inspector()!.textContent).toContain('organisation suffix: Oilfield'));
    await press('Enter');
    await waitFor(() => expect(spy.editor.getSelectedAnnotation()).toBe(harbin.id));
    expect(core.annotations.get(daqing.id)!.attrs.pending).toBeUndefined();
    expect(inspector()!.textContent).toContain('gazetteer: city');
    await press('d');
    await waitFor(() => expect(spy.editor.getSelectedAnnotation()).toBe(jilin.id));
    expect(core.annotations.has(harbin.id)).toBe(false);
    expect(inspector()!.textContent).toContain('gazetteer: province');
    expect(sidePanel().querySelector('[data-tab="suggestions"] .rv-count')!.textContent).toBe('1');
  });

  it('D and Enter move on at once, while the library answers, and the panel never goes away meanwhile', async () => {
    const [harbin, jilin, daqing] = seed();
    const deleteNow = core.handlers['annotations:delete']!;
    let answer: () => void = () => {};
    core.overrides['annotations:delete'] = (input) => new Promise((resolve) => (answer = () => resolve(deleteNow(input))));
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: harbin.id });
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: city'));
    await press('d');
    // Not answered yet: the next one is already shown and outlined; the rejected one is still there.
    expect(inspector()!.textContent).toContain('gazetteer: province');
    expect(spy.editor.getSelectedAnnotation()).toBe(jilin.id);
    expect(core.annotations.has(harbin.id)).toBe(true);
    const shown: boolean[] = [];
    const watch = new MutationObserver(() => shown.push(inspector() !== null));
    watch.observe(sidePanel(), { childList: true, subtree: true });
    await act(async () => answer());
    await waitFor(() => expect(core.annotations.has(harbin.id)).toBe(false));
    await settle(20);
    watch.disconnect();
    expect(shown.every(Boolean)).toBe(true);
    expect(spy.editor.getSelectedAnnotation()).toBe(jilin.id);
    expect(inspector()!.textContent).toContain('gazetteer: province');

    await press('Enter');
    expect(spy.editor.getSelectedAnnotation()).toBe(daqing.id);
    await waitFor(() => expect(core.annotations.get(jilin.id)!.attrs.pending).toBeUndefined());
    expect(spy.editor.getSelectedAnnotation()).toBe(daqing.id);
  });

  it('goes back to a suggestion whose rejection was not saved, still pending', async () => {
    const [harbin] = seed();
    core.overrides['annotations:delete'] = () => {
      throw new ApiError('database', 'The library is read-only.');
    };
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: harbin.id });
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: city'));
    await press('d');
    await waitFor(() => expect(spy.editor.getSelectedAnnotation()).toBe(harbin.id));
    expect(inspector()!.textContent).toContain('gazetteer: city');
    expect(core.annotations.get(harbin.id)!.attrs.pending).toBe(true);
    expect(document.body.textContent).toContain('The library is read-only.');
  });

  it('saves a note typed for one suggestion to that one, and shows the next one’s own note', async () => {
    const [harbin, jilin] = seed();
    core.annotations.set(jilin.id, { ...core.annotations.get(jilin.id)!, attrs: { ...jilin.attrs, note: 'Province, not city.' } });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: harbin.id });
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: city'));
    await typeInto(field<HTMLTextAreaElement>('Note'), 'Check the spelling');

    await press(']', {}, document.body);
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: province'));
    expect(field<HTMLTextAreaElement>('Note').value).toBe('Province, not city.');
    await waitFor(() => expect(core.annotations.get(harbin.id)!.attrs.note).toBe('Check the spelling'));
    expect(core.annotations.get(jilin.id)!.attrs.note).toBe('Province, not city.');

    // The canonical name likewise (a field typed into and left by the key, without a blur).
    await typeInto(field<HTMLInputElement>('Canonical name'), 'Jilin Province');
    await press('[', {}, document.body);
    await waitFor(() => expect(field<HTMLTextAreaElement>('Note').value).toBe('Check the spelling'));
    expect(field<HTMLInputElement>('Canonical name').value).toBe('');
    await waitFor(() => expect(core.annotations.get(jilin.id)!.attrs.canonical).toBe('Jilin Province'));
    expect(core.annotations.get(harbin.id)!.attrs.canonical).toBeUndefined();
  });

  it('keeps a note whose save failed as that suggestion’s draft, not the next one’s', async () => {
    const [harbin] = seed();
    core.overrides['annotations:update'] = () => {
      throw new ApiError('database', 'The library is read-only.');
    };
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: harbin.id });
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: city'));
    await typeInto(field<HTMLTextAreaElement>('Note'), 'Half a thought');
    await press(']', {}, document.body);
    await waitFor(() => expect(inspector()!.textContent).toContain('gazetteer: province'));
    await waitFor(() => expect(core.callsOf('annotations:update')).toHaveLength(1));
    expect(field<HTMLTextAreaElement>('Note').value).toBe('');
    expect(inspector()!.textContent).not.toContain('Unsaved words from last time');
    delete core.overrides['annotations:update'];

    await press('[', {}, document.body);
    await waitFor(() => expect(field<HTMLTextAreaElement>('Note').value).toBe('Half a thought'));
    expect(inspector()!.textContent).toContain('Unsaved words from last time were put back');
  });

  it('leaves a claim’s half-typed source with that claim when J moves to the next claim', async () => {
    core.seed({ kind: 'claim', ...at('Harbin exports rose 5.8% in the quarter') });
    core.seed({ kind: 'claim', ...at('Jilin reported a GDP of 2.7 trillion yuan') });
    await mountWorkspace(core, spy as EditorSpy);
    await press('j');
    const panel = await waitFor(() => {
      expect(inspector()!.querySelector('blockquote')!.textContent).toContain('Harbin exports');
      return inspector()!;
    });
    await click(button(panel, 'Add source'));
    await typeInto(panel.querySelector<HTMLInputElement>('form[aria-label="Add source"] input[type="url"]')!, 'https://stats.example.gov/harbin');

    await press('j', {}, document.body);
    await waitFor(() => expect(inspector()!.querySelector('blockquote')!.textContent).toContain('Jilin reported'));
    expect(inspector()!.querySelector('form[aria-label="Add source"]')).toBeNull();
    await click(button(inspector()!, 'Add source'));
    expect(inspector()!.querySelector<HTMLInputElement>('form[aria-label="Add source"] input[type="url"]')!.value).toBe('');
  });
});
