/**
 * `createReviewEditor`: assembles the plugins into an EditorView and implements the editor contract
 * (`contract.ts`) in canonical-text offsets. Bookkeeping that is not editor state (the offsets last
 * reported to the host, the debounce timer, the label stylesheet) lives here, outside the plugins.
 */
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { CLAIM_STATUSES, DEFAULT_LABELS, type ClaimStatus } from '../../shared/types';
import { annotationActions, type AnnotationFeature, type AnnotationInfo, type AnnotationItem } from './annotation-plugin';
import { blockIndex, getBlockIndex } from './block-index';
import { claims } from './claims';
import { entities } from './entities';
import { FEATURES, annotationsAt, featureFor, findAnnotation } from './features';
import type { AnnotationMove, AnnotationPatch, EditorAnnotation, EditorSelectionInfo, ReviewEditor, ReviewEditorOptions, SnappedTextRange, TextEdit } from './contract';
import { interaction, isEditable, rangeRect, reviewKeymap, setEditable as setEditableCommand } from './interaction';
import { notes } from './notes';
import { textFromDoc, type BlockIndex } from './offsets';
import { paint } from './paint';
import { docFromText } from './schema';
import { selectedOutline } from './selected-outline';
import { sectionSplit } from './section-split';
import { snappedSelection } from './selection';
import { sentenceAt } from './word-snap';
import { LabelStyles } from './styles';
import { setCleanView as setCleanViewCommand, teaserFeature, teasers } from './teasers';
import { inNextFrame, scrollPosIntoView } from './viewport';
import { wordSelection } from './word-selection';
import { hoverTip } from './hover-tip';
import { labelTags, labelTagsShown, setLabelTags } from './label-tags';

type Baseline = Map<string, { start: number; end: number; orphaned: boolean }>;
/** A range of document positions the user's edits touched (sorted, disjoint, merged). */
type Span = { from: number; to: number };

