/**
 * The one place the review workspace touches the editor engine (`src/renderer/editor`). It mounts
 * the engine and presents it as `EditorHandle`: what the workspace needs, in its terms (stored
 * `Annotation`s, claim statuses, one selection report with caret, sentence and paragraph).
 *
 * The engine's surface has two spellings — the lead's `contract.ts` (`updateAnnotations`,
 * `selectRange`, a selection report with rect/sentence/block) and the engine's `index.ts`
 * (`updateAnnotation`, `setSelection`, a snapped text selection only). This adapter accepts both
 * and fills in what the engine does not report from the ProseMirror view, so neither side has to
 * wait for the other.
 */
import type { EditorView } from 'prosemirror-view';
import type { Annotation, ClaimStatus, Label } from '../../shared/types';
import * as engine from '../editor';

/** A screen anchor for floating UI: left edge, top and bottom of the thing it belongs to. */
export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

/** The selection as the workspace uses it. */
export interface SelectionState {
  /** The word-snapped selected text, null when the selection is collapsed. */
  range: { start: number; end: number; text: string } | null;
  rect: Anchor | null;
  sentence: { start: number; end: number } | null;
  block: { start: number; end: number } | null;
}

/** A text correction reported by the editor: the new text and every moved annotation. */
export interface TextChange {
  text: string;
  moves: Array<{ id: string; start: number; end: number; orphaned: boolean }>;
}

/** Callbacks from the editor to the workspace. */
export interface EditorEvents {
  onSelection(selection: SelectionState): void;
  onAnnotationClick(ids: string[], anchor: Anchor): void;
  onTextEdit(change: TextChange): void;
}

/** The editor as the workspace drives it. */
export interface EditorHandle {
  readonly view: EditorView;
  add(annotations: Annotation[], status: (id: string) => ClaimStatus | undefined): void;
  update(annotations: Annotation[], status: (id: string) => ClaimStatus | undefined): void;
  remove(ids: string[]): void;
  setClaimStatus(annotation: Annotation, status: ClaimStatus): void;
  setLabels(labels: Label[]): void;
  setCleanView(on: boolean): void;
  setEditable(on: boolean): void;
  /** Outline an annotation (null clears), scrolling it into view when asked. */
  select(id: string | null, scroll?: boolean): void;
  selectRange(start: number, end: number): void;
  /** The selection right now, read fresh from the editor; caret, sentence and paragraph only while the text has focus. */
  selection(): SelectionState;
  getText(): string;
  /** Report a pending text edit now (leaving edit mode). */
  flush(): void;
  focus(): void;
  destroy(): void;
}

/** What the engine needs to know about one annotation (both spellings accept this shape). */
type EditorAnnotationLike = Pick<Annotation, 'id' | 'kind' | 'label' | 'start' | 'end' | 'orphaned' | 'origin' | 'attrs'> & {
  status?: ClaimStatus;
};

/** Both spellings of the engine's surface; each method is optional where the spellings differ. */
interface Engine {
  readonly view: EditorView;
  getText(): string;
  destroy(): void;
  addAnnotations(list: EditorAnnotationLike[]): void;
  removeAnnotations(ids: string[]): void;
  setLabels(labels: Label[]): void;
  setCleanView(on: boolean): void;
  setEditable(on: boolean): void;
  selectAnnotation(id: string | null, options?: { scroll?: boolean }): void;
  updateAnnotations?(list: EditorAnnotationLike[]): void;
  updateAnnotation?(id: string, patch: Partial<EditorAnnotationLike>): void;
  selectRange?(start: number, end: number): void;
  setSelection?(range: { start: number; end: number }): void;
  getSelection?(): { start: number; end: number; text: string } | null;
  flushTextEdit?(): unknown;
  focus?(): void;
}

type EngineCreate = (mount: HTMLElement, options: Record<string, unknown>) => Engine;

function toAnchor(rect: { left: number; top: number; bottom: number } | null | undefined, view: EditorView): Anchor {
  if (rect) return { left: rect.left, top: rect.top, bottom: rect.bottom };
  const box = view.dom.getBoundingClientRect();
  return { left: box.left, top: box.top, bottom: box.top };
}

/** Canonical-text offset of a position inside a paragraph: one block per paragraph, "\n" between. */
function offsetAt(view: EditorView, pos: number): { offset: number; blockStart: number; blockEnd: number } {
  const $pos = view.state.doc.resolve(pos);
  const blockIndex = $pos.index(0);
  const inBlock = $pos.depth >= 1;
  const offset = inBlock ? pos - 1 - blockIndex : pos - blockIndex;
  const blockStart = inBlock ? offset - $pos.parentOffset : offset;
  const blockEnd = inBlock ? blockStart + $pos.parent.content.size : offset;
  return { offset, blockStart, blockEnd };
}

