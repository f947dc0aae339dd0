/**
 * Places a fixed-position element next to an anchor (a selection, a click) and keeps it inside the
 * viewport: below the anchor when there is room, else above, clamped to the window's edges.
 * Re-measures on scroll and resize so a toolbar never drifts off screen.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Anchor } from '../editor';

const GAP = 8;
const MARGIN = 8;

/** A box to keep a floating element inside (client coordinates), e.g. the text pane. */
export interface Bounds {
  left: number;
  right: number;
}

/**
 * Pure placement: where an element of `size` goes for `anchor` in a `viewport`, and horizontally
 * inside `bounds` when given (where it fits; else the window).
 */
export function placeNear(
  anchor: Anchor,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  bounds?: Bounds | null,
): { left: number; top: number } {
  let top = anchor.bottom + GAP;
  if (top + size.height > viewport.height - MARGIN && anchor.top - GAP - size.height >= MARGIN) {
    top = anchor.top - GAP - size.height;
  }
  top = Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN));
  const fits = bounds && bounds.right - bounds.left >= size.width + 2 * MARGIN;
  const minLeft = fits ? bounds.left + MARGIN : MARGIN;
  const maxRight = fits ? Math.min(bounds.right, viewport.width) - MARGIN : viewport.width - MARGIN;
  const left = Math.max(minLeft, Math.min(anchor.left, maxRight - size.width));
  return { left, top };
}

/** The clamped `{ left, top }` for the element in `ref`, following `anchor`. */
export function useFloatingPosition(
  ref: RefObject<HTMLElement | null>,
  anchor: Anchor | null,
  bounds?: () => Bounds | null,
): { left: number; top: number } {
  const [position, setPosition] = useState({ left: anchor?.left ?? MARGIN, top: anchor?.bottom ?? MARGIN });
  useLayoutEffect(() => {
    if (!anchor) return;
    const measure = () => {
      const element = ref.current;
      const size = element ? { width: element.offsetWidth, height: element.offsetHeight } : { width: 0, height: 0 };
      setPosition(placeNear(anchor, size, { width: window.innerWidth, height: window.innerHeight }, bounds?.() ?? null));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
    // `bounds` is read at each measure; a new function each render must not re-place the element.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [anchor, ref]);
  return position;
}
