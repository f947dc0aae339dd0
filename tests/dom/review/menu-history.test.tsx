/** Edit ▸ Undo / Redo from the desktop menu: annotation history, text fields, and edit mode. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, mountWorkspace, press, select, settle, typeText, waitFor } from './harness';
import { FakeCore } from './fakeCore';

// The desktop bridge's menu, as `onMenu` delivers it (web mode has none).
const menu = vi.hoisted(() => ({ listeners: new Set<(command: string) => void>() }));
vi.mock('../../../src/renderer/api/client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/renderer/api/client')>();
  return {
    ...real,
    onMenu: (callback: (command: string) => void) => {
      menu.listeners.add(callback);
      return () => menu.listeners.delete(callback);
    },
  };
});

/** Sends a menu command to the page, as a click on Edit ▸ Undo / Redo does. */
async function fromMenu(command: 'undo' | 'redo'): Promise<void> {
  await act(async () => menu.listeners.forEach((listener) => listener(command)));
  await settle();
}

const TEXT = 'Harbin is cold. Visitors skate on the river.\nThe fair drew 224 projects.';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore(TEXT).install();
});
afterEach(() => {
  cleanup();
  expect(menu.listeners.size).toBe(0); // unsubscribed on unmount
});

describe('menu undo and redo', () => {
  it('undoes and redoes annotation actions through the API', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    expect(menu.listeners.size).toBe(1);
    await select(spy as EditorSpy, 0, 6);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));

    await fromMenu('undo');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(0));
    expect(spy.editor.getAnnotations()).toHaveLength(0);

    await fromMenu('redo');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));
    expect(spy.editor.getAnnotations()).toHaveLength(1);
  });

  it('leaves Undo to a focused text field (the browser undoes the typing)', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 6);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));

    const field = document.createElement('input');
    document.body.appendChild(field);
    field.focus();
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      await fromMenu('undo');
      expect(execCommand).toHaveBeenCalledWith('undo');
      await settle(20);
      expect(core.ofKind('entity')).toHaveLength(1);
      expect(core.callsOf('annotations:delete')).toHaveLength(0);
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('in edit mode undoes the last text correction, not an annotation', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    await select(spy as EditorSpy, 0, 6);
    await press('3');
    await waitFor(() => expect(core.ofKind('entity')).toHaveLength(1));

    await click(button(document.body, /Edit text/));
    expect(spy.editor.isEditable()).toBe(true);
    await typeText(spy as EditorSpy, 0, 0, 'Cold ');
    expect(spy.editor.getText().startsWith('Cold Harbin')).toBe(true);

    await fromMenu('undo');
    expect(spy.editor.getText()).toBe(TEXT);
    await fromMenu('redo');
    expect(spy.editor.getText().startsWith('Cold Harbin')).toBe(true);
    expect(core.callsOf('annotations:delete')).toHaveLength(0);
  });
});
