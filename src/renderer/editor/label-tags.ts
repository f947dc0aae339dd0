/**
 * Label names on the text (the `L` key; off by default): a small tag above the start of every
 * annotation near the viewport — "ORG", "Claim · Verified" — as brat and INCEpTION show them, and
 * the lines spaced out to make room. Off, it costs nothing. On, the tags live in one overlay beside
 * the editor (never inside ProseMirror's DOM, so the text and the highlight painter are untouched)
 * and are laid out again at most once a frame after a change or a scroll, for the painted sections only.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { annotationWords } from './annotation-words';
import { getBlockIndex } from './block-index';
import { FEATURES } from './features';
import { getVisibleSections } from './paint';
import { hexToRgba, readableAlpha } from './styles';

const tagsKey = new PluginKey<boolean>('cd-label-tags');

/** Turns the label tags on or off. */
export function setLabelTags(tr: Transaction, on: boolean): Transaction {
  return tr.setMeta(tagsKey, on).setMeta('addToHistory', false);
}

/** Whether the label tags are shown. */
export function labelTagsShown(state: EditorState): boolean {
  return tagsKey.getState(state) ?? false;
}

/** The label tags plugin; `colorOf` answers an entity label's colour. */
export function labelTags(colorOf: (label: string) => string | undefined): Plugin<boolean> {
  return new Plugin<boolean>({
    key: tagsKey,
    state: {
      init: () => false,
      apply: (tr, on) => (tr.getMeta(tagsKey) as boolean | undefined) ?? on,
    },
    view: (view) => new LabelTagsView(view, colorOf),
  });
}

class LabelTagsView {
  private layer: HTMLDivElement | null = null;
  private frame = 0;
  private readonly onScroll = () => this.schedule();

  constructor(
    private readonly view: EditorView,
    private readonly colorOf: (label: string) => string | undefined,
  ) {
    this.sync();
  }

  update(): void {
    this.sync();
  }

  destroy(): void {
    this.turnOff();
  }

  /** Starts or stops showing tags to match the state, and re-lays them out when shown. */
  private sync(): void {
    const on = labelTagsShown(this.view.state);
    if (on && !this.layer) {
      const doc = this.view.dom.ownerDocument;
      this.layer = doc.createElement('div');
      this.layer.className = 'cd-tags';
      this.layer.setAttribute('aria-hidden', 'true');
      const host = this.view.dom.parentElement;
      if (host && doc.defaultView?.getComputedStyle(host).position === 'static') host.style.position = 'relative';
      host?.appendChild(this.layer);
      this.view.dom.classList.add('cd-tagged');
      doc.addEventListener('scroll', this.onScroll, true);
      doc.defaultView?.addEventListener('resize', this.onScroll);
    } else if (!on && this.layer) this.turnOff();
    if (this.layer) this.schedule();
  }

  private turnOff(): void {
    const doc = this.view.dom.ownerDocument;
    if (this.frame) doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    doc.removeEventListener('scroll', this.onScroll, true);
    doc.defaultView?.removeEventListener('resize', this.onScroll);
    this.layer?.remove();
    this.layer = null;
    this.view.dom.classList.remove('cd-tagged');
  }

  private schedule(): void {
    const win = this.view.dom.ownerDocument.defaultView;
    if (!this.frame && win) this.frame = win.requestAnimationFrame(() => this.layout());
  }

  /** One tag per annotation starting in the painted sections, at its first character. */
  private layout(): void {
    this.frame = 0;
    const layer = this.layer;
    const host = layer?.parentElement;
    if (!layer || !host) return;
    const { state } = this.view;
    const index = getBlockIndex(state);
    const { first, last } = getVisibleSections(state);
    const from = index.contentStart(index.sectionStart(first));
    const to = index.contentEnd(index.sectionLast(Math.min(last, index.sectionCount - 1)));
    const box = host.getBoundingClientRect();
    const doc = this.view.dom.ownerDocument;
    const tags: HTMLElement[] = [];
    /** Per line (its top), where the last tag ends: a tag that would overlap moves right. */
    const lineEnds = new Map<number, number>();
    const items = FEATURES.flatMap((feature) => {
      const list: Array<{ from: number; data: Parameters<typeof annotationWords>[0] }> = [];
      feature.getState(state).store.between(from, to, (item) => {
        if (!item.orphaned && item.from >= from && item.from < to) list.push({ from: item.from, data: item.data });
      });
      return list;
    }).sort((a, b) => a.from - b.from);
    for (const item of items) {
      let coords: { left: number; top: number };
      try {
        coords = this.view.coordsAtPos(item.from, 1);
      } catch {
        continue;
      }
      const tag = doc.createElement('span');
      tag.className = `cd-tag cd-tag-${item.data.kind}`;
      tag.textContent = annotationWords(item.data);
      const color = item.data.kind === 'entity' && item.data.label ? this.colorOf(item.data.label) : undefined;
      if (color) tag.style.backgroundColor = hexToRgba(color, readableAlpha(color));
      const top = Math.round(coords.top - box.top);
      const left = Math.max(coords.left - box.left, lineEnds.get(top) ?? 0);
      tag.style.left = `${left}px`;
      tag.style.top = `${top}px`;
      // About 5.5 px per character at 9 px, plus padding: enough to keep tags on one line apart.
      lineEnds.set(top, left + tag.textContent.length * 5.5 + 8);
      tags.push(tag);
    }
    layer.replaceChildren(...tags);
  }
}