function rectOf(view: EditorView): Anchor | null {
  const { from, to } = view.state.selection;
  try {
    const a = view.coordsAtPos(from);
    const b = view.coordsAtPos(to);
    if (![a.left, a.top, b.bottom].every(Number.isFinite)) return null;
    return { left: Math.min(a.left, b.left), top: a.top, bottom: b.bottom };
  } catch {
    return null; // no layout (tests) or position not rendered
  }
}

/** Everything the toolbar and the S/P/E keys need, read from the view (for engines that report less). */
function selectionFromView(view: EditorView, snapped: { start: number; end: number; text: string } | null): SelectionState {
  const head = offsetAt(view, view.state.selection.head);
  const block = { start: head.blockStart, end: head.blockEnd };
  const blockText = view.state.doc.resolve(view.state.selection.head).parent.textContent;
  let sentence: SelectionState['sentence'] = null;
  if (blockText.trim() !== '') {
    const local = engine.sentenceAt(blockText, Math.min(head.offset - block.start, blockText.length));
    if (local) sentence = { start: block.start + local.start, end: block.start + local.end };
  }
  const range = snapped && snapped.end > snapped.start ? { start: snapped.start, end: snapped.end, text: snapped.text } : null;
  return { range, rect: range ? rectOf(view) : null, sentence, block };
}

function withStatus(annotations: Annotation[], status: (id: string) => ClaimStatus | undefined): EditorAnnotationLike[] {
  return annotations.map((a) => ({
    id: a.id,
    kind: a.kind,
    label: a.label,
    start: a.start,
    end: a.end,
    orphaned: a.orphaned,
    origin: a.origin,
    // `candidate` spelled out: an engine that merges attrs must see a confirmed candidate turn false.
    attrs: { ...a.attrs, candidate: a.attrs.candidate === true },
    ...(a.kind === 'claim' ? { status: status(a.id) ?? 'unverified' } : {}),
  }));
}

/** Mounts the editor engine into `mount`. */
export function mountEditor(
  mount: HTMLElement,
  init: { text: string; annotations: Annotation[]; status(id: string): ClaimStatus | undefined; labels: Label[] },
  events: EditorEvents,
): EditorHandle {
  let view: EditorView | null = null;
  let last: SelectionState = { range: null, rect: null, sentence: null, block: null };
  const create = engine.createReviewEditor as unknown as EngineCreate;
  const ed = create(mount, {
    text: init.text,
    annotations: withStatus(init.annotations, init.status),
    labels: init.labels,
    onSelectionChange(info: unknown) {
      if (!view) return;
      const contractShape = info && typeof info === 'object' && 'block' in info && 'range' in info;
      last = contractShape ? (info as SelectionState) : selectionFromView(view, info as SelectionState['range']);
      events.onSelection(last);
    },
    onAnnotationClick(ids: string[], rect: { left: number; top: number; bottom: number } | null) {
      if (view) events.onAnnotationClick(ids, toAnchor(rect, view));
    },
    onTextEdit(change: TextChange) {
      events.onTextEdit(change);
    },
  });
  view = ed.view;

  const update = (list: EditorAnnotationLike[]) => {
    if (ed.updateAnnotations) ed.updateAnnotations(list);
    // The range is left out: the host never moves an annotation, and the engine's own mapping is current.
    else for (const { id, start: _start, end: _end, ...patch } of list) ed.updateAnnotation?.(id, patch);
  };

  return {
    view: ed.view,
    add: (list, status) => list.length > 0 && ed.addAnnotations(withStatus(list, status)),
    update: (list, status) => update(withStatus(list, status)),
    remove: (ids) => ed.removeAnnotations(ids),
    setClaimStatus: (annotation, status) => update(withStatus([annotation], () => status)),
    setLabels: (labels) => ed.setLabels(labels),
    setCleanView: (on) => ed.setCleanView(on),
    setEditable: (on) => ed.setEditable(on),
    select(id, scroll = false) {
      try {
        ed.selectAnnotation(id, { scroll });
      } catch {
        ed.selectAnnotation(null); // not (or no longer) in the text
      }
    },
    selectRange(start, end) {
      if (ed.selectRange) ed.selectRange(start, end);
      else ed.setSelection?.({ start, end });
    },
    selection() {
      if (ed.getSelection) last = selectionFromView(ed.view, ed.getSelection());
      // A caret the user never placed (the text not focused) is the start of the document, not a choice:
      // P/E/S must not flag or mark from there.
      return ed.view.hasFocus() ? last : { ...last, sentence: null, block: null };
    },
    getText: () => ed.getText(),
    flush: () => void ed.flushTextEdit?.(),
    focus: () => (ed.focus ? ed.focus() : ed.view.focus()),
    destroy: () => ed.destroy(),
  };
}
