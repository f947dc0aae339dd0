/**
 * Test harness for the review workspace: mounts it (inside the app's toast provider) against a
 * `FakeCore`, with the real editor engine. Importing the harness spies on that engine: `editorSpy`
 * captures the editor and the callbacks it was given, so tests can make selections with `select`
 * and report clicks where happy-dom has no layout to click on. Mounting, waiting and typing are the
 * app tests' (../app/render).
 */
import { act } from 'react';
import { vi } from 'vitest';
import { getBlockIndex } from '../../../src/renderer/editor/block-index';
import { ReviewWorkspace } from '../../../src/renderer/review/ReviewWorkspace';
import { ToastProvider } from '../../../src/renderer/ui/Toasts';
import { cleanup as unmountAll, click as clickNow, render, settle, waitFor } from '../app/render';
import type { FakeCore } from './fakeCore';

export { settle, typeInto, waitFor } from '../app/render';

/** What the spied engine saw: the options (callbacks) and the editor it returned. */
export interface EditorSpy {
  options: any;
  editor: any;
}

const spy = vi.hoisted((): EditorSpy => ({ options: null, editor: null }));
vi.mock('../../../src/renderer/editor', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/renderer/editor')>();
  return {
    ...real,
    createReviewEditor: (mount: HTMLElement, options: any) => {
      spy.options = options;
      spy.editor = real.createReviewEditor(mount, options);
      return spy.editor;
    },
  };
});

/** The editor engine of the test's workspace (emptied by `cleanup`). */
export const editorSpy: EditorSpy = spy;

/** Mounts the workspace for the fake's document and waits until the text is shown. */
export async function mountWorkspace(
  core: FakeCore,
  spy: EditorSpy,
  extra: { onClose?(): void; onChanged?(): void; initialAnnotationId?: string } = {},
) {
  const { container } = await render(
    <ToastProvider>
      <ReviewWorkspace
        documentId={core.document.id}
        initialAnnotationId={extra.initialAnnotationId}
        onClose={extra.onClose ?? (() => {})}
        onChanged={extra.onChanged}
      />
    </ToastProvider>,
  );
  await waitFor(() => {
    if (!spy.editor) throw new Error('editor not mounted');
  });
  return container;
}

/** Unmounts, clears the page and forgets the editor (call in afterEach). */
export function cleanup(): void {
  unmountAll();
  spy.options = null;
  spy.editor = null;
}

/** Presses a key the way a user does with focus in the text (or on the page). */
export async function press(key: string, init: KeyboardEventInit = {}, target?: Element): Promise<void> {
  const on = target ?? document.querySelector('[contenteditable]') ?? document.body;
  await act(async () => {
    on.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
  await settle();
}

/** Selects canonical-text offsets in the editor (focusing it), as a click, drag or Shift+arrows would. */
export async function select(spy: EditorSpy, start: number, end: number): Promise<void> {
  await act(async () => {
    spy.editor.focus();
    spy.editor.selectRange(start, end);
  });
}

/**
 * Replaces canonical-text offsets [start, end) with `text` in the editor, in one transaction, as
 * typing or a paste does (edit mode; the text-edit report still waits on its debounce).
 */
export async function typeText(spy: EditorSpy, start: number, end: number, text: string): Promise<void> {
  await act(async () => {
    const view = spy.editor.view;
    const index = getBlockIndex(view.state);
    view.dispatch(view.state.tr.insertText(text, index.offsetToPos(start), index.offsetToPos(end)));
  });
}

/** Clicks inside act and lets the API answer. */
export async function click(element: Element | null | undefined): Promise<void> {
  await clickNow(element);
  await settle();
}

/** The first button whose text or accessible name matches. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = Array.from(root.querySelectorAll('button'));
  const found = all.find((b) => {
    const label = `${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`.trim();
    return typeof name === 'string' ? (b.textContent ?? '').trim() === name || b.getAttribute('aria-label') === name : name.test(label);
  });
  if (!found) throw new Error(`No button ${String(name)}; have: ${all.map((b) => (b.textContent ?? '').trim()).join(' | ')}`);
  return found;
}

/** The side panel element. */
export function sidePanel(): HTMLElement {
  const side = document.querySelector<HTMLElement>('aside[aria-label="Annotations"]');
  if (!side) throw new Error('no side panel');
  return side;
}

/** The inspector of the selected annotation, or null. */
export function inspector(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.rv-inspector');
}
