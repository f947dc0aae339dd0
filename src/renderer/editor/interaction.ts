/**
 * How the user interacts with the text: clicking annotated text, and the read-only mode.
 *
 * Read-only keeps the element `contenteditable` so the caret, keyboard navigation and Shift+arrow
 * selection keep working (a non-editable element has no caret in Chromium); instead every way of
 * changing the text is refused: text input, paste, drop, cut and `beforeinput` are swallowed, and
 * `filterTransaction` drops any transaction that would still change the document.
 *
 * Clicking maps the pointer to the character under it (`posAtCoords`, then the side of the caret
 * the pointer is on) and reports every annotation covering that character, innermost first.
 *
 * Typing a character (editable mode) goes in as a transaction from `keypress`, the path
 * ProseMirror itself takes for selections it cannot leave to the browser: the browser's own
 * insertion in a contenteditable of thousands of blocks (Chromium's TypingCommand, measured at
 * 15,700 blocks) costs several times what the transaction and ProseMirror's redraw of one text
 * node cost. Composition (IME, dead keys) never reaches `handleKeyPress`, and anything else
 * (Enter, paste, spelling replacements) stays with ProseMirror's DOM reading.
 */
import { baseKeymap, chainCommands, exitCode, selectTextblockEnd, selectTextblockStart } from 'prosemirror-commands';
import { Plugin, PluginKey, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { AnnotationItem } from './annotation-plugin';
import { getBlockIndex } from './block-index';
import { annotationsAt, findAnnotation } from './features';
import { clipboardProps } from './clipboard';
import { CLASSES } from './styles';

const interactionKey = new PluginKey<InteractionState>('cd-interaction');

/** Interaction plugin state. Immutable. */
class InteractionState {
  constructor(readonly editable: boolean) {}
}

/** Options of the interaction plugin. */
export interface InteractionOptions {
  /** Whether the text starts editable. */
  editable: boolean;
  /** Annotated text (or an orphan marker) was clicked; `items` innermost first. */
  onAnnotationClick?: (items: AnnotationItem[], rect: DOMRect | null) => void;
  /**
   * Right-click on the text (the browser's own menu is then not shown): the annotations under the
   * pointer, innermost first, and whether the pointer is inside the current text selection.
   */
  onContextMenu?: (items: AnnotationItem[], point: { x: number; y: number }, inSelection: boolean) => void;
}

/** Whether the text can be edited. */
export function isEditable(state: EditorState): boolean {
  return interactionKey.getState(state)?.editable ?? true;
}

/** A command switching edit mode; does not apply when already in that mode. */
export function setEditable(editable: boolean): Command {
  return (state, dispatch) => {
    if (isEditable(state) === editable) return false;
    if (dispatch) dispatch(state.tr.setMeta(interactionKey, editable).setMeta('addToHistory', false));
    return true;
  };
}

const EDITING_KEYS = new Set(['Backspace', 'Delete', 'Enter', 'Tab']);

/** The interaction plugin. */
export function interaction(options: InteractionOptions): Plugin<InteractionState> {
  const readOnly = (view: EditorView) => !isEditable(view.state);
  return new Plugin<InteractionState>({
    key: interactionKey,
    state: {
      init: () => new InteractionState(options.editable),
      apply: (tr, prev) => {
        const meta = tr.getMeta(interactionKey) as boolean | undefined;
        return meta === undefined || meta === prev.editable ? prev : new InteractionState(meta);
      },
    },
    filterTransaction: (tr, state) => !tr.docChanged || isEditable(state),
    props: {
      attributes: (state) => {
        const editable = isEditable(state);
        return {
          class: editable ? CLASSES.editor : `${CLASSES.editor} ${CLASSES.readOnly}`,
          'aria-readonly': String(!editable),
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: editable ? 'true' : 'false',
        };
      },
      ...clipboardProps,
      // Three clicks take the block (a line of a section), not the whole section.
      handleTripleClick: (view, pos) => selectBlockAt(view, pos),
      handleTextInput: (view) => readOnly(view),
      handleKeyPress: (view, event) => !readOnly(view) && insertTypedCharacter(view, event),
      handlePaste: (view) => readOnly(view),
      handleDrop: (view) => readOnly(view),
      handleKeyDown: (view, event) => readOnly(view) && EDITING_KEYS.has(event.key) && !event.metaKey && !event.ctrlKey,
      handleDOMEvents: {
        contextmenu: (view, event) => {
          if (!options.onContextMenu || !readOnly(view)) return false; // editing text: the browser's menu (spelling, paste)
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
          const items = at ? clickedAnnotations(view, at.pos, event) : [];
          const { from, to } = view.state.selection;
          const inSelection = at !== null && from < to && at.pos >= from && at.pos <= to;
          event.preventDefault();
          options.onContextMenu(items, { x: event.clientX, y: event.clientY }, inSelection);
          return true;
        },
        beforeinput: (view, event) => {
          if (!readOnly(view)) return false;
          event.preventDefault();
          return true;
        },
        cut: (view, event) => {
          if (!readOnly(view)) return false;
          event.preventDefault();
          return true;
        },
      },
      handleClick: (view, pos, event) => {
        if (!options.onAnnotationClick) return false;
        const items = clickedAnnotations(view, pos, event);
        if (items.length) options.onAnnotationClick(items, items.rect);
        return false;
      },
    },
  });
}

/**
 * Inserts the character of a `keypress` through a transaction (see the module note). Returns false,
 * leaving it to the browser, for anything but one printable character over a text selection.
 */
function insertTypedCharacter(view: EditorView, event: KeyboardEvent): boolean {
  const text = event.key;
  if (typeof text !== 'string' || text.length === 0 || text.length > 2 || [...text].length !== 1 || /[\r\n\t]/.test(text)) return false;
  if (event.isComposing || view.composing) return false;
  const selection = view.state.selection;
  if (!(selection instanceof TextSelection)) return false;
  const { from, to } = selection;
  const deflt = () => view.state.tr.insertText(text, from, to).scrollIntoView();
  if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, deflt))) view.dispatch(deflt());
  return true;
}

