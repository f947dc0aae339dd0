/**
 * The paint plugin: paints every annotation's highlight, but only for the sections near the
 * viewport, and per transaction only the sections that changed.
 *
 * - Its state holds the visible section range (set by `setVisibleSections`, dispatched by the
 *   viewport tracker in the plugin view) and, where the CSS Custom Highlight API is missing, the
 *   fallback inline decorations for the visible sections.
 * - Its view, with a `Painter` (the Custom Highlight API), repaints a visible section when it
 *   becomes visible, when its text changed, when an annotation touching it changed, or when
 *   ProseMirror redrew its DOM. Everything else stays painted. Work per transaction is therefore
 *   proportional to the visible sections (a cheap validity check each) plus the changed ones.
 *
 * Both paths use the same visible range and the same `spansForSection`.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { getBlockIndex } from './block-index';
import { FEATURES } from './features';
import type { AnnotationItem } from './annotation-plugin';
import { highlightApi, HighlightPainter, type SectionSpan, type Painter } from './highlight-painter';
import { changedRange, type BlockIndex } from './offsets';
import { CLASSES, highlightName } from './styles';
import { initialRange, measureVisibleSections, sectionElement, ViewportTracker, type SectionRange } from './viewport';

const paintKey = new PluginKey<PaintState>('cd-paint');

/** Paint plugin state. Immutable. */
class PaintState {
  constructor(
    readonly visible: SectionRange,
    /** Inline decorations of the visible sections when painting without the Highlight API, else empty. */
    readonly deco: DecorationSet,
    readonly fallback: boolean,
    /** Text the last transaction changed: from/to pairs in positions of the new document. */
    readonly edits: readonly number[] = [],
    /** +1 on every new state; lets the view tell whether `edits` covers everything since it last looked. */
    readonly version: number = 0,
  ) {}
}

/** Options of the paint plugin. */
export interface PaintOptions {
  /** Force the decoration fallback (default: only when `CSS.highlights` is missing). */
  forceFallback?: boolean;
  /**
   * Pixels above and below the viewport painted in advance (default 300). The viewport is measured
   * in the frame a scroll happens, so this only covers what the compositor shows before that; and
   * Chromium repaints every painted highlight near the viewport on any change: at 50,000
   * annotations 800 px cost ≈ 1.5 ms more paint per added annotation or typed character than 200.
   */
  overscan?: number;
}

/** Sets the visible section range (normally done by the plugin's viewport tracker). */
export function setVisibleSections(tr: Transaction, range: SectionRange): Transaction {
  if (!Number.isInteger(range.first) || !Number.isInteger(range.last) || range.first < 0) {
    throw new RangeError(`Bad section range ${range.first}–${range.last}`);
  }
  return tr.setMeta(paintKey, range).setMeta('addToHistory', false);
}

/** The section range currently painted. */
export function getVisibleSections(state: EditorState): SectionRange {
  const value = paintKey.getState(state);
  if (!value) throw new RangeError('This editor state has no paint plugin');
  return value.visible;
}

/** Every live annotation's part inside section `s`, in offsets relative to its text, in paint order. */
export function spansForSection(state: EditorState, index: BlockIndex, s: number): SectionSpan[] {
  const start = index.contentStart(index.sectionStart(s));
  const end = index.contentEnd(index.sectionLast(s));
  const spans: SectionSpan[] = [];
  if (start === end) return spans;
  const entities: Array<{ item: AnnotationItem; from: number; to: number }> = [];
  for (const feature of FEATURES) {
    feature.getState(state).store.between(start, end, (item) => {
      if (item.orphaned || item.to <= start || item.from >= end) return;
      const from = Math.max(item.from, start) - start;
      const to = Math.min(item.to, end) - start;
      if (item.data.kind === 'entity') entities.push({ item, from, to });
      else spans.push({ from, to, name: highlightName(item.data), kind: item.data.kind, id: item.id });
    });
  }
  // Overlapping entities are stacked, not blended: each one overlapping an earlier (or, at the same
  // start, longer) one goes a level up, so an inner name keeps its own colour inside the outer one.
  entities.sort((a, b) => a.from - b.from || b.to - a.to);
  const open: number[] = []; // ends of the entities still open at the current start, one per level
  for (const { item, from, to } of entities) {
    while (open.length && open[open.length - 1] <= from) open.pop();
    const depth = open.length;
    open.push(to);
    spans.push({ from, to, name: highlightName(item.data, depth), kind: 'entity', id: item.id, depth });
  }
  return spans;
}

/** The paint plugin. Put it after the block index and the annotation features. */
export function paint(options: PaintOptions = {}): Plugin<PaintState> {
  const overscan = options.overscan ?? 300;
  return new Plugin<PaintState>({
    key: paintKey,
    state: {
      init: (_config, state) => {
        const visible = initialRange(getBlockIndex(state).sectionCount);
        const fallback = options.forceFallback === true || highlightApi(globalThis.window ?? null) === null;
        return new PaintState(visible, fallback ? fallbackDecorations(state, visible) : DecorationSet.empty, fallback);
      },
      apply(tr, prev, oldState, newState) {
        const requested = tr.getMeta(paintKey) as SectionRange | undefined;
        let visible = requested ?? prev.visible;
        const count = getBlockIndex(newState).sectionCount;
        if (visible.last >= count) visible = { first: Math.min(visible.first, count - 1), last: count - 1 };
        // Where the text changed, from the step maps (O(steps)), so the view never diffs documents.
        let edits: number[] = [];
        if (tr.docChanged) {
          const range = changedRange(tr.before, tr.doc, tr.mapping);
          if (range) edits = [range.from, range.toNew];
        }
        const version = prev.version + 1;
        if (!prev.fallback) {
          return visible === prev.visible && !tr.docChanged ? prev : new PaintState(visible, prev.deco, false, edits, version);
        }
        const stale = visible !== prev.visible || tr.docChanged || FEATURES.some((f) => f.getState(oldState) !== f.getState(newState));
        return stale ? new PaintState(visible, fallbackDecorations(newState, visible), true, edits, version) : prev;
      },
    },
    props: { decorations: (state) => paintKey.getState(state)?.deco },
    view: (view) => new PaintView(view, overscan),
  });
}

