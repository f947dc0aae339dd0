/**
 * The review loop from the keyboard (issue 11, items 6, 12, 13): tag all with a preview that
 * leaves out names inside longer names, claim status by digit, next/previous unverified claim
 * inside the document, the verdict field, suggested teasers, Mark reviewed and Edit text by key.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, cleanup, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, select, settle, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = [
  'Harbin Bearing completed its restructuring, and Jilin Chemical Fiber Group grew.',
  'The fair in Harbin drew buyers; Harbin exports rose 5.8%.',
  'Jilin reported a GDP of 2.7 trillion yuan.',
  'Related: Harbin hosts the 32nd trade fair | economy | Jilin',
].join('\n');
const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  return { start, end: start + needle.length };
};
const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('tag all occurrences, with a preview', () => {
  it('Shift+key lists the occurrences, leaves out the one inside the ORG, tags the ticked ones as one step and shows the new one', async () => {
    const org = core.seed({ kind: 'entity', label: 'ORG', ...at('Harbin Bearing') });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: org.id });
    const fair = at('Harbin', at('The fair').start);
    await select(spy as EditorSpy, fair.start, fair.end);
    await press('#', { shiftKey: true, code: 'Digit3' });

    const preview = await waitFor(() => dialog()!);
    expect(core.callsOf('annotations:create')).toHaveLength(0); // nothing saved before the editor decides
    const rows = Array.from(preview.querySelectorAll('li'));
    // Three occurrences, none of them the "Harbin" of "Harbin Bearing".
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('The fair in Harbin drew'),
      expect.stringContaining('buyers; Harbin exports'),
      expect.stringContaining('Related: Harbin hosts'),
    ]);
    // Untick the teaser's one, then apply.
    await act(async () => rows[2].querySelector('input')!.click());
    await act(async () => button(preview, /Tag 2 occurrences/).click());
    await settle();

    await waitFor(() => expect(core.ofKind('entity').filter((e) => e.label === 'PLACE')).toHaveLength(2));
    expect(core.callsOf('annotations:create')).toHaveLength(1);
    expect(core.ofKind('entity').filter((e) => e.label === 'PLACE').map((e) => e.start)).toEqual([fair.start, at('Harbin', fair.end).start]);
    // The panel shows the annotation just made at the selection, not the ORG it showed before.
    await waitFor(() => expect(inspector()!.textContent).toContain('PLACE'));
    expect(inspector()!.querySelector('select')!.value).toBe('PLACE');

    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.ofKind('entity').filter((e) => e.label === 'PLACE')).toHaveLength(0));
  });

  it('A on an entity previews its other occurrences, skipping "Jilin" inside "Jilin Chemical Fiber Group"; Esc tags nothing', async () => {
    core.seed({ kind: 'entity', label: 'ORG', ...at('Jilin Chemical Fiber Group') });
    const place = core.seed({ kind: 'entity', label: 'PLACE', ...at('Jilin reported'), end: at('Jilin reported').start + 5 });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: place.id });
    await press('a');
    const preview = await waitFor(() => dialog()!);
    // One other "Jilin" (the teaser's); the one inside the ORG is not offered.
    expect(Array.from(preview.querySelectorAll('li')).map((r) => r.textContent)).toEqual([expect.stringContaining('economy | Jilin')]);
    await press('Escape', {}, preview);
    expect(dialog()).toBeNull();
    expect(core.callsOf('annotations:create')).toHaveLength(0);
  });
});

describe('claims by key', () => {
  it('N and Shift+N go through the unverified claims of the document; digits set the status; F focuses the verdict', async () => {
    const first = core.seed({ kind: 'claim', ...at('Harbin exports rose 5.8%') });
    core.seed({ kind: 'claim', ...at('The fair in Harbin drew buyers') }, { status: 'verified' });
    const third = core.seed({ kind: 'claim', ...at('Jilin reported a GDP of 2.7 trillion yuan') });
    await mountWorkspace(core, spy as EditorSpy);

    await press('n');
    await waitFor(() => expect(inspector()!.textContent).toContain('Harbin exports rose 5.8%'));
    await press('n'); // the verified claim between is skipped
    await waitFor(() => expect(inspector()!.textContent).toContain('Jilin reported a GDP'));
    await press('N', { shiftKey: true });
    await waitFor(() => expect(inspector()!.textContent).toContain('Harbin exports rose 5.8%'));

    // 3 is PLACE's key on a text selection; with a claim selected it sets "Verified".
    await press('3');
    await waitFor(() => expect(core.claims.get(first.id)!.status).toBe('verified'));
    expect(core.ofKind('entity')).toHaveLength(0);
    await press('4');
    await waitFor(() => expect(core.claims.get(first.id)!.status).toBe('false'));

    await press('n'); // the first is no longer unverified: on to the third
    await waitFor(() => expect(inspector()!.textContent).toContain('Jilin reported a GDP'));
    await press('f');
    const verdict = document.activeElement as HTMLTextAreaElement;
    expect(verdict.tagName).toBe('TEXTAREA');
    expect(document.querySelector(`label[for="${verdict.id}"]`)!.textContent).toBe('Verdict');
    expect(core.claims.get(third.id)!.status).toBe('unverified');
  });

  it('without a claim selected, a status key says what to do', async () => {
    core.seed({ kind: 'claim', ...at('Harbin exports rose 5.8%') });
    await mountWorkspace(core, spy as EditorSpy);
    await press('f');
    expect(document.body.textContent).toContain('Select a claim first');
  });
});

describe('suggested teasers, Mark reviewed and Edit text by key', () => {
  it('Y confirms and moves to the next suggestion, D dismisses, Shift+Y confirms the rest in one step', async () => {
    const a = core.seed({ kind: 'teaser', attrs: { candidate: true, reason: 'related_teaser' }, ...at('Related: Harbin hosts') });
    const b = core.seed({ kind: 'teaser', attrs: { candidate: true, reason: 'related_teaser' }, ...at('32nd trade fair') });
    const c = core.seed({ kind: 'teaser', attrs: { candidate: true, reason: 'related_teaser' }, ...at('economy') });
    await mountWorkspace(core, spy as EditorSpy, { initialAnnotationId: a.id });
    await press('y');
    await waitFor(() => expect(core.annotations.get(a.id)!.attrs.candidate).toBeUndefined());
    await waitFor(() => expect(inspector()!.textContent).toContain('32nd trade fair'));
    await press('d');
    await waitFor(() => expect(core.annotations.has(b.id)).toBe(false));

    // Reopen one: the undo of D brings b back as a candidate, then Shift+Y confirms b and c together.
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.ofKind('teaser')).toHaveLength(3));
    await press('Y', { shiftKey: true });
    await waitFor(() => expect(core.ofKind('teaser').every((t) => !t.attrs.candidate)).toBe(true));
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.ofKind('teaser').filter((t) => t.attrs.candidate)).toHaveLength(2));
    expect(core.annotations.get(c.id)!.attrs.candidate).toBe(true);
  });

  it('M asks about what is still open, as the button does; F2 enters and leaves Edit text', async () => {
    core.seed({ kind: 'claim', ...at('Harbin exports rose 5.8%') });
    await mountWorkspace(core, spy as EditorSpy);
    await press('m');
    await waitFor(() => expect(core.callsOf('documents:reviewWarnings')).toHaveLength(1));
    const confirm = await waitFor(() => dialog()!);
    expect(confirm.textContent).toContain('still unverified');

    await act(async () => button(confirm, 'Cancel').click());
    await settle();
    await press('F2');
    expect(spy.editor.isEditable()).toBe(true);
    expect(document.body.textContent).toContain('Done editing');
    await press('F2');
    expect(spy.editor.isEditable()).toBe(false);
  });
});
