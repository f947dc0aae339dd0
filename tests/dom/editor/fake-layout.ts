/**
 * A monospace layout for happy-dom, which has none: character `c` of canonical line `k` is the box
 * (LEFT + c·CHAR_W, TOP + k·LINE_H), CHAR_W × LINE_H pixels. Installed on `Range.getClientRects`
 * (what the outline and ProseMirror's `coordsAtPos` measure), reading the editor's positions back
 * as canonical offsets, so it holds however the text is split into DOM nodes.
 */
import { vi } from 'vitest';
import type { EditorView } from 'prosemirror-view';
import { getBlockIndex } from '../../../src/renderer/editor/block-index';
import { textFromDoc } from '../../../src/renderer/editor/offsets';

export const CHAR_W = 8;
export const LINE_H = 20;
export const LEFT = 40;
export const TOP = 30;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The boxes (one per line) the fake layout gives canonical offsets `start`–`end` of `text`. */
export function lineBoxes(text: string, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  let lineStart = 0;
  text.split('\n').forEach((line, k) => {
    const from = Math.max(start, lineStart);
    const to = Math.min(end, lineStart + line.length);
    if (from <= to && !(from === to && start !== end)) {
      boxes.push({ left: LEFT + (from - lineStart) * CHAR_W, top: TOP + k * LINE_H, width: (to - from) * CHAR_W, height: LINE_H });
    }
    lineStart += line.length + 1;
  });
  return boxes;
}

/** Lays out the editor `view()` shows; undone by `vi.restoreAllMocks()`. */
export function installFakeLayout(view: () => EditorView): void {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const v = view();
    const index = getBlockIndex(v.state);
    const text = textFromDoc(v.state.doc);
    const start = index.posToOffset(v.posAtDOM(this.startContainer, this.startOffset), 1);
    const end = index.posToOffset(v.posAtDOM(this.endContainer, this.endOffset), -1);
    const rects = lineBoxes(text, start, Math.max(start, end)).map((b) => ({ ...b, x: b.left, y: b.top, right: b.left + b.width, bottom: b.top + b.height }));
    return rects as unknown as DOMRectList;
  });
}

/** Puts `el` at (left, top) on the page. */
export function placeElement(el: HTMLElement, left: number, top: number): void {
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ left, top, x: left, y: top, right: left + 800, bottom: top + 600, width: 800, height: 600, toJSON: () => ({}) } as DOMRect);
}

/** After the next animation frame, when the outline is placed. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
