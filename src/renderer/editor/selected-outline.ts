/**
 * The selected annotation's outline, drawn as an overlay: one absolutely positioned box per line
 * the annotation covers, in a layer beside the editor (never inside ProseMirror's DOM), placed from
 * the client rectangles of the annotation's text.
 *
 * Why not an inline decoration (what it replaced): a decoration splits the section's text node, so
 * every `]` made ProseMirror re-render two sections, the highlight painter paint them afresh, and
 * Chromium restyle, lay out and repaint them with every highlight in them — about 8 ms of the
 * 16 ms frame budget with 5,000 pending suggestions (bench/triage.mjs). Moving a few boxes in a
 * layout- and paint-contained layer costs a fraction of a millisecond.
 *
 * The layer lives in the editor's mount, so it scrolls with the text and needs no update on
 * scroll. It is placed again when the selected annotation, its range or the document changes, when
 * clean view hides or shows text — at the start of the next frame, so that measuring the text lays
 * out once what the key and React's commit changed, not once more in the handler — and when the
 * editor's size changes (a resize rewraps the lines; off-screen sections laid out for the first time
 * change the height of what is above): a ResizeObserver answers those after layout and before
 * paint, so the outline is never a frame late.
 * An orphaned annotation has no text to outline: its marker (annotation-plugin.ts) shows the selection.
 */
