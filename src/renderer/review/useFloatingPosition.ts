/**
 * Places a fixed-position element next to an anchor (a selection, a click) and keeps it inside the
 * viewport: below the anchor when there is room, else above, clamped to the window's edges.
 * Re-measures on scroll and resize so a toolbar never drifts off screen.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Anchor } from '../editor';

const GAP = 8;
const MARGIN = 8;

/** Pure placement: where an element of `size` goes for `anchor` in a `viewport`. */
export function placeNear(
  anchor: Anchor,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  let top = anchor.bottom + GAP;
  if (top + size.height > viewport.height - MARGIN && anchor.top - GAP - size.height >= MARGIN) {
    top = anchor.top - GAP - size.height;
  }
  top = Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - size.width - MARGIN));
  return { left, top };
}

/** The clamped `{ left, top }` for the element in `ref`, following `anchor`. */
export function useFloatingPosition(ref: RefObject<HTMLElement | null>, anchor: Anchor | null): { left: number; top: number } {
  const [position, setPosition] = useState({ left: anchor?.left ?? MARGIN, top: anchor?.bottom ?? MARGIN });
  useLayoutEffect(() => {
    if (!anchor) return;
    const measure = () => {
      const element = ref.current;
      const size = element ? { width: element.offsetWidth, height: element.offsetHeight } : { width: 0, height: 0 };
      setPosition(placeNear(anchor, size, { width: window.innerWidth, height: window.innerHeight }));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [anchor, ref]);
  return position;
}
