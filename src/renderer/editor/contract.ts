/**
 * THE EDITOR CONTRACT (written by the lead; this is the "EDITOR_CONTRACT_PLACEHOLDER" of your task).
 * The public surface of the review editor: framework-free; React code mounts it into a div.
 * The React review UI and the benchmark code against exactly this. index.ts must export
 * `createReviewEditor` and re-export these types.
 */
import type { EditorView } from 'prosemirror-view';
import type { Annotation, Label } from '../../shared/types';

export interface ReviewEditorOptions {
  /** Canonical text: blocks joined by "\n"; one ProseMirror block per block. */
  text: string;
  annotations: Annotation[];
  labels: Label[];
  /** Fired on every selection / active-annotation change (for toolbars and panels). */
  onSelectionChange?(info: EditorSelectionInfo): void;
  /** Fired when the user clicks annotated text: the ids under the pointer (several when they overlap), innermost first. */
  onAnnotationClick?(ids: string[], rect: { left: number; top: number; bottom: number }): void;
  /** Fired (debounced is fine) after the user edited the text in edit mode: the new text and every annotation's mapped position. */
  onTextEdit?(change: { text: string; moves: Array<{ id: string; start: number; end: number; orphaned: boolean }> }): void;
}

export interface EditorSelectionInfo {
  /** The text selection as canonical-text offsets, already snapped to word boundaries (null when empty). */
  range: { start: number; end: number; text: string } | null;
  /** Screen rectangle of the selection, for placing a floating toolbar. */
  rect: { left: number; top: number; bottom: number } | null;
  /** Offsets of the sentence around the caret (for "mark sentence"). */
  sentence: { start: number; end: number } | null;
  /** The block (paragraph) around the caret: its start/end offsets. */
  block: { start: number; end: number } | null;
}

export interface ReviewEditor {
  readonly view: EditorView;
  /** Annotations are owned by the host: it persists through the API, then tells the editor. */
  setAnnotations(list: Annotation[]): void;
  addAnnotations(list: Annotation[]): void;
  updateAnnotations(list: Annotation[]): void;
  removeAnnotations(ids: string[]): void;
  setLabels(labels: Label[]): void;
  /** Hide teaser-flagged content (preview of the cleaned export). */
  setCleanView(on: boolean): void;
  /** Read-only by default; edit mode lets the user correct the text. */
  setEditable(on: boolean): void;
  /** Select (outline) an annotation and optionally scroll it into view; null clears. */
  selectAnnotation(id: string | null, options?: { scroll?: boolean }): void;
  /** Set the text selection to the given canonical offsets (tests, "find"). */
  selectRange(start: number, end: number): void;
  getText(): string;
  destroy(): void;
}

export type CreateReviewEditor = (mount: HTMLElement, options: ReviewEditorOptions) => ReviewEditor;