import { Plugin, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { AnnotationItem } from './annotation-plugin';
import { getBlockIndex } from './block-index';
import { FEATURES } from './features';
import { getVisibleSections } from './paint';
import { CLASSES } from './styles';
import { inNextFrame } from './viewport';

/** A box of the outline, in pixels from the mount's padding box. */
export interface OutlineBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The selected annotation, if it is not orphaned; across features (at most one is selected). */
export function selectedItem(state: EditorState): AnnotationItem | null {
  for (const feature of FEATURES) {
    const featureState = feature.getState(state);
    if (featureState.selected === null) continue;
    const item = featureState.store.get(featureState.selected);
    return item && !item.orphaned ? item : null;
  }
  return null;
}

/** The outline plugin. Put it after the annotation features. */
export function selectedOutline(): Plugin {
  return new Plugin({ view: (view) => new OutlineView(view) });
}

/** What the outline was last placed for: when none of it changed, the boxes are still right. */
interface Placed {
  item: AnnotationItem | null;
  /** The part of it in the painted sections (positions); empty when from ≥ to. */
  from: number;
  to: number;
  doc: EditorState['doc'];
  hidden: boolean;
}

class OutlineView {
  private readonly layer: HTMLDivElement;
  private readonly resizes: ResizeObserver | null = null;
  private placed: Placed | null = null;
  /** Cancels the placing asked for the next frame, if any. */
  private cancel: (() => void) | null = null;

  constructor(private readonly view: EditorView) {
    const doc = view.dom.ownerDocument;
    this.layer = doc.createElement('div');
    this.layer.className = CLASSES.outlineLayer;
    // The selection is said by the panel and the list (aria-current); the boxes are only drawn.
    this.layer.setAttribute('aria-hidden', 'true');
    const host = view.dom.parentElement;
    if (host && doc.defaultView?.getComputedStyle(host).position === 'static') host.style.position = 'relative';
    host?.appendChild(this.layer);
    const RO = (doc.defaultView as (Window & typeof globalThis) | null)?.ResizeObserver;
    if (RO) {
      this.resizes = new RO(() => this.place());
      this.resizes.observe(view.dom);
    }
    this.update();
  }

  update(): void {
    const { state } = this.view;
    const item = selectedItem(state);
    const { from, to } = item ? paintedPart(state, item) : { from: 0, to: 0 };
    const hidden = FEATURES.some((f) => f.getState(state).hidden);
    const last = this.placed;
    // Selecting, editing, clean view or scrolling it into the painted sections changes one of these.
    if (last && last.doc === state.doc && last.hidden === hidden && last.item?.id === item?.id && last.from === from && last.to === to) return;
    this.placed = { item, from, to, doc: state.doc, hidden };
    if (!this.cancel) {
      this.cancel = inNextFrame(this.view, () => {
        this.cancel = null;
        this.place();
      });
    }
  }

  destroy(): void {
    this.cancel?.();
    this.resizes?.disconnect();
    this.layer.remove();
  }

  /** Draws the boxes of the selected annotation (none when nothing is selected or it is not displayed). */
  private place(): void {
    const { item = null, from = 0, to = 0 } = this.placed ?? {};
    const host = this.layer.parentElement;
    const boxes = item && host && from < to ? outlineBoxes(this.view, from, to, host) : [];
    const doc = this.view.dom.ownerDocument;
    const children = this.layer.children;
    // Reuse the boxes already there: moving them is cheaper than replacing them.
    while (children.length > boxes.length) children[children.length - 1].remove();
    boxes.forEach((box, i) => {
      let el = children[i] as HTMLElement | undefined;
      if (!el) {
        el = doc.createElement('div');
        el.className = CLASSES.selected;
        this.layer.appendChild(el);
      }
      el.setAttribute('data-annotation-id', item!.id);
      el.setAttribute('data-annotation-kind', item!.data.kind);
      el.style.left = `${box.left}px`;
      el.style.top = `${box.top}px`;
      el.style.width = `${box.width}px`;
      el.style.height = `${box.height}px`;
    });
  }
}

/**
 * The part of `item` in the sections the paint plugin paints (near the viewport), as the highlights:
 * measuring text in sections the browser skipped (`content-visibility: auto`) would lay them out,
 * and a teaser can cover hundreds of them.
 */
function paintedPart(state: EditorState, item: AnnotationItem): { from: number; to: number } {
  const index = getBlockIndex(state);
  const { first, last } = getVisibleSections(state);
  if (last < first) return { from: 0, to: 0 };
  const start = index.contentStart(index.sectionStart(first));
  const end = index.contentEnd(index.sectionLast(Math.min(last, index.sectionCount - 1)));
  return { from: Math.max(item.from, start), to: Math.min(item.to, end) };
}

/**
 * The outline's boxes for positions `from`–`to`: the client rectangles of that text, one per line
 * (fragments on the same line joined, empty ones left out), relative to `host`'s padding box (where
 * its absolutely positioned children are placed). Measured one section at a time, so no section's
 * own box is counted as text. Empty where there is no layout or the text is hidden (clean view).
 */
export function outlineBoxes(view: EditorView, from: number, to: number, host: HTMLElement): OutlineBox[] {
  const index = getBlockIndex(view.state);
  const rects: DOMRect[] = [];
  for (let s = index.sectionAtPos(from); s <= index.sectionAtPos(to); s++) {
    const a = Math.max(from, index.contentStart(index.sectionStart(s)));
    const b = Math.min(to, index.contentEnd(index.sectionLast(s)));
    if (a < b) rects.push(...textRects(view, a, b));
  }
  const lines: Array<{ left: number; top: number; right: number; bottom: number }> = [];
  for (const r of rects) {
    if (r.width <= 0 || r.height <= 0) continue;
    // The same line: vertically overlapping by more than half of the shorter box.
    const line = lines.find((l) => Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top) > Math.min(l.bottom - l.top, r.height) / 2);
    if (line) {
      line.left = Math.min(line.left, r.left);
      line.right = Math.max(line.right, r.right);
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  if (lines.length === 0) return [];
  const box = host.getBoundingClientRect();
  const originLeft = box.left + host.clientLeft - host.scrollLeft;
  const originTop = box.top + host.clientTop - host.scrollTop;
  return lines.map((l) => ({
    left: round(l.left - originLeft),
    top: round(l.top - originTop),
    width: round(l.right - l.left),
    height: round(l.bottom - l.top),
  }));
}

/** The client rectangles of the text between two positions of one section. */
function textRects(view: EditorView, from: number, to: number): DOMRect[] {
  try {
    const start = view.domAtPos(from, 1);
    const end = view.domAtPos(to, -1);
    const range = view.dom.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return Array.from(range.getClientRects());
  } catch {
    return []; // a position the view has not rendered (mid-update): nothing to outline there
  }
}

/** To a quarter pixel: stable figures in styles and tests, finer than anything visible. */
function round(x: number): number {
  return Math.round(x * 4) / 4;
}
