/**
 * The review desk's side of a keyboard command: what the workspace (ReviewDesk) hands a command to
 * work with, and the one entry point every key, caret button and toolbar shortcut goes through. On a
 * team server a command the signed-in role may not use says why (command-access.ts) and sends
 * nothing; otherwise `runCommand` (commands.ts) carries it out against the desk.
 */
import type { OperationName } from '../../shared/api';
import type { Annotation } from '../../shared/types';
import type { Anchor, EditorSelectionInfo, ReviewEditor } from '../editor';
import type { Permission } from '../team/may';
import type { ReviewActions } from './actions';
import { commandRefusal } from './command-access';
import { runCommand } from './commands';
import type { ReviewCommand } from './keyboard';
import { documentOrderOf } from './ranges';
import type { ReviewStore } from './store';
import type { TagAllRequest } from './tag-all';
import { focusVerdictField, pressCommandButton, selectedAnchor } from './workspaceFocus';

/** What the desk lends a command: its state at the key press, and the desk's own verbs. */
export interface DeskCommandDeps {
  actions: ReviewActions;
  store: ReviewStore;
  editor: ReviewEditor | null;
  /** The latest selection report. */
  selection: EditorSelectionInfo;
  /** The annotation selected in the desk, if any. */
  selected: Annotation | null;
  may(operation: OperationName, input?: unknown): Permission;
  notify(message: string): void;
  /** Selects an annotation and scrolls to it. */
  show(id: string): void;
  /** Closes the topmost menu, toolbar or panel; false when nothing was open. */
  escape(): boolean;
  previewTagAll(request: TagAllRequest): void;
  toggleClean(): void;
  openHelp(): void;
  toggleEdit(): void;
  toggleInlineLabels(): void;
  /** Opens the context menu at `anchor`, for the annotation given, else for the text selection. */
  openMenu(anchor: Anchor, annotation: Annotation | null): boolean;
  /** Shows the Suggestions tab and runs the suggesters. */
  suggest(): void;
}

/** Carries out `command` at the desk; true when the key was used (its default is then prevented). */
export function performDeskCommand(command: ReviewCommand, desk: DeskCommandDeps): boolean {
  const { selection, selected, editor, store } = desk;
  // On a team server a key this role may not use says why instead of sending a refused request.
  const refused = commandRefusal(command, selected, Boolean(selection.range), desk.may);
  if (refused) {
    desk.notify(refused);
    return true;
  }
  return runCommand(command, {
    actions: desk.actions,
    editor,
    selection,
    selected,
    ordered: () => {
      const annotations = store.get()?.annotations;
      return annotations ? documentOrderOf(annotations) : [];
    },
    show: desk.show,
    notify: desk.notify,
    toggleClean: desk.toggleClean,
    openHelp: desk.openHelp,
    escape: desk.escape,
    previewTagAll: desk.previewTagAll,
    claimStatus: (id) => store.get()?.claims.get(id)?.status,
    focusVerdict: focusVerdictField,
    markReviewed: () => {
      if (!pressCommandButton('mark-reviewed')) desk.notify('This document is already marked reviewed.');
    },
    toggleEdit: desk.toggleEdit,
    toggleInlineLabels: desk.toggleInlineLabels,
    openContextMenu: () => {
      if (selection.range && selection.rect) return desk.openMenu(selection.rect, null);
      const anchor = selected && selectedAnchor(editor);
      return selected && anchor ? desk.openMenu(anchor, selected) : false;
    },
    suggest: desk.suggest,
  });
}
