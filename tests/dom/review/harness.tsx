/**
 * Test harness for the review workspace: mounts it (inside the app's toast provider) against a
 * `FakeCore`, with the real editor engine. `editorSpy` (see `spyOnEditor`) captures the engine
 * and the callbacks it was given, so tests can make selections with `selectRange` and report
 * clicks where happy-dom has no layout to click on.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ReviewWorkspace } from '../../../src/renderer/review/ReviewWorkspace';
import { ToastProvider } from '../../../src/renderer/ui/Toasts';
import type { FakeCore } from './fakeCore';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What the spied engine saw: the options (callbacks) and the editor it returned. */
export interface EditorSpy {
  options: any;
  editor: any;
}

let root: Root | null = null;

/** Mounts the workspace for the fake's document and waits until the text is shown. */
export async function mountWorkspace(
  core: FakeCore,
  spy: EditorSpy,
  extra: { onClose?(): void; onChanged?(): void; initialAnnotationId?: string } = {},
) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () =>
    root!.render(
      <ToastProvider>
        <ReviewWorkspace
          documentId={core.document.id}
          initialAnnotationId={extra.initialAnnotationId}
          onClose={extra.onClose ?? (() => {})}
          onChanged={extra.onChanged}
        />
      </ToastProvider>,
    ),
  );
  await waitFor(() => {
    if (!spy.editor) throw new Error('editor not mounted');
  });
  return container;
}

/** Unmounts and clears the page. */
export function cleanup(): void {
  if (root) act(() => root!.unmount());
  root = null;
  document.body.innerHTML = '';
}

/** Lets promises (API calls) settle inside act. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Retries `check` until it stops throwing (or fails after `timeout` ms). */
export async function waitFor<T>(check: () => T, timeout = 2000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < timeout) {
    try {
      return check();
    } catch (error) {
      last = error;
      await settle(10);
    }
  }
  throw last;
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

/** Clicks inside act and lets the API answer. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('click: no element');
  await act(async () => (element as HTMLElement).click());
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

/** Sets a form control's value the way typing does, and fires the events React listens to. */
export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event = 'input'): Promise<void> {
  await act(async () => {
    const proto = Object.getPrototypeOf(element);
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
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
