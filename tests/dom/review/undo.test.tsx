/** Tag-all as one step, undo/redo through the API, and delete → undo restoring claims and sources. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, select, sidePanel, waitFor } from './harness';
import { ApiError } from '../../../src/shared/result';
import { FakeCore } from './fakeCore';

const TEXT = [
  'Harbin is cold. Visitors to Harbin skate on the river.',
  'Harbin Electric signed deals; Harbinger is not a match.',
  'The fair in Harbin drew 224 projects worth 84.563 billion yuan.',
].join('\n');

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(cleanup);

describe('tag all occurrences', () => {
  it('tags every untagged whole-word occurrence in one call, and one undo removes them all', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 6);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));

    await click(button(inspector()!, 'Tag all occurrences'));
    // The preview lists them first; nothing is saved until it is confirmed.
    const preview = await waitFor(() => document.querySelector<HTMLElement>('[role="dialog"]')!);
    expect(core.callsOf('annotations:create')).toHaveLength(1);
    await click(button(preview, 'Tag 3 occurrences'));
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(4));
    const creates = core.callsOf('annotations:create');
    expect(creates).toHaveLength(2);
    // "Harbin" three more times; "Harbinger" is not a whole-word match.
    expect(creates[1].annotations.map((a: any) => TEXT.slice(a.start, a.end))).toEqual(['Harbin', 'Harbin', 'Harbin']);
    expect(creates[1].annotations.every((a: any) => a.label === 'PLACE')).toBe(true);
    expect(sidePanel().querySelector('[role="tabpanel"]')!.textContent).toContain('×4');

    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    expect(core.callsOf('annotations:delete').at(-1).ids).toHaveLength(3);
    expect(spy.editor.getAnnotations()).toHaveLength(1);

    await press('Z', { ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(4));
    expect(spy.editor.getAnnotations()).toHaveLength(4);
  });

  it('Shift+digit tags the selection and all its occurrences at once', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 6);
    await press('#', { shiftKey: true, code: 'Digit3' });
    await click(button(await waitFor(() => document.querySelector<HTMLElement>('[role="dialog"]')!), 'Tag 4 occurrences'));
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(4));
    expect(core.callsOf('annotations:create')).toHaveLength(1);
  });
});

describe('undo and redo', () => {
  it('undoes a label change with the previous value (Ctrl+Y redoes)', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 6);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    await press('2'); // the same span again: change its label
    await waitFor(() => expect(core.ofKind('entity')[0].label).toBe('ORG'));
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.ofKind('entity')[0].label).toBe('PLACE'));
    await press('y', { ctrlKey: true });
    await waitFor(() => expect(core.ofKind('entity')[0].label).toBe('ORG'));
    expect(core.ofKind('entity')).toHaveLength(1);
  });

  it('Delete removes the selected claim; undo restores it with its claim record and sources', async () => {
    const claim = core.seed({ kind: 'claim', start: 90, end: 150 }, { status: 'verified', verdict: 'Matches the fair’s report' });
    core.sources.set('src-1', {
      id: 'src-1',
      annotationId: claim.id,
      url: 'https://example.org/fair',
      title: 'Fair report',
      quote: '224 cooperation projects',
      note: '',
      consultedAt: null,
      createdAt: '2025-03-01T00:00:00.000Z',
    });
    await mountWorkspace(core, spy as EditorSpy);
    await press('j');
    await waitFor(() => expect(inspector()!.textContent).toContain('Fair report'));

    await press('Delete');
    await waitFor(() => expect(core.annotations.size).toBe(0));
    expect(core.sources.size).toBe(0);
    expect(inspector()).toBeNull();

    await press('z', { metaKey: true });
    await waitFor(() => expect(core.annotations.size).toBe(1));
    const restore = core.callsOf('annotations:restore')[0];
    expect(restore.claims[0]).toMatchObject({ status: 'verified', verdict: 'Matches the fair’s report' });
    expect(restore.sources[0]).toMatchObject({ id: 'src-1', title: 'Fair report' });
    expect(core.claims.get(claim.id)!.status).toBe('verified');
    expect(core.sources.get('src-1')).toBeDefined();
    expect(spy.editor.getAnnotations().map((a: any) => a.id)).toEqual([claim.id]);

    await press('j');
    await waitFor(() => expect(inspector()!.textContent).toContain('Fair report'));
  });

  it('explains a failed undo and keeps the step', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 6);
    await press('1');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    core.overrides['annotations:delete'] = () => {
      throw new ApiError('database', 'The library is read-only.');
    };
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(document.querySelector('.toasts')!.textContent).toContain('The library is read-only.'));
    delete core.overrides['annotations:delete'];
    await press('z', { ctrlKey: true });
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(0));
  });
});