/** Mounts a review editor in `mount` (appended as its child). See `ReviewEditor` in `contract.ts`. */
export function createReviewEditor(mount: HTMLElement, initial: ReviewEditorOptions): ReviewEditor {
  if (!mount || typeof mount.appendChild !== 'function') throw new RangeError('createReviewEditor needs an element to mount in');
  if (typeof initial?.text !== 'string') throw new RangeError('createReviewEditor needs options.text (the canonical text)');
  // The callbacks and settings only: the closures below must not keep the initial annotations (the
  // host's full records, with quotes and contexts) alive for the editor's lifetime.
  const { text: initialText, annotations: initialAnnotations, ...options } = initial;
  const debounceMs = options.textEditDebounceMs ?? 400;
  if (!(debounceMs >= 0)) throw new RangeError(`textEditDebounceMs must be ≥ 0, got ${debounceMs}`);

  const labelStyles = new LabelStyles(mount.ownerDocument);
  labelStyles.set(options.labels ?? DEFAULT_LABELS);
  const statuses = new Map<string, ClaimStatus>((options.claims ?? []).map((c) => [c.annotationId, c.status]));
  let clean = options.cleanView ?? false;
  let baseline: Baseline = new Map();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingEdit = false;
  /** What the text edits since the last report touched, in current positions. */
  let edited: Span[] = [];
  let textCache: { doc: unknown; text: string } | null = null;
  let lastSelection = '';
  /** Cancels the scroll to an annotation asked for the next frame, if any. */
  let cancelScroll: (() => void) | null = null;

  const plugins = [
    blockIndex(),
    teasers(),
    notes(),
    claims(),
    entities(),
    paint(),
    selectedOutline(),
    interaction({
      editable: options.editable ?? false,
      onAnnotationClick: (items, rect) => options.onAnnotationClick?.(items.map((i) => i.id), rect ?? view.dom.getBoundingClientRect()),
      onContextMenu: options.onContextMenu
        ? (items, point, inSelection) => options.onContextMenu?.(items.map((i) => i.id), { left: point.x, top: point.y, bottom: point.y }, inSelection)
        : undefined,
    }),
    hoverTip(),
    labelTags((name) => labelStyles.colorOf(name)),
    wordSelection(),
    sectionSplit(),
    history(),
    keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }),
    keymap(reviewKeymap),
  ];

  /** A state for `text` with `annotations`, keeping the current modes. */
  function initialState(text: string, annotations: readonly EditorAnnotation[], editable: boolean): EditorState {
    let state = EditorState.create({ doc: docFromText(text), plugins });
    const tr = state.tr.setMeta('addToHistory', false);
    const groups = groupItems(annotations, getBlockIndex(state), statuses);
    for (const feature of FEATURES) feature.act(tr, annotationActions.set(groups.get(feature) ?? []));
    state = state.apply(tr);
    if (clean) state = state.apply(teaserFeature.act(state.tr, annotationActions.hide(true)));
    if (editable !== isEditable(state)) setEditableCommand(editable)(state, (t) => (state = state.apply(t)));
    rememberAnnotations(annotations, true);
    return state;
  }

  const view: EditorView = new EditorView(mount, {
    state: initialState(initialText, initialAnnotations ?? [], options.editable ?? false),
    dispatchTransaction(tr: Transaction) {
      const prev = view.state;
      const { state: next, transactions } = prev.applyTransaction(tr);
      view.updateState(next);
      if (next.doc !== prev.doc) {
        for (const applied of transactions) edited = editedSpans(edited, applied);
        pendingEdit = true;
        if (timer !== null) clearTimeout(timer);
        // After the debounce, report in idle time: it reads the whole text and every annotation.
        timer = setTimeout(() => {
          const win = view.dom.ownerDocument.defaultView as (Window & typeof globalThis) | null;
          if (win?.requestIdleCallback) win.requestIdleCallback(() => pendingEdit && editor.flushTextEdit(), { timeout: 1000 });
          else editor.flushTextEdit();
        }, debounceMs);
      }
      if (next.doc !== prev.doc || !next.selection.eq(prev.selection)) reportSelection();
    },
  });

  /** Label colours for new labels, and the offsets the host now knows. */
  function rememberAnnotations(annotations: readonly EditorAnnotation[], reset: boolean): void {
    labelStyles.ensure(annotations.filter((a) => a.kind === 'entity' && a.label).map((a) => a.label!));
    if (reset) baseline = new Map();
    for (const a of annotations) baseline.set(a.id, { start: a.start, end: a.end, orphaned: a.orphaned ?? false });
  }

  function dispatch(tr: Transaction): void {
    view.dispatch(tr.setMeta('addToHistory', false));
  }

  function reportSelection(): void {
    if (!options.onSelectionChange) return;
    const info = selectionReport(view);
    const key = JSON.stringify([info.range, info.sentence, info.block]);
    if (key === lastSelection) return;
    lastSelection = key;
    options.onSelectionChange(info);
  }

  function index(): BlockIndex {
    return getBlockIndex(view.state);
  }

  /** Annotation `id` as it is and with `patch` applied; `moved` when the patch changes its range (then an empty range is an orphan). */
  function patched(id: string, patch: AnnotationPatch): { current: EditorAnnotation; next: EditorAnnotation; moved: boolean } {
    const current = editor.getAnnotation(id);
    if (!current) throw new RangeError(`No annotation with id ${id}`);
    const next: EditorAnnotation = { ...current, ...patch };
    const moved = patch.start !== undefined || patch.end !== undefined;
    if (moved) next.orphaned = next.start === next.end;
    return { current, next, moved };
  }

  const editor: ReviewEditor = {
    view,
    getText() {
      const doc = view.state.doc;
      if (textCache?.doc !== doc) textCache = { doc, text: textFromDoc(doc) };
      return textCache.text;
    },
    getSelection: () => snappedRange(view.state),
    getSelectionInfo: () => selectionReport(view),
    selectRange(start, end) {
      const idx = index();
      checkRange(start, end, idx.textLength, 'Selection');
      const sel = TextSelection.create(view.state.doc, idx.offsetToPos(start), idx.offsetToPos(end));
      view.dispatch(view.state.tr.setSelection(sel).scrollIntoView());
    },

    addAnnotations(annotations) {
      if (!annotations.length) return;
      const groups = groupItems(annotations, index(), statuses);
      const tr = view.state.tr;
      for (const [feature, items] of groups) feature.act(tr, annotationActions.add(items));
      dispatch(tr);
      rememberAnnotations(annotations, false);
    },
    updateAnnotations(list) {
      const patchOf = (a: EditorAnnotation): AnnotationPatch => {
        const known = baseline.get(a.id);
        const moved = !known || known.start !== a.start || known.end !== a.end || known.orphaned !== (a.orphaned ?? false);
        // Only the fields the editor shows; attrs are replaced (a confirmed candidate loses `candidate`).
        const patch: AnnotationPatch = { kind: a.kind, label: a.label ?? null, attrs: a.attrs };
        if (a.status !== undefined) patch.status = a.status;
        if (a.origin !== undefined) patch.origin = a.origin;
        if (moved) Object.assign(patch, { start: a.start, end: a.end });
        return patch;
      };
      if (list.length <= 1) {
        for (const a of list) editor.updateAnnotation(a.id, patchOf(a));
        return;
      }
      // Many at once (accepting every suggestion of a kind): one transaction, each feature's items
      // replaced in one action, instead of a transaction per annotation.
      const idx = index();
      const removed = new Map<AnnotationFeature, string[]>();
      const added = new Map<AnnotationFeature, AnnotationItem[]>();
      const moved: EditorAnnotation[] = [];
      const labels = new Set<string>();
      for (const a of list) {
        const { current, next, moved: rangeChanged } = patched(a.id, patchOf(a));
        if (rangeChanged) moved.push(next);
        const from = featureFor(current.kind);
        const to = featureFor(next.kind);
        if (!removed.has(from)) removed.set(from, []);
        if (!added.has(to)) added.set(to, []);
        removed.get(from)!.push(a.id);
        added.get(to)!.push(toItem(next, idx, statuses));
        if (next.kind === 'entity' && next.label) labels.add(next.label);
      }
      const tr = view.state.tr;
      for (const feature of FEATURES) {
        if (removed.has(feature) || added.has(feature)) feature.act(tr, annotationActions.replace(removed.get(feature) ?? [], added.get(feature) ?? []));
      }
      dispatch(tr);
      if (labels.size) labelStyles.ensure([...labels]);
      if (moved.length) rememberAnnotations(moved, false);
    },
    updateAnnotation(id, patch) {
      const { current, next, moved } = patched(id, patch);
      const idx = index();
      const item = toItem(next, idx, statuses);
      const tr = view.state.tr;
      if (next.kind !== current.kind) {
        featureFor(current.kind).act(tr, annotationActions.remove([id]));
        featureFor(next.kind).act(tr, annotationActions.add([item]));
      } else {
        featureFor(next.kind).act(tr, annotationActions.update(id, moved ? { from: item.from, to: item.to, data: item.data } : { data: item.data }));
      }
      dispatch(tr);
      if (next.kind === 'entity' && next.label) labelStyles.ensure([next.label]);
      if (moved) rememberAnnotations([next], false);
    },
    removeAnnotations(ids) {
      if (!ids.length) return;
      const tr = view.state.tr;
      for (const feature of FEATURES) feature.act(tr, annotationActions.remove(ids));
      dispatch(tr);
      for (const id of ids) baseline.delete(id);
    },
    setAnnotations(annotations) {
      const groups = groupItems(annotations, index(), statuses);
      const tr = view.state.tr;
      for (const feature of FEATURES) feature.act(tr, annotationActions.set(groups.get(feature) ?? []));
      dispatch(tr);
      rememberAnnotations(annotations, true);
    },
    getAnnotation(id) {
      const item = findAnnotation(view.state, id);
      return item ? toAnnotation(item, index()) : null;
    },
    getAnnotations() {
      const idx = index();
      const out: EditorAnnotation[] = [];
      for (const feature of FEATURES) feature.getState(view.state).store.forEach((item) => out.push(toAnnotation(item, idx)));
      return out.sort((a, b) => a.start - b.start || a.end - b.end);
    },
    annotationsAt(offset) {
      const idx = index();
      checkRange(offset, offset, idx.textLength, 'Offset');
      return annotationsAt(view.state, idx.offsetToPos(offset)).map((item) => item.id);
    },

    selectAnnotation(id, opts = {}) {
      if (id !== null && !findAnnotation(view.state, id)) throw new RangeError(`No annotation with id ${id}`);
      const tr = view.state.tr;
      for (const feature of FEATURES) feature.act(tr, annotationActions.select(id));
      dispatch(tr);
      if (id !== null && opts.scroll) editor.scrollToAnnotation(id);
      lastSelection = '';
      reportSelection();
    },
    getSelectedAnnotation() {
      for (const feature of FEATURES) {
        const selected = feature.getState(view.state).selected;
        if (selected) return selected;
      }
      return null;
    },
    scrollToAnnotation(id) {
      if (!findAnnotation(view.state, id)) return;
      // In the next frame, as the outline is placed: measuring now would lay the page out twice.
      cancelScroll?.();
      cancelScroll = inNextFrame(view, () => {
        cancelScroll = null;
        const item = findAnnotation(view.state, id);
        if (item) scrollPosIntoView(view, Math.min(item.from, index().docSize));
      });
    },

    setLabels: (labels) => labelStyles.set(labels),
    setEditable(editable) {
      if (!editable) editor.flushTextEdit();
      setEditableCommand(editable)(view.state, dispatch);
    },
    isEditable: () => isEditable(view.state),
    setInlineLabels(on) {
      if (labelTagsShown(view.state) !== on) dispatch(setLabelTags(view.state.tr, on));
    },
    setCleanView(value) {
      clean = value;
      setCleanViewCommand(value)(view.state, dispatch);
    },
    setDocument(text, annotations = []) {
      if (timer !== null) clearTimeout(timer);
      pendingEdit = false;
      edited = [];
      textCache = null;
      view.updateState(initialState(text, annotations, isEditable(view.state)));
      reportSelection();
    },
    flushTextEdit() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (!pendingEdit) return null;
      pendingEdit = false;
      const edit: TextEdit = { text: editor.getText(), moves: movesSince(baseline, edited, view.state) };
      edited = [];
      options.onTextEdit?.(edit);
      return edit;
    },

    undoTextEdit: () => isEditable(view.state) && undo(view.state, view.dispatch),
    redoTextEdit: () => isEditable(view.state) && redo(view.state, view.dispatch),

    focus: () => view.focus(),
    hasFocus: () => view.hasFocus(),
    destroy() {
      cancelScroll?.();
      editor.flushTextEdit();
      view.destroy();
      labelStyles.destroy();
    },
  };
  return editor;
}

