/**
 * Carrying out keyboard commands (see `keyboard.ts`) against the workspace: which selection or
 * annotation each one applies to, and what to say when it does not apply.
 */
import type { Annotation } from '../../shared/types';
import type { ReviewActions } from './actions';
import type { EditorSelectionInfo, ReviewEditor } from '../editor';
import type { ReviewCommand } from './keyboard';
import { neighbour } from './ranges';

/** What a command can see and do. */
export interface CommandContext {
  actions: ReviewActions;
  editor: ReviewEditor | null;
  /** The latest selection report. */
  selection: EditorSelectionInfo;
  /** The selected annotation, if any. */
  selected: Annotation | null;
  /** Anchored annotations in document order. */
  ordered(): Annotation[];
  show(id: string): void;
  notify(message: string): void;
  toggleClean(): void;
  openHelp(): void;
  /** Closes the topmost menu/toolbar/panel; false when nothing was open. */
  escape(): boolean;
}

/**
 * The selection right now, read from the editor. Sentence and paragraph only while the text has
 * focus: a caret the user never placed (the start of the document) is not a choice, and P/E/S must
 * not flag or mark from there.
 */
export function caretSelection(editor: ReviewEditor): EditorSelectionInfo {
  const info = editor.getSelectionInfo();
  return editor.hasFocus() ? info : { ...info, sentence: null, block: null };
}

/** Runs one command; returns true when it was handled (the key's default action is then prevented). */
export function runCommand(command: ReviewCommand, ctx: CommandContext): boolean {
  const { actions, selection, selected } = ctx;
  const range = selection.range;
  const fresh = () => (ctx.editor ? caretSelection(ctx.editor) : selection);

  switch (command.type) {
    case 'tag':
      if (range) {
        void (command.all ? actions.tagAll(command.label.name, range.text) : actions.tag(command.label, range));
      } else if (selected?.kind === 'entity') {
        void actions.changeLabel(selected, command.label.name).then(
          () => command.all && actions.tagAll(command.label.name, selected.quote, selected.attrs.canonical),
        );
      } else ctx.notify(`Select some text first, then press ${command.label.hotkey ?? 'the key'} to tag it ${command.label.name}.`);
      return true;
    case 'flag':
      if (range) void actions.flag(range);
      else ctx.notify('Select the teaser text first — or press P to flag the whole paragraph.');
      return true;
    case 'flagBlock': {
      const block = fresh().block;
      if (block && block.end > block.start) void actions.flag(block);
      else ctx.notify('Put the caret in the paragraph to flag.');
      return true;
    }
    case 'flagToEnd': {
      const block = fresh().block;
      if (block) void actions.flagToEnd(block);
      else ctx.notify('Put the caret where the off-topic content begins.');
      return true;
    }
    case 'claim':
      if (range) void actions.markClaim(range);
      else ctx.notify('Select the claim first — or press S to mark the sentence around the caret.');
      return true;
    case 'sentence': {
      const sentence = fresh().sentence;
      if (sentence) void actions.markClaim(sentence);
      else ctx.notify('Put the caret in a sentence to mark it as a claim.');
      return true;
    }
    case 'tagAll':
      if (selected?.kind === 'entity' && selected.label) void actions.tagAll(selected.label, selected.quote, selected.attrs.canonical);
      else ctx.notify('Select an entity first; A tags all its other occurrences.');
      return true;
    case 'delete':
      if (!selected) return false;
      void actions.remove([selected.id]);
      return true;
    case 'next':
    case 'previous': {
      const caret = fresh().range?.start ?? fresh().block?.start ?? 0;
      const target = neighbour(ctx.ordered(), selected?.id ?? null, caret, command.type === 'next' ? 1 : -1);
      if (target) ctx.show(target.id);
      else ctx.notify('There are no annotations yet.');
      return true;
    }
    case 'cleanView':
      ctx.toggleClean();
      return true;
    case 'escape':
      return ctx.escape();
    case 'help':
      ctx.openHelp();
      return true;
    case 'undo':
      void actions.undo();
      return true;
    case 'redo':
      void actions.redo();
      return true;
  }
}