/** Fallback painting: inline decorations for the visible sections only. */
function fallbackDecorations(state: EditorState, visible: SectionRange): DecorationSet {
  const index = getBlockIndex(state);
  const decos: Decoration[] = [];
  for (let s = visible.first; s <= Math.min(visible.last, index.sectionCount - 1); s++) {
    const base = index.contentStart(index.sectionStart(s));
    for (const span of spansForSection(state, index, s)) {
      decos.push(
        Decoration.inline(
          base + span.from,
          base + span.to,
          { class: `${CLASSES.fallback} ${span.name}`, 'data-annotation-id': span.id },
          { type: 'highlight', id: span.id, kind: span.kind },
        ),
      );
    }
  }
  return decos.length ? DecorationSet.create(state.doc, decos) : DecorationSet.empty;
}

/** Tracks the viewport and, with the Highlight API, keeps the visible sections painted. */
class PaintView {
  private readonly painter: Painter | null;
  private readonly tracker: ViewportTracker;

  constructor(
    private readonly view: EditorView,
    private readonly overscan: number,
  ) {
    const win = view.dom.ownerDocument.defaultView;
    const api = highlightApi(win);
    this.painter = paintKey.getState(view.state)!.fallback || !api || !win ? null : new HighlightPainter(win, api);
    this.tracker = new ViewportTracker(view.dom, () => this.measure());
    this.tracker.schedule();
    this.repaint(null);
  }

  update(view: EditorView, prev: EditorState): void {
    // Text edits and clean view change what is on screen without a scroll: measure again.
    if (view.state.doc !== prev.doc || FEATURES.some((f) => f.getState(view.state).hidden !== f.getState(prev).hidden)) this.tracker.schedule();
    this.repaint(prev);
  }

  destroy(): void {
    this.tracker.destroy();
    this.painter?.destroy();
  }

  /** Measures the visible sections and dispatches the range if it changed. */
  private measure(): void {
    const state = this.view.state;
    const range = measureVisibleSections(this.view, getBlockIndex(state), this.overscan);
    const current = getVisibleSections(state);
    if (range && (range.first !== current.first || range.last !== current.last)) {
      this.view.dispatch(setVisibleSections(state.tr, range));
    }
  }

  private repaint(prev: EditorState | null): void {
    if (!this.painter) return;
    const state = this.view.state;
    const index = getBlockIndex(state);
    const dirty = prev ? dirtySections(prev, state, index) : ALL;
    const { first, last } = getVisibleSections(state);
    const keep = new Set<HTMLElement>();
    for (let s = first; s <= Math.min(last, index.sectionCount - 1); s++) {
      const el = sectionElement(this.view, index, s);
      if (!el) continue;
      keep.add(el);
      if (dirty === ALL || dirty.has(s) || !this.painter.isCurrent(el)) this.painter.paintSection(el, spansForSection(state, index, s));
    }
    this.painter.retain(keep);
  }
}

const ALL = 'all' as const;

/** Section indexes (new document) a transaction changed, as a few ranges. */
class DirtySet {
  private readonly ranges: number[] = [];
  add(first: number, last: number): void {
    this.ranges.push(first, last);
  }
  has(k: number): boolean {
    for (let i = 0; i < this.ranges.length; i += 2) if (k >= this.ranges[i] && k <= this.ranges[i + 1]) return true;
    return false;
  }
}

/** Which sections to repaint between two states: changed text plus ranges of changed annotations. */
function dirtySections(prev: EditorState, next: EditorState, index: BlockIndex): DirtySet | typeof ALL {
  const dirty = new DirtySet();
  const size = index.docSize;
  const addPositions = (from: number, to: number) =>
    dirty.add(index.sectionAtPos(Math.min(from, size)), index.sectionAtPos(Math.min(Math.max(from, to), size)));
  if (prev.doc !== next.doc) {
    const before = paintKey.getState(prev);
    const after = paintKey.getState(next);
    if (before && after && after.version === before.version + 1) {
      // One transaction: its step maps said where (no document diff, which is O(blocks)).
      for (let i = 0; i < after.edits.length; i += 2) addPositions(after.edits[i], after.edits[i + 1]);
    } else {
      // Several transactions or a replaced state: compare the documents (skips shared blocks by identity).
      const range = changedRange(prev.doc, next.doc);
      if (range) addPositions(range.from, range.toNew);
    }
  }
  for (const feature of FEATURES) {
    const before = feature.getState(prev);
    const after = feature.getState(next);
    if (before === after) continue;
    if (after.version !== before.version + 1 || after.changes.all) return ALL;
    const r = after.changes.ranges;
    for (let i = 0; i < r.length; i += 2) addPositions(r[i], r[i + 1]);
  }
  return dirty;
}
