/**
 * Carrying out keyboard commands (see `keyboard.ts`) against the workspace: which selection or
 * annotation each one applies to, and what to say when it does not apply.
 */
import type { Annotation, ClaimStatus } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';
import type { ReviewActions } from './actions';
import type { EditorSelectionInfo, ReviewEditor } from '../editor';
import { statusOfDigit, type ReviewCommand } from './keyboard';
import { neighbour } from './ranges';
import { pendingOf } from './suggestions/pending';
import type { TagAllRequest } from './tag-all';

/** What a command can see and do. */
export interface CommandContext {
  actions: ReviewActions;
  editor: ReviewEditor | null;
  /** The latest selection report. */
  selection: EditorSelectionInfo;
  /** The selected annotation, if any. */
  selected: Annotation | null;
  /** Anchored annotations in document order. */
  ordered(): readonly Annotation[];
  show(id: string): void;
  notify(message: string): void;
  toggleClean(): void;
  openHelp(): void;
  /** Closes the topmost menu/toolbar/panel; false when nothing was open. */
  escape(): boolean;
  /** Lists what "tag all" would tag (the preview), or says there is nothing. */
  previewTagAll(request: TagAllRequest): void;
  /** A claim's current status (from the store). */
  claimStatus(id: string): ClaimStatus | undefined;
  /** Moves focus into the selected claim's verdict field; false when it is not shown. */
  focusVerdict(): boolean;
  /** "Mark reviewed", as its button does (warnings first). */
  markReviewed(): void;
  toggleEdit(): void;
  toggleInlineLabels(): void;
  /** Opens the context menu at the selection or the selected annotation; false when there is neither. */
  openContextMenu(): boolean;
  /** Runs the suggesters on this document (the Suggest button). */
  suggest(): void;
}

/** A suggestion not yet accepted or rejected (an older HTML teaser candidate too). */
export function isSuggestion(a: Annotation | null | undefined): boolean {
  return Boolean(a && !a.orphaned && (a.attrs.pending === true || a.attrs.candidate === true));
}

/**
 * Triage moves on to the next suggestion as the key is pressed (Prodigy's flow), not once the library
 * has answered: the next one is shown in the key's own frame, and the panel never goes blank in
 * between (a rejected suggestion's panel used to close when it went, a frame before the next one's
 * opened). If the change was not saved (a toast says why), the selection goes back to the suggestion,
 * still pending — unless it was moved elsewhere meanwhile.
 */
function moveOn(ctx: CommandContext, current: Annotation, after: Annotation | null, done: Promise<boolean>): void {
  if (!after) return;
  ctx.show(after.id);
  void done.then((ok) => {
    if (!ok && ctx.editor?.getSelectedAnnotation() === after.id) ctx.show(current.id);
  });
}

/**
 * The pending suggestion after `current` (before it, for -1) in document order, wrapping; null when
 * there is none. A binary search from `current`'s start: Enter and D ask it among thousands.
 */