/** Annotations as stored items, grouped by the feature that holds them. Throws a RangeError on a duplicate id. */
function groupItems(
  annotations: readonly EditorAnnotation[],
  index: BlockIndex,
  statuses: ReadonlyMap<string, ClaimStatus>,
): Map<AnnotationFeature, AnnotationItem[]> {
  const groups = new Map<AnnotationFeature, AnnotationItem[]>();
  const ids = new Set<string>();
  for (const a of annotations) {
    const item = toItem(a, index, statuses);
    if (ids.has(item.id)) throw new RangeError(`Annotation ${item.id} appears twice`);
    ids.add(item.id);
    const feature = featureFor(a.kind);
    const group = groups.get(feature);
    if (group) group.push(item);
    else groups.set(feature, [item]);
  }
  return groups;
}

/** Offsets → stored item, validating the range. */
function toItem(a: EditorAnnotation, index: BlockIndex, statuses: ReadonlyMap<string, ClaimStatus>): AnnotationItem {
  if (typeof a?.id !== 'string' || a.id === '') throw new RangeError('An annotation needs an id');
  checkRange(a.start, a.end, index.textLength, `Annotation ${a.id}`);
  if (a.start === a.end && !a.orphaned) throw new RangeError(`Annotation ${a.id} is empty (${a.start}–${a.end}) but not orphaned`);
  const status = a.kind === 'claim' ? (a.status ?? statuses.get(a.id) ?? 'unverified') : undefined;
  if (status !== undefined && !CLAIM_STATUSES.includes(status)) throw new RangeError(`Annotation ${a.id} has an unknown claim status "${status}"`);
  if (a.kind === 'entity' && !a.label) throw new RangeError(`Entity ${a.id} has no label`);
  const data: AnnotationInfo = { kind: a.kind, label: a.label ?? null, status, origin: a.origin, candidate: a.attrs?.pending ?? a.attrs?.candidate };
  const from = index.offsetToPos(a.start);
  return { id: a.id, from, to: a.orphaned ? Math.max(from, index.offsetToPos(a.end)) : index.offsetToPos(a.end), orphaned: a.orphaned ?? false, data };
}

