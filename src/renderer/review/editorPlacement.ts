/** Two small questions the workspace asks the editor: where a toolbar goes without a measured selection, and outlining an annotation. */
import type { Anchor, ReviewEditor } from '../editor';

/** Where the toolbar goes when the engine cannot measure the selection: the top of the text. */
export function fallbackAnchor(editor: ReviewEditor | null): Anchor | null {
  if (!editor) return null;
  const box = editor.view.dom.getBoundingClientRect();
  return { left: box.left, top: box.top, bottom: box.top };
}

/** Outlines an annotation in the text (null clears); one the editor does not have (any more) clears the outline. */
export function outline(editor: ReviewEditor | null, id: string | null, scroll: boolean): void {
  if (!editor) return;
  try {
    editor.selectAnnotation(id, { scroll });
  } catch {
    editor.selectAnnotation(null);
  }
}