function nextSuggestion(ctx: CommandContext, current: Annotation, direction: 1 | -1): Annotation | null {
  const pending = pendingOf(ctx.ordered());
  const n = pending.length;
  // The first one starting at or after `current` (document order is by start first).
  let lo = 0;
  for (let hi = n; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (pending[mid].start < current.start) lo = mid + 1;
    else hi = mid;
  }
  if (direction === 1) {
    for (let i = 0; i < n; i++) {
      const a = pending[(lo + i) % n];
      if (a.id !== current.id) return a;
    }
    return null;
  }
  // The last one starting at or before `current`: past those starting where it does, then back.
  let at = lo;
  while (at < n && pending[at].start === current.start) at++;
  for (let i = 1; i <= n; i++) {
    const a = pending[(at - i + n) % n];
    if (a.id !== current.id) return a;
  }
  return null;
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
        if (command.all) ctx.previewTagAll({ label: command.label.name, needle: range.text, focus: range });
        else void actions.tag(command.label, range);
      } else if (selected?.kind === 'claim' && statusOfDigit(command.label.hotkey) && !command.all) {
        return runCommand({ type: 'status', status: statusOfDigit(command.label.hotkey)! }, ctx);
      } else if (selected?.kind === 'entity' && isSuggestion(selected) && !command.all) {
        // Relabel by key: the suggestion is accepted with that label (Prodigy's flow), then the next.
        const after = nextSuggestion(ctx, selected, 1);
        moveOn(ctx, selected, after, actions.confirmCandidate(selected.id, command.label.name));
      } else if (selected?.kind === 'entity') {
        void actions.changeLabel(selected, command.label.name).then(
          (ok) => {
            if (command.all && ok) ctx.previewTagAll({ label: command.label.name, needle: selected.quote, canonical: selected.attrs.canonical });
          },
        );
      } else ctx.notify(`Select some text first, then press ${command.label.hotkey ?? 'the key'} to tag it ${command.label.name}.`);
      return true;
    case 'status':
      if (selected?.kind === 'claim') {
        if (ctx.claimStatus(selected.id) !== command.status) void actions.setClaimStatus(selected.id, command.status);
      } else ctx.notify(`Select a claim first (N goes to the next unverified one), then press a digit to set its status — ${CLAIM_STATUS_WORDS[command.status]} here.`);
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
      if (selected?.kind === 'entity' && selected.label) ctx.previewTagAll({ label: selected.label, needle: selected.quote, canonical: selected.attrs.canonical });
      else ctx.notify('Select an entity first; A tags all its other occurrences.');
      return true;
    case 'delete':
      if (!selected) return false;
      if (isSuggestion(selected)) return runCommand({ type: 'rejectCandidate' }, ctx);
      void actions.remove([selected.id]);
      return true;
    case 'nextSuggestion':
    case 'previousSuggestion': {
      const pending = pendingOf(ctx.ordered()); // filtered once per change, not per key
      const caret = selected?.start ?? fresh().range?.start ?? fresh().block?.start ?? 0;
      const current = selected && isSuggestion(selected) ? selected.id : null;
      const target = neighbourAfter(pending, current, caret, command.type === 'nextSuggestion' ? 1 : -1);
      if (target) ctx.show(target.id);
      else ctx.notify('No pending suggestions in this document. G (or the Suggest button) looks for more.');
      return true;
    }
    case 'suggest':
      ctx.suggest();
      return true;
    case 'reuseVerdict':
      if (selected && isSuggestion(selected) && selected.kind === 'claim' && selected.attrs.checkedBefore) void actions.reuseCheckedVerdict(selected.id);
      else ctx.notify('Select a suggested claim that was checked before in another document (its panel says so); U uses that verdict.');
      return true;
    case 'next':
    case 'previous': {
      const caret = fresh().range?.start ?? fresh().block?.start ?? 0;
      const target = neighbour(ctx.ordered(), selected?.id ?? null, caret, command.type === 'next' ? 1 : -1);
      if (target) ctx.show(target.id);
      else ctx.notify('There are no annotations yet.');
      return true;
    }
    case 'nextClaim':
    case 'previousClaim': {
      const open = ctx.ordered().filter((a) => a.kind === 'claim' && ctx.claimStatus(a.id) === 'unverified');
      const current = selected && open.some((a) => a.id === selected.id) ? selected.id : null;
      const caret = selected?.start ?? fresh().range?.start ?? fresh().block?.start ?? 0;
      const target = neighbourAfter(open, current, caret, command.type === 'nextClaim' ? 1 : -1);
      if (target) ctx.show(target.id);
      else ctx.notify('No unverified claims left in this document.');
      return true;
    }
    case 'verdict':
      if (selected?.kind !== 'claim' || !ctx.focusVerdict()) ctx.notify('Select a claim first (N goes to the next unverified one), then press F to write its verdict.');
      return true;
    case 'confirmCandidate':
    case 'rejectCandidate': {
      if (!selected || !isSuggestion(selected)) {
        ctx.notify('Select a suggestion first: ] goes to the next one, and the Suggestions tab lists them.');
        return true;
      }
      const after = nextSuggestion(ctx, selected, 1);
      moveOn(ctx, selected, after, command.type === 'confirmCandidate' ? actions.confirmCandidate(selected.id) : actions.rejectCandidate(selected.id));
      return true;
    }
    case 'confirmAllCandidates': {
      const kind = selected && isSuggestion(selected) ? selected.kind : 'teaser';
      const candidates = ctx.ordered().filter((a) => a.kind === kind && isSuggestion(a));
      if (candidates.length === 0) ctx.notify(`There are no suggested ${kind === 'entity' ? 'entities' : `${kind}s`} to accept.`);
      else void actions.confirmCandidates(candidates.map((a) => a.id));
      return true;
    }
    case 'markReviewed':
      ctx.markReviewed();
      return true;
    case 'editText':
      ctx.toggleEdit();
      return true;
    case 'inlineLabels':
      ctx.toggleInlineLabels();
      return true;
    case 'contextMenu':
      if (!ctx.openContextMenu()) ctx.notify('Select some text or an annotation first; the menu acts on it.');
      return true;
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

/** The next (or previous) item after the current one, or from `caret` when none is current; wraps around. */
function neighbourAfter(list: readonly Annotation[], currentId: string | null, caret: number, direction: 1 | -1): Annotation | null {
  if (currentId === null && direction === 1) {
    // From the caret (or the selected non-claim), the first one starting there or after.
    return list.find((a) => a.start >= caret) ?? list[0] ?? null;
  }
  return neighbour(list, currentId, caret, direction);
}
