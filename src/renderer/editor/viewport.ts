/**
 * Which sections are near the viewport. Measured with two binary searches over the sections'
 * rectangles (their boxes exist even when `content-visibility: auto` skips their content, see
 * editor.css): O(log n) reads, throttled to one measurement per animation frame on scroll and
 * resize. Where there is no layout (happy-dom) nothing is measured and the initial guess — the
 * first sections — stands.
 */
import type { EditorView } from 'prosemirror-view';
import type { BlockIndex } from './offsets';

/** An inclusive range of section indexes; empty when last < first. */
export interface SectionRange {
  first: number;
  last: number;
}

/** Sections painted before anything is measured (the document opens at the top). */
export const INITIAL_SECTIONS = 4;

/** The first sections of a document, as a guess before measuring. */
export function initialRange(sectionCount: number): SectionRange {
  return { first: 0, last: Math.min(sectionCount, INITIAL_SECTIONS) - 1 };
}

/**
 * The element of section `s`: child `s` of the editor. O(1) in practice: the live `children`
 * collection caches its length and last position until the DOM changes (`nodeDOM` would walk the
 * document; it is the fallback when the DOM does not have the expected shape).
 */
export function sectionElement(view: EditorView, index: BlockIndex, s: number): HTMLElement | null {
  const children = view.dom.children;
  if (children.length === index.sectionCount) return children[s] as HTMLElement;
  const node = view.nodeDOM(index.sectionPos(s));
  return node instanceof view.dom.ownerDocument.defaultView!.HTMLElement ? node : null;
}

/**
 * The sections within `overscan` pixels of the visible part of the editor, or null when the page
 * has no layout. Hidden sections (`display: none`, zero-sized) are stepped over.
 */
export function measureVisibleSections(view: EditorView, index: BlockIndex, overscan: number): SectionRange | null {
  const dom = view.dom;
  const win = dom.ownerDocument.defaultView;
  if (!win || !dom.isConnected) return null;
  const box = dom.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return null;
  let top = 0;
  let bottom = win.innerHeight;
  const clip = scrollParent(dom)?.getBoundingClientRect();
  if (clip) {
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
  }
  top -= overscan;
  bottom += overscan;
  if (box.bottom < top || box.top > bottom) return { first: 0, last: -1 };
  const sections = index.sectionCount;
  const rectOf = (s: number): DOMRect | null => {
    for (let j = s; j < Math.min(sections, s + 64); j++) {
      const r = sectionElement(view, index, j)?.getBoundingClientRect();
      if (r && (r.height > 0 || r.width > 0)) return r;
    }
    return null;
  };
  // The first section whose bottom is below `top`, the last whose top is above `bottom`.
  let lo = 0;
  let hi = sections - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rectOf(mid);
    if (r && r.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = sections - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const r = rectOf(mid);
    if (!r || r.top <= bottom) lo = mid;
    else hi = mid - 1;
  }
  return { first, last: lo };
}

/**
 * Runs `fn` at the start of the next frame (before its style and layout; at once where there are no
 * frames); answers a function that cancels it. Reading layout there costs one layout for everything
 * the key's handlers and React's commit changed, where reading it in a handler lays the page out
 * once for what was changed so far and again in the frame for the rest.
 */
export function inNextFrame(view: EditorView, fn: () => void): () => void {
  const win = view.dom.ownerDocument.defaultView;
  if (!win?.requestAnimationFrame) {
    fn();
    return () => {};
  }
  const frame = win.requestAnimationFrame(() => fn());
  return () => win.cancelAnimationFrame(frame);
}

/**
 * How far from the top and bottom of the visible part (a fraction of its height) a line counts as
 * in view: closer to an edge, or outside, it is scrolled to the middle.
 */
export const SCROLL_MARGIN = 0.2;

/**
 * Scrolls the nearest scrolling ancestor (or the window) so that `pos` is in the middle of what
 * is visible — unless it is already well inside it (not within `SCROLL_MARGIN` of an edge), when
 * the text stays still. Stepping through suggestions one line apart then scrolls once every few
 * keys, not on each: a scroll repaints the whole visible text and its highlights (bench/triage.mjs),
 * and text that jumps on every key is harder to read. Does nothing where there is no layout.
 */
export function scrollPosIntoView(view: EditorView, pos: number): void {
  let rect: { top: number; bottom: number };
  try {
    rect = view.coordsAtPos(pos, 1);
  } catch {
    return;
  }
  const win = view.dom.ownerDocument.defaultView;
  // Text that is not displayed (hidden in clean view) has no box: leave the scroll where it is.
  if (!win || (rect.top === 0 && rect.bottom === 0)) return;
  const parent = scrollParent(view.dom);
  const clip = parent?.getBoundingClientRect();
  const top = Math.max(0, clip?.top ?? 0);
  const bottom = Math.min(win.innerHeight, clip?.bottom ?? win.innerHeight);
  const margin = (bottom - top) * SCROLL_MARGIN;
  if (rect.top >= top + margin && rect.bottom <= bottom - margin) return;
  const middle = (rect.top + rect.bottom) / 2;
  if (parent) parent.scrollTop += middle - (top + bottom) / 2;
  else win.scrollBy?.(0, middle - (top + bottom) / 2);
}

function scrollParent(el: HTMLElement): HTMLElement | null {
  const win = el.ownerDocument.defaultView!;
  for (let node = el.parentElement; node && node !== el.ownerDocument.body; node = node.parentElement) {
    const { overflowY } = win.getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') return node;
  }
  return null;
}

/** Calls `onChange` (at most once per frame) when scrolling or resizing may have changed the visible sections. */
export class ViewportTracker {
  private frame: number | null = null;
  private readonly onScroll = () => this.schedule();
  private readonly win: Window | null;

  constructor(
    private readonly dom: HTMLElement,
    private readonly onChange: () => void,
  ) {
    this.win = dom.ownerDocument.defaultView;
    dom.ownerDocument.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.win?.addEventListener('resize', this.onScroll, { passive: true });
  }

  /** Measure on the next frame. */
  schedule(): void {
    if (this.frame !== null || !this.win) return;
    const raf = this.win.requestAnimationFrame?.bind(this.win) ?? ((cb: FrameRequestCallback) => this.win!.setTimeout(() => cb(0), 16));
    this.frame = raf(() => {
      this.frame = null;
      this.onChange();
    });
  }

  destroy(): void {
    this.dom.ownerDocument.removeEventListener('scroll', this.onScroll, { capture: true });
    this.win?.removeEventListener('resize', this.onScroll);
    if (this.frame !== null) {
      this.win?.cancelAnimationFrame?.(this.frame);
      this.win?.clearTimeout(this.frame);
    }
  }
}
