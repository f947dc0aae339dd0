/**
 * Snapping the visible selection to words, so that what the editor sees highlighted is exactly
 * what a tag, flag or claim will cover (the selection *report* is always snapped: `selection.ts`).
 *
 * When: after the pointer made a selection — on mouseup following a mousedown in the text (a drag,
 * a Shift+click, the second click of a double-click) and on dblclick — and only in read-only mode;
 * while correcting text an editor must be able to select a lone comma or a space. Keyboard
 * selection (Shift+arrows) is never touched: snapping it while the user extends it character by
 * character would fight them; the toolbar shows the snapped text instead.
 *
 * The snap runs one task after the mouseup, when ProseMirror has read the browser's final
 * selection. It keeps the selection's direction, and never widens it past the word rules of
 * `snapToWords` (surrounding spaces and punctuation stay out). Those rules treat a number and its
 * glued unit signs as one word, so the "5.8" or the lone "%" a browser selects for a double-click
 * on "5.8%" becomes "5.8%" ("US$3.5", "€5bn", "30°C" alike). A selection with nothing word-like
 * in it is left as it is: nothing can be tagged from it, and no toolbar is shown.
 */
import { Plugin, TextSelection, type Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { isEditable } from './interaction';
import { snappedSelection } from './selection';

/**
 * Moves a non-empty text selection onto its word-snapped range, keeping its direction. Does not
 * apply when the selection is empty, not a text selection, already snapped, or has no words.
 */
export const snapSelectionToWords: Command = (state, dispatch) => {
  const selection = state.selection;
  if (selection.empty || !(selection instanceof TextSelection)) return false;
  const snapped = snappedSelection(state, 'none');
  if (!snapped || (snapped.from === selection.from && snapped.to === selection.to)) return false;
  if (dispatch) {
    const backward = selection.anchor > selection.head;
    const next = backward
      ? TextSelection.create(state.doc, snapped.to, snapped.from)
      : TextSelection.create(state.doc, snapped.from, snapped.to);
    dispatch(state.tr.setSelection(next));
  }
  return true;
};

/** The plugin that snaps pointer selections in read-only mode (see the module note). */
export function wordSelection(): Plugin {
  return new Plugin({
    view(view) {
      const doc = view.dom.ownerDocument;
      const win = doc.defaultView ?? globalThis;
      let pointerDown = false;
      let timer: ReturnType<typeof setTimeout> | null = null;

      const snapSoon = () => {
        if (timer !== null) return;
        timer = win.setTimeout(() => {
          timer = null;
          snapNow(view);
        }, 0);
      };
      const onMouseDown = (event: MouseEvent) => {
        if (event.button === 0) pointerDown = true;
      };
      // On the document: a drag may end outside the text.
      const onMouseUp = (event: MouseEvent) => {
        if (!pointerDown || event.button !== 0) return;
        pointerDown = false;
        snapSoon();
      };

      view.dom.addEventListener('mousedown', onMouseDown);
      view.dom.addEventListener('dblclick', snapSoon);
      doc.addEventListener('mouseup', onMouseUp);
      return {
        destroy() {
          if (timer !== null) win.clearTimeout(timer);
          view.dom.removeEventListener('mousedown', onMouseDown);
          view.dom.removeEventListener('dblclick', snapSoon);
          doc.removeEventListener('mouseup', onMouseUp);
        },
      };
    },
  });
}

function snapNow(view: EditorView): void {
  if (view.isDestroyed || isEditable(view.state)) return;
  snapSelectionToWords(view.state, view.dispatch);
}
