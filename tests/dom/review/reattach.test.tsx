/**
 * Undo after a text correction restores the anchoring: the deleted words brought back with Ctrl+Z
 * show their annotation attached again (not orphaned, no "Delete only"); an orphan can be attached
 * by hand to selected words (undoable); and a correction no longer wipes the annotation undo history.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, inspector, mountWorkspace, press, select, sidePanel, typeText, waitFor } from './harness';
import { FakeCore } from './fakeCore';

const TEXT = 'Wang Lei, Deputy General Manager of the Group, signed on Friday.\nThe fair drew 224 projects.';
const TITLE = { start: TEXT.indexOf('Deputy'), end: TEXT.indexOf(' of the Group') };

let core: FakeCore;
beforeEach(() => {
  localStorage.clear();
  core = new FakeCore(TEXT).install();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('undoing a deletion while correcting', () => {
  it('shows the annotation attached again once the core re-attached it', async () => {
    const person = core.seed({ kind: 'entity', label: 'PERSON', ...TITLE });
    // The core attaches an orphan again where its words are back with their context (reattach.ts).
    const save = core.handlers['documents:updateText']!;
    core.overrides['documents:updateText'] = (input) => {
      const bundle: any = save(input);
      const back = (input.moves as Array<{ id: string; orphaned: boolean }>).some((m) => m.id === person.id && m.orphaned);
      if (back && input.text.slice(TITLE.start, TITLE.end) === person.quote) {
        core.annotations.set(person.id, { ...core.annotations.get(person.id)!, ...TITLE, orphaned: false });
        return core.handlers['documents:bundle']!({ id: core.document.id });
      }
      return bundle;
    };
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(document.body, 'Edit text'));
    await typeText(spy as EditorSpy, TITLE.start, TITLE.end, ''); // Backspace over the words
    expect(spy.editor.getAnnotation(person.id).orphaned).toBe(true);
    await act(async () => void spy.editor.undoTextEdit()); // Ctrl+Z while editing
    expect(spy.editor.getText()).toBe(TEXT);
    await click(button(document.body, 'Done editing'));

    await waitFor(() => expect(core.callsOf('documents:updateText')).toHaveLength(1));
    await waitFor(() => expect(spy.editor.getAnnotation(person.id)).toMatchObject({ ...TITLE, orphaned: false }));
    expect(sidePanel().textContent).not.toContain('Orphaned');
  });
});

describe('attaching an orphan by hand', () => {
  it('attaches it to the selected words from the Orphaned tab, and Ctrl+Z makes it an orphan again', async () => {
    const orphan = core.seed({ kind: 'entity', label: 'PERSON', start: 0, end: 8, orphaned: true, quote: 'Wang Lei Jr' });
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(sidePanel(), /Orphaned/));
    // Nothing selected: one sentence, nothing sent.
    await click(button(sidePanel(), 'Attach here'));
    expect(document.querySelector('.toasts')!.textContent).toContain('Select the words it belongs to');
    expect(core.callsOf('annotations:update')).toHaveLength(0);

    await select(spy as EditorSpy, 0, 8);
    await click(button(sidePanel(), 'Attach here'));
    await waitFor(() => expect(core.annotations.get(orphan.id)).toMatchObject({ start: 0, end: 8, quote: 'Wang Lei', orphaned: false }));
    expect(core.callsOf('annotations:update')[0]).toMatchObject({ id: orphan.id, start: 0, end: 8, baseRevision: 0 });
    expect(spy.editor.getAnnotation(orphan.id)).toMatchObject({ start: 0, end: 8 });
    expect(inspector()!.textContent).not.toContain('was deleted');

    await press('z', { ctrlKey: true }, document.body);
    await waitFor(() => expect(core.annotations.get(orphan.id)!.orphaned).toBe(true));
    expect(core.annotations.get(orphan.id)!.quote).toBe('Wang Lei Jr');
    expect(spy.editor.getAnnotation(orphan.id)).toBeNull();
  });
});

describe('the annotation undo history survives a correction', () => {
  it('undoes a tag made before the text was corrected and Done editing pressed', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 8);
    await press('1'); // PERSON
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    await click(button(document.body, 'Edit text'));
    await typeText(spy as EditorSpy, TEXT.indexOf('224'), TEXT.indexOf('224') + 3, '225');
    await click(button(document.body, 'Done editing'));
    await waitFor(() => expect(core.document.revision).toBe(1));

    await press('z', { ctrlKey: true }, document.body);
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(0));
    expect(document.querySelector('.toasts')!.textContent).toContain('Undone: Tag PERSON');
  });
});
