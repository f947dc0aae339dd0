/**
 * The review state tells the truth: editing a Reviewed document asks first and, if confirmed, moves it
 * back to In review; resolving a New document's teaser candidates moves it to In review; and a False
 * or Misleading rating with neither verdict nor source is flagged in the claim panel at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, select, sidePanel, typeInto, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Liaoning reported a regional GDP of 2.7 trillion yuan.\nRelated: snow festival draws record crowds';

let core: FakeCore;
beforeEach(() => {
  localStorage.clear();
  core = new FakeCore(TEXT).install();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const badge = () => document.querySelector('[aria-label^="Status:"]')!.getAttribute('aria-label');
const question = () => document.querySelector<HTMLElement>('[aria-modal="true"]');

describe('editing a Reviewed document', () => {
  beforeEach(() => {
    core.document.status = 'reviewed';
  });

  it('asks first; Cancel changes nothing', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 8);
    await press('3'); // PLACE
    await waitFor(() => expect(question()!.textContent).toContain('This document is marked reviewed'));
    expect(question()!.textContent).toContain('Edit it anyway? It goes back to In review.');
    await click(button(question()!, 'Cancel'));
    expect(core.callsOf('annotations:create')).toHaveLength(0);
    expect(core.callsOf('documents:setStatus')).toHaveLength(0);
    expect(badge()).toBe('Status: Reviewed');
  });

  it('on “Edit anyway” stores In review first, then makes the edit', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 8);
    await press('3');
    await waitFor(() => expect(question()).not.toBeNull());
    await click(button(question()!, 'Edit anyway'));
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    expect(core.calls.map((c) => c.name).filter((n) => n === 'documents:setStatus' || n === 'annotations:create')).toEqual([
      'documents:setStatus',
      'annotations:create',
    ]);
    expect(core.callsOf('documents:setStatus')[0]).toEqual({ id: 'doc-1', status: 'in_review' });
    expect(badge()).toBe('Status: In review');
  });

  it('asks before correcting the text', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(document.body, 'Edit text'));
    await waitFor(() => expect(question()).not.toBeNull());
    await click(button(question()!, 'Cancel'));
    expect(spy.editor.isEditable()).toBe(false);
    await click(button(document.body, 'Edit text'));
    await click(button(question()!, 'Edit anyway'));
    await waitFor(() => expect(spy.editor.isEditable()).toBe(true));
    expect(badge()).toBe('Status: In review');
  });
});

describe('a New document', () => {
  it('goes to In review when its teaser candidates are resolved', async () => {
    core.seed({ kind: 'teaser', start: TEXT.indexOf('Related'), end: TEXT.length, origin: 'suggested', attrs: { reason: 'related_teaser', candidate: true } });
    await mountWorkspace(core, spy as EditorSpy);
    expect(badge()).toBe('Status: New');
    await click(button(sidePanel(), /^Teasers/));
    await click(button(sidePanel().querySelector('.rv-candidate-row')!, 'Accept'));
    await waitFor(() => expect(badge()).toBe('Status: In review'));
  });
});

describe('an unsupported False or Misleading rating', () => {
  it('is flagged in the claim panel at once, until a verdict is given', async () => {
    core.seed({ kind: 'claim', start: 0, end: TEXT.indexOf('.') });
    await mountWorkspace(core, spy as EditorSpy);
    await press('j');
    const panel = await waitFor(() => inspector()!);
    expect(panel.querySelector('[role="alert"]')).toBeNull();
    await click(button(panel, 'False'));
    await waitFor(() => expect(panel.querySelector('[role="alert"]')!.textContent).toContain('Rated False with no verdict and no source'));
    const verdict = panel.querySelector<HTMLTextAreaElement>('textarea')!;
    await typeInto(verdict, 'The bureau reported 2.1 trillion.');
    verdict.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await waitFor(() => expect(panel.querySelector('[role="alert"]')).toBeNull());
  });
});
