/**
 * The review editor: a framework-free ProseMirror editor for one document's canonical text, with
 * entity, teaser, claim and note annotations painted over it. This file is the public surface the
 * React review UI and the benchmark code against; everything else in this folder is internal
 * unless re-exported here.
 *
 * The surface is the lead's contract (`contract.ts`), whose types are re-exported here, widened
 * and extended. Offsets in this API are canonical-text offsets (UTF-16 indexes into blocks joined by "\n"),
 * exactly as stored in the database. ProseMirror positions never leave the editor.
 *
 * Performance design (see the notes in `paint.ts` and `annotation-store.ts`): highlights are painted with
 * the CSS Custom Highlight API for the blocks near the viewport only; annotation ranges live in a
 * chunked immutable interval store that maps through edits in time proportional to what changed.
 */
import './editor.css';
import type { EditorView } from 'prosemirror-view';
import type { AnnotationAttrs, AnnotationKind, AnnotationOrigin, Claim, ClaimStatus, Label } from '../../shared/types';
import type { EditorSelectionInfo, ReviewEditor as ContractEditor, ReviewEditorOptions as ContractOptions } from './contract';

export type { CreateReviewEditor, EditorSelectionInfo } from './contract';

export { createReviewEditor } from './review-editor';
export { docFromText, reviewSchema } from './schema';
export { BlockIndex, offsetToPos, posToOffset, textFromDoc } from './offsets';
export { snapToWords, sentenceAt, wordAt } from './word-snap';
export { highlightName, sanitizeIdent } from './styles';

/** What the editor needs to know about one annotation. `Annotation` from shared/types fits as is. */
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
  /** Claims: verification status; colours the underline. Defaults to 'unverified'. */
  status?: ClaimStatus;
  origin?: AnnotationOrigin;
  /** Only `attrs.candidate` (unconfirmed teaser) changes how it looks. */
  attrs?: AnnotationAttrs;
}

/** Fields of an annotation that `updateAnnotation` can change. */
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

/** The text after an edit and every annotation whose offsets or orphan flag changed since the last report. */
export interface TextEdit {
  text: string;
  moves: AnnotationMove[];
}

/**
 * Options of `createReviewEditor`: the lead's contract (`contract.ts`) — `text`, `annotations`,
 * `labels`, `onSelectionChange`, `onAnnotationClick`, `onTextEdit` — widened to accept any
 * `EditorAnnotation`, plus optional extras.
 */
export interface ReviewEditorOptions extends Omit<ContractOptions, 'annotations' | 'labels' | 'onTextEdit'> {
  annotations?: readonly EditorAnnotation[];
  /** Entity label colours; labels without one get a neutral colour. Default: DEFAULT_LABELS. */
  labels?: ReadonlyArray<Pick<Label, 'name' | 'color'>>;
  /** The text was edited (debounced): the new text and every annotation whose offsets or orphan flag changed since the last report. */
  onTextEdit?(change: TextEdit): void;
  /** Claim statuses by annotation id (an alternative to `EditorAnnotation.status`). */
  claims?: ReadonlyArray<Pick<Claim, 'annotationId' | 'status'>>;
  /** Text editing allowed (default false: read-only, but selection and keyboard navigation work). */
  editable?: boolean;
  /** Hide teaser-covered content (default false). */
  cleanView?: boolean;
  /** Debounce of `onTextEdit` in milliseconds (default 400). */
  textEditDebounceMs?: number;
}

/**
 * A mounted review editor: the lead's contract (`contract.ts`) plus extras. All offsets are
 * canonical-text offsets; every method throws a RangeError on a range outside the text.
 */
export interface ReviewEditor extends ContractEditor {
  /** The underlying ProseMirror view (for tests and the benchmark; prefer the methods). */
  readonly view: EditorView;
  /** Replace every annotation. Throws a RangeError on a bad range or a duplicate id. */
  setAnnotations(list: readonly EditorAnnotation[]): void;
  /** Add annotations (ids must be new). Throws a RangeError on a bad range or a duplicate id. */
  addAnnotations(list: readonly EditorAnnotation[]): void;
  /**
   * Bring annotations up to date (kind, label, status, attrs). A range is applied only when it
   * differs from the offsets the host last knew (given or reported), so stale offsets from the
   * host never undo the editor's own mapping of a text edit. Throws a RangeError for an unknown id.
   */
  updateAnnotations(list: readonly EditorAnnotation[]): void;
  /** Change one annotation; a given start/end is always applied. Throws a RangeError for an unknown id. */
  updateAnnotation(id: string, patch: AnnotationPatch): void;
  /** Remove annotations; unknown ids are ignored. */
  removeAnnotations(ids: readonly string[]): void;
  /** Replace the entity label colours. */
  setLabels(labels: ReadonlyArray<Pick<Label, 'name' | 'color'>>): void;
  /** Show or hide teaser-covered content. */
  setCleanView(on: boolean): void;
  /** Allow or forbid text editing. Leaving edit mode reports a pending `onTextEdit` at once. */
  setEditable(on: boolean): void;
  isEditable(): boolean;
  /** Outline one annotation (null clears); optionally scroll it into view. Throws a RangeError for an unknown id. */
  selectAnnotation(id: string | null, options?: { scroll?: boolean }): void;
  /** The outlined annotation, or null. */
  getSelectedAnnotation(): string | null;
  /** Scroll an annotation into view (no-op for an unknown id). */
  scrollToAnnotation(id: string): void;
  /** Select a range of text and scroll it into view. */
  selectRange(start: number, end: number): void;
  /** `selectRange` taking a range. */
  setSelection(range: TextRange): void;
  /** The current selection snapped to words, or null when collapsed or nothing word-like is selected. */
  getSelection(): SnappedTextRange | null;
  /** The selection report `onSelectionChange` would give now. */
  getSelectionInfo(): EditorSelectionInfo;
  /** The current canonical text. */
  getText(): string;
  /** One annotation at its current offsets, or null. */
  getAnnotation(id: string): EditorAnnotation | null;
  /** Every annotation at its current offsets, in document order. */
  getAnnotations(): EditorAnnotation[];
  /** Ids of every annotation covering the character at `offset`, innermost (shortest) first. */
  annotationsAt(offset: number): string[];
  /** Replace the text and annotations (after a reload or a save conflict); no `onTextEdit`. */
  setDocument(text: string, annotations?: readonly EditorAnnotation[]): void;
  /** Report a pending text edit now instead of after the debounce; returns it (null if none). */
  flushTextEdit(): TextEdit | null;
  focus(): void;
  /** Unmount: reports a pending text edit, then removes the DOM, highlights and listeners. */
  destroy(): void;
}
