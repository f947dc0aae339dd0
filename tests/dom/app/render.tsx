/** A tiny render harness for happy-dom: mount with react-dom/client inside act, query, type, wait. */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  unmount(): void;
}

const mounted: Array<{ root: Root; container: HTMLElement }> = [];

/** Mount `ui` into a fresh container attached to the document. */
export async function render(ui: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  await act(async () => root.render(ui));
  return {
    container,
    unmount: () => act(() => root.unmount()),
  };
}

/** Unmount everything mounted by `render` (call in afterEach). */
export function cleanup(): void {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
  document.body.innerHTML = '';
}

/** Let pending promises and timers of `ms` settle inside act. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Poll `check` (inside act) until it stops throwing, or fail after `timeout` ms. */
export async function waitFor<T>(check: () => T, timeout = 2000): Promise<T> {
  const start = Date.now();
  let lastError: unknown;
  while (Date.now() - start < timeout) {
    try {
      return check();
    } catch (error) {
      lastError = error;
      await settle(10);
    }
  }
  throw lastError;
}

/** Set a form control's value the way typing does, and fire the event React listens to ('input', or 'change' for a select). */
export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event = 'input'): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')!.set!;
    setter.call(element, value);
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

/** Click inside act. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('click: no element');
  await act(async () => {
    (element as HTMLElement).click();
  });
}

/** Dispatch a keydown inside act. */
export async function press(element: Element, key: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

/** The first button whose text (or aria-label) matches. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = Array.from(root.querySelectorAll('button'));
  const found = all.find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name || (b.textContent ?? '').trim() === name : name.test(label) || name.test(b.textContent ?? '');
  });
  if (!found) throw new Error(`No button named ${String(name)}; buttons: ${all.map((b) => b.getAttribute('aria-label') ?? b.textContent).join(' | ')}`);
  return found;
}