/** Stored item → offsets. */
function toAnnotation(item: AnnotationItem, index: BlockIndex): EditorAnnotation {
  const start = index.posToOffset(item.from, 1);
  const end = Math.max(start, index.posToOffset(item.to, -1));
  const { kind, label, status, origin, candidate } = item.data;
  const a: EditorAnnotation = { id: item.id, kind, label, start, end, orphaned: item.orphaned };
  if (status) a.status = status;
  if (origin) a.origin = origin;
  if (candidate !== undefined) a.attrs = { candidate };
  return a;
}

/**
 * `spans` (positions before `tr`) mapped through it, plus every range `tr`'s steps replaced, in
 * positions after `tr`; sorted and merged, so typing a word stays one span.
 */
function editedSpans(spans: readonly Span[], tr: Transaction): Span[] {
  const all = spans.map((s) => ({ from: tr.mapping.map(s.from, -1), to: tr.mapping.map(s.to, 1) }));
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, from, to) => all.push({ from: rest.map(from, -1), to: rest.map(to, 1) }));
  });
  all.sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push(span);
  }
  return merged;
}

/**
 * The annotations the `edited` spans touched (inside, overlapping or at an edge), with their current
 * offsets and orphan flag; updates the baseline. Annotations the edit only shifted are not listed: the
 * core moves them by the same text diff (documents:updateText), so a keystroke costs O(touched), not
 * O(annotations) — at 50,000 annotations listing every shifted one dominated typing.
 */
