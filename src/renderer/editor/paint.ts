/**
 * The paint plugin: paints every annotation's highlight, but only for the blocks near the
 * viewport, and per transaction only the blocks that changed.
 *
 * - Its state holds the visible block range (set by `setVisibleBlocks`, dispatched by the
 *   viewport tracker in the plugin view) and, where the CSS Custom Highlight API is missing, the
 *   fallback inline decorations for the visible blocks.
 * - Its view, with a `Painter` (the Custom Highlight API), repaints a visible block when it
 *   becomes visible, when its text changed, when an annotation touching it changed, or when
 *   ProseMirror redrew its DOM. Everything else stays painted. Work per transaction is therefore
 *   proportional to the visible blocks (a cheap validity check each) plus the changed ones.
 *
 * Both paths use the same visible range and the same `spansForBlock`.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { getBlockIndex } from './block-index';
import { FEATURES } from './features';
import { highlightApi, HighlightPainter, type BlockSpan, type Painter } from './highlight-painter';
import { changedRange, type BlockIndex } from './offsets';
import { CLASSES, highlightName } from './styles';
import { blockElement, initialRange, measureVisibleBlocks, ViewportTracker, type BlockRange } from './viewport';

const paintKey = new PluginKey<PaintState>('cd-paint');

/** Paint plugin state. Immutable. */
class PaintState {
  constructor(
    readonly visible: BlockRange,
    /** Inline decorations of the visible blocks when painting without the Highlight API, else empty. */
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
  /** Pixels above and below the viewport painted in advance (default 800). */
  overscan?: number;
}

/** Sets the visible block range (normally done by the plugin's viewport tracker). */
export function setVisibleBlocks(tr: Transaction, range: BlockRange): Transaction {
  if (!Number.isInteger(range.first) || !Number.isInteger(range.last) || range.first < 0) {
    throw new RangeError(`Bad block range ${range.first}–${range.last}`);
  }
  return tr.setMeta(paintKey, range).setMeta('addToHistory', false);
}

/** The block range currently painted. */
export function getVisibleBlocks(state: EditorState): BlockRange {
  const value = paintKey.getState(state);
  if (!value) throw new RangeError('This editor state has no paint plugin');
  return value.visible;
}

/** Every live annotation's part inside block `k`, in block-relative offsets, in paint order. */
export function spansForBlock(state: EditorState, index: BlockIndex, k: number): BlockSpan[] {
  const start = index.contentStart(k);
  const end = index.contentEnd(k);
  const spans: BlockSpan[] = [];
  if (start === end) return spans;
  for (const feature of FEATURES) {
    feature.getState(state).store.between(start, end, (item) => {
      if (item.orphaned || item.to <= start || item.from >= end) return;
      spans.push({
        from: Math.max(item.from, start) - start,
        to: Math.min(item.to, end) - start,
        name: highlightName(item.data),
        kind: item.data.kind,
        id: item.id,
      });
    });
  }
  return spans;
}

/** The paint plugin. Put it after the block index and the annotation features. */
export function paint(options: PaintOptions = {}): Plugin<PaintState> {
  const overscan = options.overscan ?? 800;
  return new Plugin<PaintState>({
    key: paintKey,
    state: {
      init: (_config, state) => {
        const visible = initialRange(getBlockIndex(state).blockCount);
        const fallback = options.forceFallback === true || highlightApi(globalThis.window ?? null) === null;
        return new PaintState(visible, fallback ? fallbackDecorations(state, visible) : DecorationSet.empty, fallback);
      },
      apply(tr, prev, oldState, newState) {
        const requested = tr.getMeta(paintKey) as BlockRange | undefined;
        let visible = requested ?? prev.visible;
        const count = getBlockIndex(newState).blockCount;
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

/** Fallback painting: inline decorations for the visible blocks only. */
function fallbackDecorations(state: EditorState, visible: BlockRange): DecorationSet {
  const index = getBlockIndex(state);
  const decos: Decoration[] = [];
  for (let k = visible.first; k <= Math.min(visible.last, index.blockCount - 1); k++) {
    const base = index.contentStart(k);
    for (const span of spansForBlock(state, index, k)) {
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

/** Tracks the viewport and, with the Highlight API, keeps the visible blocks painted. */
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
    if (view.state.doc !== prev.doc && getBlockIndex(view.state).blockCount !== getBlockIndex(prev).blockCount) this.tracker.schedule();
    this.repaint(prev);
  }

  destroy(): void {
    this.tracker.destroy();
    this.painter?.destroy();
  }

  /** Measures the visible blocks and dispatches the range if it changed. */
  private measure(): void {
    const state = this.view.state;
    const range = measureVisibleBlocks(this.view, getBlockIndex(state), this.overscan);
    const current = getVisibleBlocks(state);
    if (range && (range.first !== current.first || range.last !== current.last)) {
      this.view.dispatch(setVisibleBlocks(state.tr, range));
    }
  }

  private repaint(prev: EditorState | null): void {
    if (!this.painter) return;
    const state = this.view.state;
    const index = getBlockIndex(state);
    const dirty = prev ? dirtyBlocks(prev, state, index) : ALL;
    const { first, last } = getVisibleBlocks(state);
    const keep = new Set<HTMLElement>();
    for (let k = first; k <= Math.min(last, index.blockCount - 1); k++) {
      const el = blockElement(this.view, index, k);
      if (!el) continue;
      keep.add(el);
      if (dirty === ALL || dirty.has(k) || !this.painter.isCurrent(el)) this.painter.paintBlock(el, spansForBlock(state, index, k));
    }
    this.painter.retain(keep);
  }
}

const ALL = 'all' as const;

/** Block indexes (new document) a transaction changed; tiny in practice, so a Set is fine. */
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

/** Which blocks to repaint between two states: changed text plus ranges of changed annotations. */
function dirtyBlocks(prev: EditorState, next: EditorState, index: BlockIndex): DirtySet | typeof ALL {
  const dirty = new DirtySet();
  const size = index.docSize;
  const addPositions = (from: number, to: number) =>
    dirty.add(index.blockAtPos(Math.min(from, size)), index.blockAtPos(Math.min(Math.max(from, to), size)));
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
