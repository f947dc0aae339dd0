/**
 * Painting with the CSS Custom Highlight API: one `Highlight` per style name (registered in
 * `CSS.highlights`, shared by every editor on the page, each adding and removing only its own
 * ranges), one `StaticRange` per annotation span in a painted section. Colours come from
 * `::highlight(name)` rules, so nothing is written into the document's DOM.
 */
import { HIGHLIGHT_PRIORITY, NESTING_LEVELS } from './styles';
import type { AnnotationKind } from '../../shared/types';

/** One annotation's part inside one section, in offsets relative to the section's text. */
export interface SectionSpan {
  from: number;
  to: number;
  /** Highlight / class name (see `highlightName`). */
  name: string;
  kind: AnnotationKind;
  id: string;
  /** Overlap level of an entity (see `highlightName`): painted that many levels above the others. */
  depth?: number;
}

/** What a painter does with the visible sections; the paint plugin decides which sections and when. */
export interface Painter {
  /** Replace whatever was painted in `el` by `spans`. */
  paintSection(el: HTMLElement, spans: readonly SectionSpan[]): void;
  /** Whether `el` was painted and the DOM it was painted on is still there. */
  isCurrent(el: HTMLElement): boolean;
  /** Forget (and unpaint) every section not in `keep`. */
  retain(keep: ReadonlySet<HTMLElement>): void;
  /** Unpaint everything. */
  destroy(): void;
}

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  readonly size: number;
  priority: number;
}

interface HighlightRegistry {
  get(name: string): HighlightLike | undefined;
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): boolean;
}

/** The page's highlight registry and constructor, or null where the API is missing. */
export function highlightApi(win: Window | null): { registry: HighlightRegistry; Highlight: new () => HighlightLike } | null {
  const w = win as (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: new () => HighlightLike }) | null;
  if (!w?.CSS?.highlights || typeof w.Highlight !== 'function') return null;
  return { registry: w.CSS.highlights, Highlight: w.Highlight };
}

interface PaintedSection {
  nodes: Text[];
  ranges: Array<[HighlightLike, AbstractRange]>;
}

/** The Custom Highlight API painter. */
export class HighlightPainter implements Painter {
  private readonly sections = new Map<HTMLElement, PaintedSection>();
  private readonly used = new Set<string>();

  constructor(
    private readonly win: Window,
    private readonly api: NonNullable<ReturnType<typeof highlightApi>>,
  ) {}

  /**
   * Replaces what was painted in `el` by `spans`. A span painted before on the same text nodes at
   * the same place keeps its range: adding one annotation to a section of hundreds, or typing in
   * it (the spans before the caret do not move), touches only the ranges that changed.
   */
  paintSection(el: HTMLElement, spans: readonly SectionSpan[]): void {
    const before = this.sections.get(el);
    this.sections.delete(el);
    const nodes = textNodes(el);
    const painted: PaintedSection = { nodes, ranges: [] };
    const old = new Map<string, Array<[HighlightLike, AbstractRange]>>();
    if (before) {
      for (const entry of before.ranges) {
        const [highlight, range] = entry;
        const key = rangeKey(highlight, range.startContainer, range.startOffset, range.endContainer, range.endOffset);
        const list = old.get(key);
        if (list) list.push(entry);
        else old.set(key, [entry]);
      }
    }
    if (spans.length && nodes.length) {
      const starts = new Array<number>(nodes.length);
      let offset = 0;
      nodes.forEach((node, i) => {
        starts[i] = offset;
        offset += node.length;
      });
      for (const span of spans) {
        const a = locate(nodes, starts, span.from, 1);
        const b = locate(nodes, starts, span.to, -1);
        const highlight = this.highlight(span.name, span.kind, span.depth ?? 0);
        const key = rangeKey(highlight, a[0], a[1], b[0], b[1]);
        const kept = old.get(key)?.pop();
        if (kept) {
          painted.ranges.push(kept);
          continue;
        }
        const range = this.makeRange(a[0], a[1], b[0], b[1]);
        highlight.add(range);
        painted.ranges.push([highlight, range]);
      }
    }
    for (const list of old.values()) for (const [highlight, range] of list) highlight.delete(range);
    this.sections.set(el, painted);
  }

  isCurrent(el: HTMLElement): boolean {
    const painted = this.sections.get(el);
    if (!painted) return false;
    for (const node of painted.nodes) if (!node.isConnected || !el.contains(node)) return false;
    return true;
  }

  retain(keep: ReadonlySet<HTMLElement>): void {
    for (const el of [...this.sections.keys()]) if (!keep.has(el)) this.unpaint(el);
  }

  destroy(): void {
    for (const el of [...this.sections.keys()]) this.unpaint(el);
    for (const name of this.used) {
      const h = this.api.registry.get(name);
      if (h && h.size === 0) this.api.registry.delete(name);
    }
  }

  /** Number of ranges currently painted (for tests and the perf probe). */
  get rangeCount(): number {
    let n = 0;
    for (const section of this.sections.values()) n += section.ranges.length;
    return n;
  }

  private unpaint(el: HTMLElement): void {
    const painted = this.sections.get(el);
    if (!painted) return;
    for (const [highlight, range] of painted.ranges) highlight.delete(range);
    this.sections.delete(el);
  }

  private highlight(name: string, kind: AnnotationKind, depth: number): HighlightLike {
    let h = this.api.registry.get(name);
    if (!h) {
      h = new this.api.Highlight();
      h.priority = HIGHLIGHT_PRIORITY[kind] + Math.min(depth, NESTING_LEVELS - 1);
      this.api.registry.set(name, h);
    }
    this.used.add(name);
    return h;
  }

  private makeRange(startNode: Text, startOffset: number, endNode: Text, endOffset: number): AbstractRange {
    const w = this.win as Window & typeof globalThis;
    if (typeof w.StaticRange === 'function') return new w.StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
    const range = this.win.document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }
}

/**
 * The text nodes of a section in order, leaving out widgets (contenteditable=false), so that their
 * concatenation is the section's text.
 */
export function textNodes(el: HTMLElement): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push(child as Text);
      else if (child.nodeType === 1 && (child as HTMLElement).contentEditable !== 'false') walk(child);
    }
  };
  walk(el);
  return out;
}

/** The (node, offset) for a section-relative offset; at a node boundary `side` picks the node before (-1) or after (1). */
function locate(nodes: Text[], starts: number[], offset: number, side: -1 | 1): [Text, number] {
  let i = 0;
  while (i + 1 < nodes.length && (side > 0 ? starts[i + 1] <= offset : starts[i + 1] < offset)) i++;
  return [nodes[i], Math.min(offset - starts[i], nodes[i].length)];
}

/** Identities for range keys: each highlight and text node gets a number the first time it is seen. */
const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
}
/** The key of a range painted with `highlight`: the highlight and both ends (node, offset). */
function rangeKey(highlight: HighlightLike, startNode: Node, startOffset: number, endNode: Node, endOffset: number): string {
  return `${idOf(highlight)}|${idOf(startNode)}:${startOffset}|${idOf(endNode)}:${endOffset}`;
}