function movesSince(baseline: Baseline, edited: readonly Span[], state: EditorState): AnnotationMove[] {
  const index = getBlockIndex(state);
  const moves: AnnotationMove[] = [];
  const seen = new Set<string>();
  for (const feature of FEATURES) {
    const store = feature.getState(state).store;
    for (const span of edited) {
      store.between(span.from, span.to, (item) => {
        if (seen.has(item.id)) return;
        seen.add(item.id);
        const { start, end } = toAnnotation(item, index);
        baseline.set(item.id, { start, end, orphaned: item.orphaned });
        moves.push({ id: item.id, start, end, orphaned: item.orphaned });
      });
    }
  }
  return moves;
}

function snappedRange(state: EditorState): SnappedTextRange | null {
  const sel = snappedSelection(state, 'none');
  return sel ? { start: sel.start, end: sel.end, text: sel.text, raw: sel.raw } : null;
}

/** The contract's selection report: snapped range and its rectangle, sentence and block around the caret. */
function selectionReport(view: EditorView): EditorSelectionInfo {
  const state = view.state;
  const sel = snappedSelection(state, 'none');
  const index = getBlockIndex(state);
  const head = index.posToOffset(state.selection.head, 1);
  const k = index.blockAtOffset(head);
  const block = { start: index.blockStart(k), end: index.blockEnd(k) };
  const local = sentenceAt(index.blockText(state.doc, k), head - block.start);
  return {
    range: sel ? { start: sel.start, end: sel.end, text: sel.text } : null,
    rect: sel ? rangeRect(view, sel.from, sel.to) : null,
    sentence: local ? { start: block.start + local.start, end: block.start + local.end } : null,
    block,
  };
}

function checkRange(start: number, end: number, length: number, what: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end) {
    throw new RangeError(`${what} ${start}–${end} is not a range inside the text (0–${length})`);
  }
}
