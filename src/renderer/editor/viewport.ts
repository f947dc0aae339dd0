/**
 * Which blocks are near the viewport. Measured with two binary searches over element rectangles:
 * first over the sections (whose boxes exist even when `content-visibility: auto` skips their
 * content, see editor.css), then over the blocks of the sections found, which are on screen or
 * near it. O(log n) reads, throttled to one measurement per animation frame on scroll and resize.
 * Where there is no layout (happy-dom) nothing is measured and the initial guess — the first
 * blocks — stands.
 */
import type { EditorView } from 'prosemirror-view';
import type { BlockIndex } from './offsets';

/** An inclusive range of block indexes; empty when last < first. */
export interface BlockRange {
  first: number;
  last: number;
}

/** Blocks painted before anything is measured (the document opens at the top). */
export const INITIAL_BLOCKS = 120;

/** The first blocks of a document, as a guess before measuring. */
export function initialRange(blockCount: number): BlockRange {
  return { first: 0, last: Math.min(blockCount, INITIAL_BLOCKS) - 1 };
}

/**
 * The element of block `k`: child `k - first` of the section's element, itself child `s` of the
 * editor. O(1) in practice: the live `children` collections cache their length and last position
 * until the DOM changes (`nodeDOM` would walk the document; it is the fallback when the DOM does
 * not have the expected shape).
 */
export function blockElement(view: EditorView, index: BlockIndex, k: number): HTMLElement | null {
  const s = index.sectionOf(k);
  const section = sectionElement(view, index, s);
  if (section) {
    const first = index.sectionStart(s);
    const count = (s + 1 < index.sectionCount ? index.sectionStart(s + 1) : index.blockCount) - first;
    const children = section.children;
    if (children.length === count) return children[k - first] as HTMLElement;
  }
  const node = view.nodeDOM(index.blockPos(k));
  return node instanceof view.dom.ownerDocument.defaultView!.HTMLElement ? node : null;
}

/** The element of section `s` (child `s` of the editor). */
export function sectionElement(view: EditorView, index: BlockIndex, s: number): HTMLElement | null {
  const children = view.dom.children;
  if (children.length === index.sectionCount) return children[s] as HTMLElement;
  const node = view.nodeDOM(index.sectionPos(s));
  return node instanceof view.dom.ownerDocument.defaultView!.HTMLElement ? node : null;
}

/**
 * The blocks within `overscan` pixels of the visible part of the editor, or null when the page
 * has no layout. Hidden blocks (`display: none`, zero-sized) are stepped over.
 */
export function measureVisibleBlocks(view: EditorView, index: BlockIndex, overscan: number): BlockRange | null {
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
  // Sections: the first whose bottom is below `top`, the last whose top is above `bottom`.
  const sections = index.sectionCount;
  const sectionRect = (s: number) => sectionElement(view, index, s)?.getBoundingClientRect() ?? null;
  let lo = 0;
  let hi = sections - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = sectionRect(mid);
    if (r && r.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const firstSection = lo;
  hi = sections - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const r = sectionRect(mid);
    if (!r || r.top <= bottom) lo = mid;
    else hi = mid - 1;
  }
  const lastSection = lo;
  // Blocks of those sections.
  const from = index.sectionStart(firstSection);
  const to = lastSection + 1 < sections ? index.sectionStart(lastSection + 1) - 1 : index.blockCount - 1;
  const rectOf = (k: number): DOMRect | null => {
    for (let j = k; j <= Math.min(to, k + 64); j++) {
      const r = blockElement(view, index, j)?.getBoundingClientRect();
      if (r && (r.height > 0 || r.width > 0)) return r;
    }
    return null;
  };
  // First block whose bottom is below `top`.
  lo = from;
  hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rectOf(mid);
    if (r && r.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // Last block whose top is above `bottom`.
  lo = first;
  hi = to;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const r = rectOf(mid);
    if (!r || r.top <= bottom) lo = mid;
    else hi = mid - 1;
  }
  return { first, last: lo };
}

function scrollParent(el: HTMLElement): HTMLElement | null {
  const win = el.ownerDocument.defaultView!;
  for (let node = el.parentElement; node && node !== el.ownerDocument.body; node = node.parentElement) {
    const { overflowY } = win.getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') return node;
  }
  return null;
}

/** Calls `onChange` (at most once per frame) when scrolling or resizing may have changed the visible blocks. */
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
