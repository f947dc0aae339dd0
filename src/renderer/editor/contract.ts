/**
 * The editor contract: the whole public surface of the review editor, framework-free. React code
 * (src/renderer/review) mounts it into a div and talks to it only through `ReviewEditor`; the
 * benchmark drives the same surface. `index.ts` exports `createReviewEditor` typed as
 * `CreateReviewEditor` and re-exports these types, so the engine cannot drift from this file.
 *
 * Offsets are canonical-text offsets (UTF-16 indexes into the blocks joined by "\n"), exactly as
 * stored in the database; ProseMirror positions never cross this surface except through `view`.
 */
import type { EditorView } from 'prosemirror-view';
import type { AnnotationAttrs, AnnotationKind, AnnotationOrigin, Claim, ClaimStatus, Label } from '../../shared/types';

/** What the editor needs to know about one annotation. A stored `Annotation` fits as is. */
export interface EditorAnnotation {
  id: string;
  kind: AnnotationKind;
  /** Entity label (PERSON, ORG, …); null for other kinds. */
  label: string | null;
  /** Canonical-text offsets, start < end (or start ≤ end when orphaned). */
  start: number;
  end: number;
  /** Shown as a marker, not highlighted, when true. */
  orphaned?: boolean;
  /** Claims: verification status; colours the underline. Ignored for other kinds; defaults to 'unverified'. */
  status?: ClaimStatus;
  origin?: AnnotationOrigin;
  /** Only `attrs.pending` (a suggestion not yet accepted; `candidate` in older teasers) changes how it looks. */
  attrs?: AnnotationAttrs;
}

/** Fields of an annotation that `updateAnnotation` can change; a given field replaces the old value. */
export type AnnotationPatch = Partial<Pick<EditorAnnotation, 'kind' | 'label' | 'start' | 'end' | 'status' | 'origin' | 'attrs'>>;

/** A range of canonical text. */
export interface TextRange {
  start: number;
  end: number;
}

/** The user's selection snapped to whole words (see `snapToWords`), with its text and the raw range. */
export interface SnappedTextRange extends TextRange {
  text: string;
  /** The selection exactly as the user made it, before snapping. */
  raw: TextRange;
}

/** A position change for one annotation after a text edit; the shape `documents:updateText` takes. */
export interface AnnotationMove {
  id: string;
  start: number;
  end: number;
  orphaned: boolean;
}

/**
 * The text after an edit and every annotation the edits since the last report touched (inside, overlapping
 * or at an edge: its offsets, orphan flag). Annotations only shifted by the edit are not listed; the
 * core shifts them by the same text diff.
 */
export interface TextEdit {
  text: string;
  moves: AnnotationMove[];
}

/** A screen anchor for floating UI (client coordinates): left edge, top and bottom of what it belongs to. */
export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

/** The selection report: everything a toolbar or a "mark sentence / flag paragraph" key needs. */
export interface EditorSelectionInfo {
  /** The text selection as canonical-text offsets, already snapped to word boundaries (null when empty). */
  range: { start: number; end: number; text: string } | null;
  /** Screen rectangle of the snapped selection, for placing a floating toolbar (null without layout or range). */
  rect: Anchor | null;
  /** Offsets of the sentence around the caret (for "mark sentence"); null on a blank line. */
  sentence: TextRange | null;
  /** The block (paragraph) around the caret: its start/end offsets. The editor always reports one; null means "no caret". */
  block: TextRange | null;
}

/** Options of `createReviewEditor`. Only `text` is required. */
export interface ReviewEditorOptions {
  /** Canonical text: blocks joined by "\n" (shown a block per line, in sections of several blocks). */
  text: string;
  annotations?: readonly EditorAnnotation[];
  /** Entity label colours; labels without one get a neutral colour. Default: DEFAULT_LABELS. */
  labels?: ReadonlyArray<Pick<Label, 'name' | 'color'>>;
  /** Claim statuses by annotation id (an alternative to `EditorAnnotation.status`). */
  claims?: ReadonlyArray<Pick<Claim, 'annotationId' | 'status'>>;
  /** Text editing allowed (default false: read-only, but selection and keyboard navigation work). */
  editable?: boolean;
  /** Hide teaser-covered content (default false). */
  cleanView?: boolean;
  /** Debounce of `onTextEdit` in milliseconds (default 400). */
  textEditDebounceMs?: number;
  /** Fired when the snapped range, sentence or block changes (for toolbars and panels). */
  onSelectionChange?(info: EditorSelectionInfo): void;
  /** Fired when the user clicks annotated text: the ids under the pointer (several when they overlap), innermost first. */
  onAnnotationClick?(ids: string[], rect: Anchor): void;
  /**
   * Fired on a right-click on the text while annotating (not in edit-text mode, where the browser's
   * menu stays): the annotation ids under the pointer (innermost first), the pointer, and whether
   * it is inside the text selection. The browser's own menu is suppressed.
   */
  onContextMenu?(ids: string[], point: Anchor, inSelection: boolean): void;
  /** Fired (debounced) after the user edited the text in edit mode: the new text and every annotation that moved since the last report. */
  onTextEdit?(change: TextEdit): void;
}