/** Selects the text of the block at `pos` (a triple click). */
function selectBlockAt(view: EditorView, pos: number): boolean {
  const index = getBlockIndex(view.state);
  const k = index.blockAtPos(Math.min(pos, index.docSize));
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, index.contentStart(k), index.contentEnd(k))));
  return true;
}

/** The annotations under a click, innermost first, with a rectangle to anchor a popover on. */
export function clickedAnnotations(view: EditorView, pos: number, event: MouseEvent): AnnotationItem[] & { rect: DOMRect | null } {
  const target = event.target as Element | null;
  const marker = target?.closest?.(`.${CLASSES.orphan}[data-annotation-id]`);
  if (marker) {
    const item = findAnnotation(view.state, marker.getAttribute('data-annotation-id')!);
    return Object.assign(item ? [item] : [], { rect: item ? marker.getBoundingClientRect() : null });
  }
  const index = getBlockIndex(view.state);
  let charPos = pos;
  try {
    const block = index.blockAtPos(pos);
    if (pos > index.contentStart(block) && event.clientX < view.coordsAtPos(pos).left) charPos = pos - 1;
  } catch {
    // no layout: take the character after the caret
  }
  const items = annotationsAt(view.state, charPos);
  return Object.assign(items, { rect: items.length ? rangeRect(view, items[0].from, items[0].to) : null });
}

/** The client rectangle of a range of positions (its line, or the column it spans), or null without layout. */
export function rangeRect(view: EditorView, from: number, to: number): DOMRect | null {
  try {
    const a = view.coordsAtPos(from, 1);
    const b = view.coordsAtPos(to, -1);
    const win = view.dom.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!win?.DOMRect) return null;
    if (Math.abs(a.top - b.top) < 1) return new win.DOMRect(a.left, a.top, Math.max(0, b.right - a.left), a.bottom - a.top);
    const box = view.dom.getBoundingClientRect();
    return new win.DOMRect(box.left, a.top, box.width, b.bottom - a.top);
  } catch {
    return null;
  }
}

/**
 * Backspace right after a "\n" (dir -1), or Delete right before one (dir 1), inside a section:
 * removes it, joining two blocks. Done as a transaction rather than left to the browser's own
 * deletion in the text node, so it behaves the same everywhere and lands as one history step.
 */
export function deleteLineBreak(dir: -1 | 1): Command {
  return (state, dispatch) => {
    const sel = state.selection;
    const $cursor = sel instanceof TextSelection ? sel.$cursor : null;
    if (!$cursor) return false;
    const at = dir < 0 ? $cursor.parentOffset - 1 : $cursor.parentOffset;
    if (at < 0 || at >= $cursor.parent.content.size || $cursor.parent.textBetween(at, at + 1) !== '\n') return false;
    if (dispatch) dispatch(state.tr.delete($cursor.start() + at, $cursor.start() + at + 1).scrollIntoView());
    return true;
  };
}

/**
 * ProseMirror's base keymap, for sections (code text blocks, see schema.ts): Enter inserts a "\n"
 * (a new block), Backspace/Delete next to a "\n" remove it, and at a section's start/end they join
 * it with the neighbouring section (removing the implicit "\n" between them). Commands made for a
 * whole text block are left out, since a section is many blocks.
 */
export const reviewKeymap: Record<string, Command> = (() => {
  const keys: Record<string, Command> = { ...baseKeymap };
  for (const [key, command] of Object.entries(baseKeymap)) {
    // Mod-Enter would add an empty section; on macOS Ctrl-A/Ctrl-E would jump to the section's
    // start/end (the browser's own line start/end is what the editor means).
    if (command === exitCode || command === selectTextblockStart || command === selectTextblockEnd) delete keys[key];
    else if (command === baseKeymap.Backspace) keys[key] = chainCommands(deleteLineBreak(-1), command);
    else if (command === baseKeymap.Delete) keys[key] = chainCommands(deleteLineBreak(1), command);
  }
  return keys;
})();
