/**
 * Edit ▸ Undo and Edit ▸ Redo from the desktop app's menu (`onMenu('undo' | 'redo')`; web mode has
 * no menu). A menu click reaches the page as a command, not as a key, so this decides — like the
 * keyboard does for Ctrl+Z — whose history it belongs to:
 *
 * 1. the review text in edit mode: ProseMirror's history undoes the last correction;
 * 2. a text field (input, textarea, another editable element) with focus: the browser's own text
 *    undo in that field (`execCommand`), as the native Undo would have done;
 * 3. otherwise the workspace's undo manager: annotation actions (tag, flag, mark, delete …).
 *
 * While a modal dialog is open and no field has focus, the command is ignored (the keyboard
 * ignores Ctrl+Z there too: the workspace under the dialog should not change).
 */
import { useEffect, useRef } from 'react';
import { onMenu } from '../api/client';
import type { ReviewEditor } from '../editor';
import { isTypingTarget } from './keyboard';

/** Whose history an Undo/Redo goes to. */
export type HistoryTarget = 'text' | 'field' | 'annotations' | 'none';

/** Where a menu Undo/Redo goes, given the focused element and the editor (see the module note). */
export function historyTarget(active: Element | null, editor: ReviewEditor | null): HistoryTarget {
  const inEditor = editor !== null && active !== null && editor.view.dom.contains(active);
  if (editor?.isEditable() && (inEditor || !isTypingTarget(active))) return 'text';
  if (!inEditor && isTypingTarget(active)) return 'field';
  if (active?.ownerDocument.querySelector('[aria-modal="true"]')) return 'none';
  return 'annotations';
}

/** What the hook needs from the workspace. */
export interface MenuHistoryDeps {
  editor(): ReviewEditor | null;
  /** The undo manager's undo/redo (with their own feedback). */
  undo(): void;
  redo(): void;
}

/** Carries out the menu's Undo/Redo for the life of the workspace. */
export function useMenuHistory(deps: MenuHistoryDeps): void {
  const latest = useRef(deps);
  latest.current = deps;

  useEffect(
    () =>
      onMenu((command) => {
        if (command !== 'undo' && command !== 'redo') return;
        const { editor, undo, redo } = latest.current;
        const ed = editor();
        switch (historyTarget(document.activeElement, ed)) {
          case 'text':
            if (command === 'undo') ed!.undoTextEdit();
            else ed!.redoTextEdit();
            return;
          case 'field':
            document.execCommand?.(command);
            return;
          case 'annotations':
            if (command === 'undo') undo();
            else redo();
            return;
          case 'none':
            return;
        }
      }),
    [],
  );
}