/**
 * A mounted review editor. Annotations are owned by the host: it persists through the API, then
 * tells the editor. Every method taking offsets throws a RangeError on a range outside the text.
 */
export interface ReviewEditor {
  /** The underlying ProseMirror view (for tests and the benchmark; prefer the methods). */
  readonly view: EditorView;

  /** Replace every annotation. Throws a RangeError on a bad range or a duplicate id. */
  setAnnotations(list: readonly EditorAnnotation[]): void;
  /** Add annotations (ids must be new). Throws a RangeError on a bad range or a duplicate id. */
  addAnnotations(list: readonly EditorAnnotation[]): void;
  /**
   * Bring annotations up to date (kind, label, status, origin, attrs — attrs are replaced). A range is
   * applied only when it differs from the offsets the host last knew (given or reported), so stale
   * offsets from the host never undo the editor's own mapping of a text edit. Throws a RangeError for an unknown id.
   */
  updateAnnotations(list: readonly EditorAnnotation[]): void;
  /** Change some fields of one annotation; a given start/end is always applied. Throws a RangeError for an unknown id. */
  updateAnnotation(id: string, patch: AnnotationPatch): void;
  /** Remove annotations; unknown ids are ignored. */
  removeAnnotations(ids: readonly string[]): void;
  /** One annotation at its current offsets, or null. */
  getAnnotation(id: string): EditorAnnotation | null;
  /** Every annotation at its current offsets, in document order. */
  getAnnotations(): EditorAnnotation[];
  /** Ids of every annotation covering the character at `offset`, innermost (shortest) first. */
  annotationsAt(offset: number): string[];

  /** Replace the entity label colours. */
  setLabels(labels: ReadonlyArray<Pick<Label, 'name' | 'color'>>): void;
  /** Show or hide teaser-covered content (preview of the cleaned export). */
  setCleanView(on: boolean): void;
  /** Show the label name above each annotation's start (brat style), or not (default). */
  setInlineLabels(on: boolean): void;
  /** Allow or forbid text editing. Leaving edit mode reports a pending `onTextEdit` at once. */
  setEditable(on: boolean): void;
  isEditable(): boolean;

  /** Outline one annotation (null clears); optionally scroll it into view. Throws a RangeError for an unknown id. */
  selectAnnotation(id: string | null, options?: { scroll?: boolean }): void;
  /** The outlined annotation, or null. */
  getSelectedAnnotation(): string | null;
  /** Scroll an annotation into view (no-op for an unknown id). */
  scrollToAnnotation(id: string): void;

  /** Set the text selection to the given offsets, exactly as given, and scroll it into view (tests, "find"). */
  selectRange(start: number, end: number): void;
  /** The current selection snapped to words, or null when collapsed or nothing word-like is selected. */
  getSelection(): SnappedTextRange | null;
  /** The selection report `onSelectionChange` would give now. */
  getSelectionInfo(): EditorSelectionInfo;

  /** The current canonical text. */
  getText(): string;
  /** Replace the text and annotations (after a reload or a save conflict); no `onTextEdit`. */
  setDocument(text: string, annotations?: readonly EditorAnnotation[]): void;
  /** Report a pending text edit now instead of after the debounce; returns it (null if none). */
  flushTextEdit(): TextEdit | null;
  /** Undo the last text correction (edit mode's own history); false when there is nothing to undo. */
  undoTextEdit(): boolean;
  /** Redo the last undone text correction; false when there is nothing to redo. */
  redoTextEdit(): boolean;

  focus(): void;
  /** Whether the text has keyboard focus (a caret the user placed, not the default one). */
  hasFocus(): boolean;
  /** Unmount: reports a pending text edit, then removes the DOM, highlights and listeners. */
  destroy(): void;
}

/** The factory `index.ts` exports: mounts a review editor as the last child of `mount`. */
export type CreateReviewEditor = (mount: HTMLElement, options: ReviewEditorOptions) => ReviewEditor;
