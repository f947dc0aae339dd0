/**
 * happy-dom has no layout, so the virtualised tables (library, claims desk) are given one in DOM
 * tests: a 400 px viewport of 40 px rows — about ten rows plus the overscan render — and a scroll
 * position the virtualiser moves itself. `installScrollBox` makes the scroll box report the height
 * its rows would have (the virtualiser clamps a scroll to scrollHeight - clientHeight).
 */
import { afterEach, beforeEach } from 'vitest';
import type { VirtualOverrides } from '../../../src/renderer/ui/useVirtualRows';

export function viewport(): VirtualOverrides {
  let onScroll: ((offset: number, isScrolling: boolean) => void) | null = null;
  return {
    initialRect: { width: 1200, height: 400 },
    observeElementRect: (_instance, onRect) => onRect({ width: 1200, height: 400 }),
    observeElementOffset: (_instance, notify) => {
      onScroll = notify;
      notify(0, false);
    },
    scrollToFn: (offset) => onScroll?.(offset, false),
    measureElement: () => 40,
  };
}

/** For the tests of this file: scroll boxes of class `className` are `rows` × 40 px high, 400 px in view. */
export function installScrollBox(className: string, rows: number): void {
  const descriptors = (['scrollHeight', 'clientHeight'] as const).map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains(className) ? 40 * rows : 0;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains(className) ? 400 : 0;
      },
    });
  });
  afterEach(() => {
    for (const [name, descriptor] of descriptors) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    }
  });
}
