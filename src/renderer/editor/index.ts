/**
 * The review editor: a framework-free ProseMirror editor for one document's canonical text, with
 * entity, teaser, claim and note annotations painted over it. This file is the public entry point
 * the React review UI and the benchmark import; everything else in this folder is internal unless
 * re-exported here.
 *
 * The surface is `contract.ts`: `createReviewEditor` is checked against `CreateReviewEditor`, and
 * the contract's types are re-exported unchanged. Offsets are canonical-text offsets (UTF-16 indexes
 * into blocks joined by "\n"), exactly as stored in the database.
 *
 * Performance design (see the notes in `paint.ts` and `annotation-store.ts`): highlights are painted with
 * the CSS Custom Highlight API for the blocks near the viewport only; annotation ranges live in a
 * chunked immutable interval store that maps through edits in time proportional to what changed.
 */
import './editor.css';
import type { CreateReviewEditor } from './contract';
import { createReviewEditor as create } from './review-editor';

export type {
  Anchor,
  AnnotationMove,
  AnnotationPatch,
  CreateReviewEditor,
  EditorAnnotation,
  EditorSelectionInfo,
  ReviewEditor,
  ReviewEditorOptions,
  SnappedTextRange,
  TextEdit,
  TextRange,
} from './contract';

/** Mounts a review editor in `mount` (appended as its child). See `ReviewEditor` in `contract.ts`. */
export const createReviewEditor: CreateReviewEditor = create;

export { docFromText, reviewSchema } from './schema';
export { BlockIndex, offsetToPos, posToOffset, textFromDoc } from './offsets';
export { snapToWords, sentenceAt, wordAt } from './word-snap';
export { highlightName, sanitizeIdent } from './styles';
